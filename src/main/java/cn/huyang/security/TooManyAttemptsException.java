package cn.huyang.security;

/** Refused unchecked: too many wrong passwords in a row for this name; try again after {@link #waitSeconds()}. */
public final class TooManyAttemptsException extends SecurityRefusal {
    private final long waitSeconds;

    public TooManyAttemptsException(long waitSeconds) {
        super("security.tooManyAttempts", waitSeconds);
        this.waitSeconds = waitSeconds;
    }

    public long waitSeconds() {
        return waitSeconds;
    }
}
