package cn.huyang.security;

/** A well-formed recovery key that is not this data folder's (or this backup's). */
public final class WrongRecoveryKeyException extends SecurityRefusal {
    public WrongRecoveryKeyException() {
        super("security.wrongRecoveryKey");
    }
}
