package cn.huyang.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random key of a data folder: 32 bytes from {@link SecureRandom}. The H2 database is
 * encrypted with it ({@code CIPHER=AES}), and so are the backups. Stored only wrapped (see
 * {@link KeyRing}); never logged, never shown.
 */
public final class FileKey {
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] bytes;
    private volatile boolean destroyed;

    private FileKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static FileKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new FileKey(b);
    }

    /** A key from its bytes (copied), as unwrapped from a key ring. */
    public static FileKey of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a file key has " + BYTES + " bytes");
        }
        return new FileKey(bytes.clone());
    }

    /** A copy of the key; the caller wipes it after use. */
    public byte[] bytes() {
        check();
        return bytes.clone();
    }

    /** The file password H2 gets for {@code CIPHER=AES}: the key in lower-case hex. */
    public String h2Password() {
        check();
        return HexFormat.of().formatHex(bytes);
    }

    /** Zeroes the key; it cannot be used afterwards. */
    public void destroy() {
        Arrays.fill(bytes, (byte) 0);
        destroyed = true;
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    /** Whether both are the same key (constant time). */
    public boolean sameAs(FileKey other) {
        return other != null && java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    private void check() {
        if (destroyed) {
            throw new IllegalStateException("file key destroyed");
        }
    }

    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
