package cn.huyang.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;

/**
 * The recovery key: 160 random bits, written for people as 40 Crockford base32 characters in
 * 8 groups of 5 ({@code 7Q2XM-…}): 32 characters of key and 8 of check (the first 40 bits of the
 * key's SHA-256), so that a mistyped key is told apart from a wrong one.
 *
 * <p>Its wrapping key is derived with HKDF-SHA256, not Argon2id: 160 random bits cannot be guessed,
 * so a slow, memory-hard function would add cost without adding safety (Argon2id is for passwords,
 * which people choose and which can be guessed).
 */
public final class RecoveryKey {
    static final int BYTES = 20;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int DATA_CHARS = 32;
    private static final int CHECK_CHARS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] bytes;

    private RecoveryKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static RecoveryKey generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new RecoveryKey(b);
    }

    /**
     * The key as typed: spaces and dashes ignored, lower case accepted, O read as 0 and I or L as 1.
     *
     * @throws RecoveryKeyException with a sentence naming 恢复密钥: wrong length, a character that
     *                              is not in a recovery key, or a check that does not match (a typo)
     */
    public static RecoveryKey parse(String typed) {
        if (typed == null || typed.length() > 200) {
            throw new RecoveryKeyException("security.recovery.length", 0);
        }
        StringBuilder s = new StringBuilder();
        for (char ch : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (ch == ' ' || ch == '-' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\u3000' || ch == '\u2014' || ch == '\u2013') {
                continue;
            }
            s.append(switch (ch) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> ch;
            });
        }
        if (s.length() != DATA_CHARS + CHECK_CHARS) {
            throw new RecoveryKeyException("security.recovery.length", s.length());
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                throw new RecoveryKeyException("security.recovery.character", String.valueOf(s.charAt(i)));
            }
        }
        byte[] b = decode(s.substring(0, DATA_CHARS));
        if (!MessageDigest.isEqual(check(b).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                s.substring(DATA_CHARS).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new RecoveryKeyException("security.recovery.checksum");
        }
        return new RecoveryKey(b);
    }

    /** {@code XXXXX-XXXXX-…}: 8 groups of 5. */
    public String formatted() {
        String all = encode(bytes) + check(bytes);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.length(); i += 5) {
            if (i > 0) {
                out.append('-');
            }
            out.append(all, i, i + 5);
        }
        return out.toString();
    }

    /** The 32-byte key that wraps the file key, from this recovery key and the entry's salt (HKDF-SHA256). */
    public byte[] deriveKey(byte[] salt) {
        return Hkdf.sha256(bytes, salt, "huyang recovery key v1", 32);
    }

    @Override
    public String toString() {
        return "RecoveryKey[hidden]";
    }

    private static String check(byte[] b) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b);
            return encode(Arrays.copyOf(digest, 5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base32 of a byte array whose bit length is a multiple of 5 (20 bytes → 32, 5 bytes → 8 characters). */
    private static String encode(byte[] b) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte x : b) {
            buffer = (buffer << 8) | (x & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    private static byte[] decode(String s) {
        byte[] out = new byte[s.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            buffer = (buffer << 5) | ALPHABET.indexOf(s.charAt(i));
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
