package cn.huyang.exchange;

import cn.huyang.security.RecoveryKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;

/**
 * The one-time setup code of an office package for a department PC that has no database yet
 * (docs/packages.md, "The way back"): 160 random bits written like the recovery key (8 groups of 5,
 * with a check), read out or handed over apart from the file. The package is sealed to the X25519 key
 * the code derives (HKDF-SHA256), so only who holds both the file and the code opens it.
 */
public final class SetupCode {
    private static final byte[] SALT = "huyang setup code 1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final RecoveryKey code;

    private SetupCode(RecoveryKey code) {
        this.code = code;
    }

    public static SetupCode generate() {
        return new SetupCode(RecoveryKey.generate());
    }

    /** The code as typed (groups, case and spaces as people type them); a mistyped one is refused. */
    public static SetupCode parse(String typed) {
        return new SetupCode(RecoveryKey.parse(typed));
    }

    public String formatted() {
        return code.formatted();
    }

    /** The X25519 pair the code derives: the same on the office's PC and the department's. */
    KeyPair keys() {
        byte[] scalar = code.deriveKey(SALT);
        try {
            KeyFactory f = KeyFactory.getInstance(PackageKeys.AGREEMENT);
            PrivateKey priv = f.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
            // the public key is the private scalar times the base point (u = 9)
            KeyAgreement ka = KeyAgreement.getInstance(PackageKeys.AGREEMENT);
            ka.init(priv);
            ka.doPhase(f.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BigInteger.valueOf(9))), true);
            byte[] u = ka.generateSecret();
            byte[] bigEndian = new byte[u.length];
            for (int i = 0; i < u.length; i++) {
                bigEndian[i] = u[u.length - 1 - i];
            }
            PublicKey pub = f.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, bigEndian)));
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 is part of the JDK", e);
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "SetupCode[…]";
    }
}
