package cn.huyang.security;

/**
 * The key ring file cannot be used: missing, unreadable, malformed or oversized (it is data, and
 * anything unexpected in it is refused), or already there when a new one was to be made.
 */
public final class KeyRingException extends SecurityRefusal {
    private final String detail;

    public KeyRingException(String messageKey, String detail) {
        super(messageKey);
        this.detail = detail;
    }

    /** A technical detail for the log (never a key or password). */
    public String detail() {
        return detail;
    }
}
