package cn.huyang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CryptoArgon2idTest {
    @Test
    void hashesAsPhcStringsWithTheOwaspParameters() {
        String phc = Argon2id.hash("秘密 password".toCharArray());
        assertThat(phc).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(Argon2id.verify(phc, "秘密 password".toCharArray())).isTrue();
        assertThat(Argon2id.verify(phc, "秘密 passwort".toCharArray())).isFalse();
        assertThat(Argon2id.hash("秘密 password".toCharArray())).isNotEqualTo(phc); // a new salt each time
    }

    /** The reference implementation's test vector (phc-winner-argon2, src/test.c): argon2id, t=2, m=2^16, p=1. */
    @Test
    void knownAnswer() {
        byte[] hash = Argon2id.derive("password".toCharArray(), "somesalt".getBytes(StandardCharsets.US_ASCII),
                new Argon2id.Params(65_536, 2, 1), 32);
        assertThat(HexFormat.of().formatHex(hash))
                .isEqualTo("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
        assertThat(Argon2id.verify("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "password".toCharArray())).isTrue();
    }

    @Test
    void malformedOrOutOfRangeStringsDoNotVerify() {
        assertThat(Argon2id.verify("$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "password".toCharArray())).isFalse();
        assertThat(Argon2id.verify("$argon2id$v=19$m=9999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                "password".toCharArray())).isFalse();
        assertThat(Argon2id.verify(null, "x".toCharArray())).isFalse();
    }

    @Test
    void derivedKeysDependOnPasswordAndSalt() {
        byte[] salt = new byte[16];
        byte[] a = Argon2id.deriveKey("a".toCharArray(), salt);
        assertThat(a).hasSize(32).isEqualTo(Argon2id.deriveKey("a".toCharArray(), salt));
        assertThat(Argon2id.deriveKey("b".toCharArray(), salt)).isNotEqualTo(a);
        salt[0] = 1;
        assertThat(Argon2id.deriveKey("a".toCharArray(), salt)).isNotEqualTo(a);
    }
}
