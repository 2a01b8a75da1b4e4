package cn.huyang.security;

/** A typed recovery key that cannot be one: wrong length, a foreign character, or a typo the check found. */
public final class RecoveryKeyException extends SecurityRefusal {
    public RecoveryKeyException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
