package cn.huyang.app;

import cn.huyang.access.PasswordHasher;
import cn.huyang.security.Argon2id;

/** Passwords hashed with Argon2id (m=19456 KiB, t=2, p=1), kept as PHC strings. */
final class Argon2Hasher implements PasswordHasher {
    static final Argon2Hasher INSTANCE = new Argon2Hasher();

    @Override
    public String hash(char[] password) {
        return Argon2id.hash(password);
    }

    @Override
    public boolean verify(String hash, char[] password) {
        return Argon2id.verify(hash, password);
    }
}
