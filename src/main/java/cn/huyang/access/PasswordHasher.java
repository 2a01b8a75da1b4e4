package cn.huyang.access;

/** Turns a password into the stored hash (Argon2id, a PHC string) and checks one against it. */
public interface PasswordHasher {
    String hash(char[] password);

    boolean verify(String hash, char[] password);
}
