package cn.huyang.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle, with OWASP's parameters: 19 MiB of memory
 * ({@code m=19456} KiB), two passes, one lane. Password hashes are PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded standard base64) that carry their
 * parameters, so stronger ones can be chosen later without breaking stored hashes.
 */
public final class Argon2id {
    /** The parameters of new hashes and keys. */
    public static final Params DEFAULT = new Params(19_456, 2, 1);
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{22,88})");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Memory in KiB, passes and lanes. Bounded, so that a stored value cannot make the program
     * allocate gigabytes: m up to 256 MiB, t up to 10, p up to 4.
     */
    public record Params(int memoryKiB, int iterations, int parallelism) {
        public Params {
            if (parallelism < 1 || parallelism > 4 || iterations < 1 || iterations > 10
                    || memoryKiB < 8 * parallelism || memoryKiB > 262_144) {
                throw new IllegalArgumentException("Argon2id parameters out of range");
            }
        }
    }

    private Argon2id() {
    }

    /** A PHC string of the password under a new random salt. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, DEFAULT, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + DEFAULT.memoryKiB() + ",t=" + DEFAULT.iterations() + ",p="
                + DEFAULT.parallelism() + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether the password matches the PHC string (constant-time comparison); false for a malformed string. */
    public static boolean verify(String phc, char[] password) {
        if (phc == null || phc.length() > 300) {
            return false;
        }
        Matcher m = PHC.matcher(phc);
        if (!m.matches()) {
            return false;
        }
        try {
            Params params = new Params(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            byte[] salt = Base64.getDecoder().decode(m.group(4));
            byte[] expected = Base64.getDecoder().decode(m.group(5));
            if (salt.length < 8 || expected.length < 16) {
                return false;
            }
            byte[] actual = derive(password, salt, params, expected.length);
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A 32-byte key from the password and salt with the default parameters. */
    public static byte[] deriveKey(char[] password, byte[] salt) {
        return derive(password, salt, DEFAULT, HASH_BYTES);
    }

    /** A key of {@code length} bytes with the given parameters (those stored with a wrapped key). */
    public static byte[] derive(char[] password, byte[] salt, Params params, int length) {
        Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(p);
        byte[] out = new byte[length];
        byte[] pw = utf8(password);
        try {
            generator.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }

    /** The password's UTF-8 bytes without going through a String (which could not be wiped). */
    static byte[] utf8(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
