package cn.huyang.exchange;

import cn.huyang.exchange.PackageRefusal.Reason;
import cn.huyang.security.Hkdf;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outer .hypkg file (docs/packages.md): a header in clear — the magic line {@code huyang-package 1},
 * the recipient database's id and a line feed, a fresh X25519 public key (44 bytes, X.509) and a 12-byte
 * nonce — then the payload under AES-256-GCM with the header as associated data. The key comes from
 * X25519 between the fresh key and the recipient's, through HKDF-SHA256 (salt: the fresh public key).
 * Only the recipient's private key opens it; one byte changed anywhere and it does not open.
 */
final class PackageSeal {
    static final String MAGIC_PREFIX = "huyang-package ";
    static final byte[] MAGIC = (MAGIC_PREFIX + PackageManifest.FORMAT + "\n").getBytes(StandardCharsets.US_ASCII);
    static final int ID_CHARS = 36;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int HEADER_BYTES = MAGIC.length + ID_CHARS + 1 + PackageKeys.PUBLIC_BYTES + NONCE_BYTES;
    private static final String INFO = "huyang package 1";
    private static final Pattern MAGIC_LINE = Pattern.compile(Pattern.quote(MAGIC_PREFIX) + "([0-9]{1,6})\n");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PackageSeal() {
    }

    /** The recipient's id read from the clear header, and where the ciphertext starts. */
    record Header(String recipient, byte[] ephemeral, byte[] nonce, byte[] bytes) {
    }

    /** {@code payload} sealed to the database {@code recipientId} whose X25519 public key is {@code recipientKey}. */
    static byte[] seal(byte[] payload, String recipientId, PublicKey recipientKey) {
        byte[] id = recipientId.getBytes(StandardCharsets.US_ASCII);
        if (id.length != ID_CHARS) {
            throw new IllegalArgumentException("a database id has 36 characters");
        }
        KeyPair eph = PackageKeys.newAgreementPair();
        byte[] ephPub = eph.getPublic().getEncoded();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put(id).put((byte) '\n').put(ephPub).put(nonce)
                .array();
        byte[] key = sharedKey(eph.getPrivate(), recipientKey, ephPub);
        try {
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, key, nonce, header).doFinal(payload);
            return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of the JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The clear header: refused when it is not a package's or a format newer than this program's. */
    static Header header(byte[] file, String fileName) {
        int lineEnd = -1;
        for (int i = 0; i < Math.min(file.length, MAGIC.length + 6); i++) {
            if (file[i] == '\n') {
                lineEnd = i;
                break;
            }
        }
        Matcher m = lineEnd < 0 ? null
                : MAGIC_LINE.matcher(new String(file, 0, lineEnd + 1, StandardCharsets.ISO_8859_1));
        if (m == null || !m.matches()) {
            throw new PackageRefusal(Reason.NOT_A_PACKAGE, fileName);
        }
        int format = Integer.parseInt(m.group(1));
        if (format != PackageManifest.FORMAT) {
            if (format > PackageManifest.FORMAT) {
                throw new PackageRefusal(Reason.NEWER_FORMAT, String.valueOf(format),
                        String.valueOf(PackageManifest.FORMAT));
            }
            throw new PackageRefusal(Reason.NOT_A_PACKAGE, fileName);
        }
        if (file.length < HEADER_BYTES + TAG_BYTES) {
            throw new PackageRefusal(Reason.TAMPERED);
        }
        String recipient = new String(file, MAGIC.length, ID_CHARS, StandardCharsets.ISO_8859_1);
        if (file[MAGIC.length + ID_CHARS] != '\n' || !recipient.matches("[\\x21-\\x7e]{36}")) {
            throw new PackageRefusal(Reason.TAMPERED);
        }
        int at = MAGIC.length + ID_CHARS + 1;
        return new Header(recipient, Arrays.copyOfRange(file, at, at + PackageKeys.PUBLIC_BYTES),
                Arrays.copyOfRange(file, at + PackageKeys.PUBLIC_BYTES, HEADER_BYTES),
                Arrays.copyOf(file, HEADER_BYTES));
    }

    /** The payload of a file whose header was read; {@link Reason#TAMPERED} when it does not open. */
    static byte[] open(byte[] file, Header header, PrivateKey own) {
        PublicKey eph;
        try {
            eph = PackageKeys.publicKey(PackageKeys.AGREEMENT, Base64.getEncoder().encodeToString(header.ephemeral()));
        } catch (IllegalArgumentException e) {
            throw new PackageRefusal(Reason.TAMPERED, e);
        }
        byte[] key;
        try {
            key = sharedKey(own, eph, header.ephemeral());
        } catch (IllegalStateException e) {
            throw new PackageRefusal(Reason.TAMPERED, e);
        }
        try {
            return gcm(Cipher.DECRYPT_MODE, key, header.nonce(), header.bytes())
                    .doFinal(file, HEADER_BYTES, file.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new PackageRefusal(Reason.TAMPERED, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of the JDK", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] sharedKey(PrivateKey mine, PublicKey theirs, byte[] ephPub) {
        try {
            KeyAgreement ka = KeyAgreement.getInstance(PackageKeys.AGREEMENT);
            ka.init(mine);
            ka.doPhase(theirs, true);
            byte[] secret = ka.generateSecret();
            try {
                return Hkdf.sha256(secret, ephPub, INFO, 32);
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 key agreement failed", e);
        }
    }

    private static Cipher gcm(int mode, byte[] key, byte[] nonce, byte[] header) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
        c.updateAAD(header);
        return c;
    }
}
