package cn.huyang.security;

/** The user name or the password is wrong (the same sentence for both, so that names cannot be probed). */
public final class WrongPasswordException extends SecurityRefusal {
    public WrongPasswordException() {
        super("security.wrongPassword");
    }
}
