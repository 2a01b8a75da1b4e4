package cn.huyang.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the office's data key reaches each account without anyone knowing another's password: every
 * account has an X25519 key pair whose private half is sealed under a key derived from its password
 * (Argon2id) or, for the recovery pair, from the recovery key; a grant is the data key sealed to an
 * account's public key (ephemeral X25519, HKDF-SHA256, AES-256-GCM). Anyone holding the data key can
 * grant it to any account that has a public key. No key is ever logged.
 */
public final class AccountKeys {
    private static final String PRIVATE_PREFIX = "k1:";
    private static final String GRANT_PREFIX = "x1:";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountKeys() {
    }

    /** A new pair: the public half (base64 X.509) and the private half sealed under the password. */
    public record Pair(String publicKey, String sealedPrivate, PrivateKey privateKey) {
        @Override
        public String toString() {
            return "Pair[" + publicKey + "]";
        }
    }

    /** A fingerprint of a data key (base64 of SHA-256 over a key derived from it): tells keys apart, reveals none. */
    public static String fingerprint(byte[] dataKey) {
        byte[] derived = Hkdf.sha256(dataKey, new byte[0], "huyang data key fingerprint", 32);
        try {
            return Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(derived));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of the JDK", e);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** A new random data key. */
    public static byte[] newDataKey() {
        return random(TextCipher.KEY_BYTES);
    }

    public static Pair newPair(char[] password) {
        byte[] salt = random(SALT_BYTES);
        byte[] kek = Argon2id.deriveKey(password, salt);
        return newPair(salt, kek);
    }

    /** A new pair whose private half only the recovery key opens. */
    public static Pair newRecoveryPair(RecoveryKey recovery) {
        byte[] salt = random(SALT_BYTES);
        return newPair(salt, recovery.deriveKey(salt));
    }

    private static Pair newPair(byte[] salt, byte[] kek) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] nonce = random(NONCE_BYTES);
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, kek, nonce, "account-private-key")
                    .doFinal(pair.getPrivate().getEncoded());
            String pub = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            return new Pair(pub, PRIVATE_PREFIX + b64(salt, nonce, sealed), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 and AES-GCM are part of the JDK", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The private half, or {@link WrongPasswordException} when the password is not the one it was sealed under. */
    public static PrivateKey openPrivate(String sealedPrivate, char[] password) {
        byte[][] parts = parts(sealedPrivate, PRIVATE_PREFIX, SALT_BYTES);
        return openPrivate(parts, Argon2id.deriveKey(password, parts[0]));
    }

    public static PrivateKey openRecoveryPrivate(String sealedPrivate, RecoveryKey recovery) {
        byte[][] parts = parts(sealedPrivate, PRIVATE_PREFIX, SALT_BYTES);
        return openPrivate(parts, recovery.deriveKey(parts[0]));
    }

    private static PrivateKey openPrivate(byte[][] parts, byte[] kek) {
        try {
            byte[] pkcs8 = gcm(Cipher.DECRYPT_MODE, kek, parts[1], "account-private-key").doFinal(parts[2]);
            return KeyFactory.getInstance("X25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 and AES-GCM are part of the JDK", e);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /** The data key sealed to this public key. */
    public static String grant(byte[] dataKey, String publicKey) {
        try {
            KeyFactory kf = KeyFactory.getInstance("X25519");
            PublicKey to = kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            KeyPair eph = KeyPairGenerator.getInstance("X25519").generateKeyPair();
            byte[] ephPub = eph.getPublic().getEncoded();
            byte[] kek = shared(eph.getPrivate(), to, ephPub);
            byte[] nonce = random(NONCE_BYTES);
            try {
                byte[] sealed = gcm(Cipher.ENCRYPT_MODE, kek, nonce, "data-key-grant").doFinal(dataKey);
                ByteBuffer out = ByteBuffer.allocate(2 + ephPub.length + NONCE_BYTES + sealed.length)
                        .putShort((short) ephPub.length).put(ephPub).put(nonce).put(sealed);
                return GRANT_PREFIX + Base64.getEncoder().encodeToString(out.array());
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("an account's public key does not read", e);
        }
    }

    /** The data key of a grant sealed to this private key; {@link WrongPasswordException} when it is not. */
    public static byte[] openGrant(String grant, PrivateKey own) {
        try {
            if (grant == null || !grant.startsWith(GRANT_PREFIX)) {
                throw new WrongPasswordException();
            }
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(grant.substring(GRANT_PREFIX.length())));
            byte[] ephPub = new byte[in.getShort()];
            in.get(ephPub);
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            PublicKey eph = KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(ephPub));
            byte[] kek = shared(own, eph, ephPub);
            try {
                return gcm(Cipher.DECRYPT_MODE, kek, nonce, "data-key-grant").doFinal(sealed);
            } finally {
                Arrays.fill(kek, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException();
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof WrongPasswordException w) {
                throw w;
            }
            throw new WrongPasswordException();
        }
    }

    private static byte[] shared(PrivateKey mine, PublicKey theirs, byte[] ephPub) throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(mine);
        ka.doPhase(theirs, true);
        byte[] secret = ka.generateSecret();
        try {
            return Hkdf.sha256(secret, ephPub, "huyang data key grant", 32);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static Cipher gcm(int mode, byte[] key, byte[] nonce, String purpose) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private static byte[][] parts(String sealed, String prefix, int saltBytes) {
        if (sealed == null || !sealed.startsWith(prefix)) {
            throw new WrongPasswordException();
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            throw new WrongPasswordException();
        }
        if (all.length < saltBytes + NONCE_BYTES + TAG_BITS / 8) {
            throw new WrongPasswordException();
        }
        return new byte[][] {Arrays.copyOf(all, saltBytes), Arrays.copyOfRange(all, saltBytes, saltBytes + NONCE_BYTES),
            Arrays.copyOfRange(all, saltBytes + NONCE_BYTES, all.length)};
    }

    private static String b64(byte[] a, byte[] b, byte[] c) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(a.length + b.length + c.length)
                .put(a).put(b).put(c).array());
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
