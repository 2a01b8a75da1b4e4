package cn.huyang.server;

import cn.huyang.db.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server password out of the settings file: sealed with AES-256-GCM under a random key
 * kept in {@code server.key} in the data folder, readable by its owner only. The settings hold only
 * {@code v1:} and the Base64 of nonce and ciphertext, so the password is not in the settings file nor
 * in a copy of it; someone who copies the whole data folder, key file included, can open it.
 */
final class PasswordSeal {
    static final String KEY_FILE = "server.key";
    private static final Logger LOG = LoggerFactory.getLogger(PasswordSeal.class);
    private static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds a sealed value to its purpose: it cannot pass for anything else sealed with the key. */
    private static final byte[] AAD = "huyang server password v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path keyFile;

    PasswordSeal(Path folder) {
        this.keyFile = folder.resolve(KEY_FILE);
    }

    Path keyFile() {
        return keyFile;
    }

    /** The password sealed under this folder's key (made now, owner-only, if there is none yet). */
    String seal(String password) throws IOException {
        byte[] key = key().orElse(null);
        if (key == null) {
            key = new byte[KEY_BYTES];
            RANDOM.nextBytes(key);
            OwnerOnly.writeNew(keyFile, key);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] clear = password.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            byte[] sealed = c.doFinal(clear);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(clear, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The password of a sealed value; empty when it cannot be read: not sealed by this program, damaged,
     * or the key file missing, damaged or another folder's.
     */
    Optional<String> open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            return Optional.empty();
        }
        byte[] key = null;
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()).strip());
            key = key().orElse(null);
            if (key == null || in.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(in, NONCE_BYTES));
            byte[] clear = c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            try {
                return Optional.of(new String(clear, StandardCharsets.UTF_8));
            } finally {
                Arrays.fill(clear, (byte) 0);
            }
        } catch (IllegalArgumentException | GeneralSecurityException | IOException e) {
            LOG.warn("The saved server password cannot be read ({}): it will be asked for again", e.getClass().getSimpleName());
            return Optional.empty();
        } finally {
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** The key, if the key file holds one (exactly 32 bytes). */
    private Optional<byte[]> key() throws IOException {
        byte[] key;
        try {
            key = Files.readAllBytes(keyFile);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (key.length != KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(AAD);
        return c;
    }
}
