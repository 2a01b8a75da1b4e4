package cn.huyang.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A file key wrapped under a key-encrypting key: AES-256-GCM with a random 96-bit nonce, the
 * entry's purpose (and user name) as associated data, so that an entry cannot be moved to another
 * name unnoticed.
 */
record KeyWrap(String kdf, Argon2id.Params params, byte[] salt, byte[] nonce, byte[] wrapped) {
    static final String ARGON2ID = "argon2id";
    static final String HKDF = "hkdf-sha256";
    static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static String userPurpose(String user) {
        return "huyang keyring v1\u0000user\u0000" + user;
    }

    static String recoveryPurpose() {
        return "huyang keyring v1\u0000recovery";
    }

    /** Wraps the file key under {@code kek} (wiped afterwards). */
    static KeyWrap seal(String kdf, Argon2id.Params params, byte[] salt, byte[] kek, FileKey key, String purpose) {
        byte[] nonce = random(NONCE_BYTES);
        byte[] plain = key.bytes();
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, kek, nonce, purpose);
            return new KeyWrap(kdf, params, salt, nonce, c.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The file key, or null when {@code kek} (wiped afterwards) is not the one it was wrapped under. */
    FileKey open(byte[] kek, String purpose) {
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, kek, nonce, purpose).doFinal(wrapped);
            return plain.length == FileKey.BYTES ? FileKey.of(plain) : null;
        } catch (AEADBadTagException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Arrays.fill(kek, (byte) 0);
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static Cipher cipher(int mode, byte[] kek, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
