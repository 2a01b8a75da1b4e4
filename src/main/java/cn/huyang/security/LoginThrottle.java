package cn.huyang.security;

/**
 * How long a name waits after wrong passwords in a row, the same on a PC's data folder (counted in the
 * key ring) and on the shared server (counted from the audit log): the first {@value #FREE_ATTEMPTS}
 * are free, then each further attempt waits 30 s, then 60 s, doubling up to 15 minutes.
 */
public final class LoginThrottle {
    public static final int FREE_ATTEMPTS = 5;
    static final long FIRST_WAIT_MS = 30_000;
    static final long MAX_WAIT_MS = 15 * 60_000;

    private LoginThrottle() {
    }

    /** The wait after the last of {@code failuresInRow} wrong passwords before the next attempt is checked. */
    public static long waitMillis(int failuresInRow) {
        if (failuresInRow < FREE_ATTEMPTS) {
            return 0;
        }
        int doublings = Math.min(failuresInRow - FREE_ATTEMPTS, 10);
        return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << doublings);
    }

    /** The whole seconds still to wait (rounded up, at least 1) before {@code notBefore}, or 0 when it has passed. */
    public static long secondsLeft(long nowMillis, long notBeforeMillis) {
        return nowMillis >= notBeforeMillis ? 0 : Math.max(1, (notBeforeMillis - nowMillis + 999) / 1000);
    }
}
