package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.h2.security.AES;
import org.h2.security.BlockCipher;
import org.junit.jupiter.api.Test;

/** The JDK's AES is H2's AES, and {@link XtsAes} encrypts sectors exactly as H2's own XTS does. */
class XtsAesTest {
    private final Random random = new Random(20261202);

    @Test
    void theJdksAesGivesWhatH2sAesGives() throws Exception {
        for (int round = 0; round < 200; round++) {
            byte[] key = bytes(16);
            byte[] data = bytes(16 * (1 + random.nextInt(8)));
            AES h2 = new AES();
            h2.setKey(key);
            byte[] expected = data.clone();
            h2.encrypt(expected, 0, expected.length);
            Cipher jdk = Cipher.getInstance("AES/ECB/NoPadding");
            jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
            assertThat(jdk.doFinal(data)).isEqualTo(expected);
            jdk.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"));
            assertThat(jdk.doFinal(expected)).isEqualTo(data);
        }
    }

    @Test
    void sectorsAreEncryptedAndDecryptedAsH2sXtsDoes() throws Exception {
        for (int round = 0; round < 40; round++) {
            byte[] key = bytes(16);
            // runs longer than the 64 sectors of one cipher call, and sector numbers beyond 32 bits
            int sectors = round == 0 ? 150 : 1 + random.nextInt(8);
            long first = round % 3 == 0 ? random.nextLong() >>> 1 : random.nextInt(100_000);
            byte[] plain = bytes(sectors * XtsAes.SECTOR);
            byte[] expected = plain.clone();
            H2Xts h2 = new H2Xts(key);
            for (int s = 0; s < sectors; s++) {
                h2.encrypt(first + s, expected, s * XtsAes.SECTOR);
            }
            byte[] ours = plain.clone();
            new XtsAes(key).encrypt(first, ours, 0, ours.length);
            assertThat(ours).isEqualTo(expected);
            assertThat(ours).isNotEqualTo(plain);
            new XtsAes(key).decrypt(first, ours, 0, ours.length);
            assertThat(ours).isEqualTo(plain);
        }
    }

    @Test
    void anOffsetInTheArrayIsHonoured() throws Exception {
        byte[] key = bytes(16);
        byte[] plain = bytes(XtsAes.SECTOR);
        byte[] expected = plain.clone();
        new H2Xts(key).encrypt(7, expected, 0);
        byte[] padded = new byte[XtsAes.SECTOR + 24];
        System.arraycopy(plain, 0, padded, 8, plain.length);
        new XtsAes(key).encrypt(7, padded, 8, XtsAes.SECTOR);
        assertThat(Arrays.copyOfRange(padded, 8, 8 + XtsAes.SECTOR)).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(padded, 0, 8)).containsOnly(0);
    }

    @Test
    void partialSectorsAreRefused() {
        XtsAes xts = new XtsAes(bytes(16));
        assertThatThrownBy(() -> xts.encrypt(0, new byte[100], 0, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** H2's package-private {@code org.h2.store.fs.encrypt.XTS}, with H2's AES. */
    private static final class H2Xts {
        private final Object xts;
        private final Method encrypt;

        H2Xts(byte[] key) throws Exception {
            AES aes = new AES();
            aes.setKey(key);
            Class<?> c = Class.forName("org.h2.store.fs.encrypt.XTS");
            Constructor<?> ctor = c.getDeclaredConstructor(BlockCipher.class);
            ctor.setAccessible(true);
            xts = ctor.newInstance(aes);
            encrypt = c.getDeclaredMethod("encrypt", long.class, int.class, byte[].class, int.class);
            encrypt.setAccessible(true);
        }

        void encrypt(long sector, byte[] data, int offset) throws Exception {
            encrypt.invoke(xts, sector, XtsAes.SECTOR, data, offset);
        }
    }
}
