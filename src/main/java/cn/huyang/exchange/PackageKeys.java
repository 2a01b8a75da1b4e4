package cn.huyang.exchange;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The JDK's Ed25519 (signatures) and X25519 (key agreement) for the data packages: new pairs, keys to
 * and from base64 X.509 / PKCS#8, signing and verifying, SHA-256. No key is ever logged.
 */
public final class PackageKeys {
    public static final String SIGNING = "Ed25519";
    public static final String AGREEMENT = "X25519";
    /** Both algorithms' X.509 encoding of a public key has this many bytes. */
    static final int PUBLIC_BYTES = 44;
    static final int SIGNATURE_BYTES = 64;

    private PackageKeys() {
    }

    public static KeyPair newSigningPair() {
        return pair(SIGNING);
    }

    public static KeyPair newAgreementPair() {
        return pair(AGREEMENT);
    }

    private static KeyPair pair(String algorithm) {
        try {
            return KeyPairGenerator.getInstance(algorithm).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of the JDK", e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A public key of this algorithm from base64 X.509; {@link IllegalArgumentException} when it is none. */
    public static PublicKey publicKey(String algorithm, String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            if (der.length != PUBLIC_BYTES) {
                throw new IllegalArgumentException("not a " + algorithm + " public key");
            }
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not a " + algorithm + " public key", e);
        }
    }

    static PrivateKey privateKey(String algorithm, byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a " + algorithm + " private key", e);
        }
    }

    public static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance(SIGNING);
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code signature} is {@code key}'s over {@code data}; false for anything malformed. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(SIGNING);
            s.initVerify(key);
            s.update(data);
            return signature.length == SIGNATURE_BYTES && s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of the JDK", e);
        }
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    /**
     * A short fingerprint of a public key for people to compare over the telephone: the first 16 bytes
     * of its SHA-256 in groups of four hex digits.
     */
    public static String fingerprint(PublicKey key) {
        String hex = HexFormat.of().withUpperCase().formatHex(sha256(key.getEncoded()), 0, 16);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            out.append(i == 0 ? "" : "-").append(hex, i, i + 4);
        }
        return out.toString();
    }
}
