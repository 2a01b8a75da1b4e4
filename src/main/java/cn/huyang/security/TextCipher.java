package cn.huyang.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the most sensitive texts (talks, student files) column by column, in every store: AES-256-GCM
 * under the office's data key, with the record's table, column and id as associated data, so a sealed
 * text copied into another row, column or table does not open. A sealed text is {@code "g1:"} and the
 * Base64 of a 12-byte random nonce followed by the ciphertext and tag. Null stays null; the empty text
 * is sealed like any other. The key is never logged.
 */
public final class TextCipher {
    public static final int KEY_BYTES = 32;
    private static final String PREFIX = "g1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    private TextCipher(byte[] key) {
        this.key = key == null ? null : new SecretKeySpec(key, "AES");
    }

    /**
     * The cipher of an account the office's data key has not reached yet (it was made while nobody
     * holding the key was at work): it seals and opens nothing, and says so, rather than seal under
     * another key.
     */
    public static TextCipher withheld() {
        return new TextCipher(null);
    }

    /** The fingerprint of this cipher's key (see {@link AccountKeys#fingerprint}), or null when withheld. */
    public String fingerprint() {
        return key == null ? null : AccountKeys.fingerprint(key.getEncoded());
    }

    /** This cipher when its key is the one of that fingerprint (or the store has none yet), else a withheld one. */
    public TextCipher forStoreKey(String storeFingerprint) {
        return storeFingerprint == null || storeFingerprint.equals(fingerprint()) ? this : withheld();
    }

    /** Whether this account holds the office's data key. */
    public boolean available() {
        return key != null;
    }

    /** A cipher under this 32-byte key (copied; the caller wipes its own copy). */
    public static TextCipher of(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a data key has " + KEY_BYTES + " bytes");
        }
        return new TextCipher(key.clone());
    }

    /** A cipher under a new random key: tests, and a new office's data key. */
    public static TextCipher random() {
        byte[] k = new byte[KEY_BYTES];
        RANDOM.nextBytes(k);
        try {
            return of(k);
        } finally {
            Arrays.fill(k, (byte) 0);
        }
    }

    /** {@code text} sealed for this table, column and record id; null stays null. */
    public String seal(String table, String column, String id, String text) {
        if (text == null) {
            return null;
        }
        requireKey();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, table, column, id);
            byte[] sealed = c.doFinal(text.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The text sealed for this table, column and id; null stays null. A text that was not sealed,
     * was sealed for another place, or was changed is refused with {@link SealedTextException}.
     */
    public String open(String table, String column, String id, String sealed) {
        if (sealed == null) {
            return null;
        }
        requireKey();
        if (!sealed.startsWith(PREFIX)) {
            throw new SealedTextException(table, column, id);
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SealedTextException(table, column, id);
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedTextException(table, column, id);
        }
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), table, column, id);
            byte[] plain = c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealedTextException(table, column, id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String table, String column, String id) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(associated(table, column, id));
        return c;
    }

    /** The associated data: table, column and id, each length-prefixed so no two places collide. */
    private static byte[] associated(String table, String column, String id) {
        byte[][] parts = {bytes(table), bytes(column), bytes(id)};
        ByteBuffer b = ByteBuffer.allocate(parts[0].length + parts[1].length + parts[2].length + 12);
        for (byte[] p : parts) {
            b.putInt(p.length).put(p);
        }
        return b.array();
    }

    private static byte[] bytes(String s) {
        return Objects.requireNonNull(s, "table, column and id are required").toUpperCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.UTF_8);
    }

    private void requireKey() {
        if (key == null) {
            throw new SecurityRefusal("textKey.withheld");
        }
    }
}
