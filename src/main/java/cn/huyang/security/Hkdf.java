package cn.huyang.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF-SHA256 (RFC 5869) with the JDK's HMAC: a key of up to 32 bytes from key material with full entropy.
 * Public for the data packages' key agreement ({@code cn.huyang.exchange}).
 */
public final class Hkdf {
    private Hkdf() {
    }

    public static byte[] sha256(byte[] ikm, byte[] salt, String info, int length) {
        if (length > 32) {
            throw new IllegalArgumentException("at most 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.length == 0 ? new byte[32] : salt, "HmacSHA256"));
            byte[] prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            byte[] t = mac.doFinal();
            java.util.Arrays.fill(prk, (byte) 0);
            return java.util.Arrays.copyOf(t, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
