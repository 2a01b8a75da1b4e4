package cn.huyang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoKeysTest {
    @Test
    void fileKeysAreRandomHiddenAndCanBeWiped() {
        FileKey a = FileKey.generate();
        FileKey b = FileKey.generate();
        assertThat(a.bytes()).hasSize(32).isNotEqualTo(b.bytes());
        assertThat(a.h2Password()).matches("[0-9a-f]{64}");
        assertThat(a.toString()).doesNotContain(a.h2Password()).doesNotContain(a.h2Password().substring(0, 8));
        a.destroy();
        assertThatThrownBy(a::bytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recoveryKeysAreEightGroupsOfFiveAndParseTolerantly() {
        RecoveryKey k = RecoveryKey.generate();
        String s = k.formatted();
        assertThat(s).matches("([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}");
        byte[] salt = new byte[32];
        String typed = s.toLowerCase().replace("-", "  ").replace('0', 'o').replace('1', 'l');
        assertThat(RecoveryKey.parse(typed).deriveKey(salt)).isEqualTo(k.deriveKey(salt));
        assertThat(k.toString()).doesNotContain(s.substring(0, 5));
    }

    @Test
    void aMistypedRecoveryKeyIsRefusedInChinese() {
        String s = RecoveryKey.generate().formatted();
        char c = s.charAt(3);
        String typo = s.substring(0, 3) + (c == 'A' ? 'B' : 'A') + s.substring(4);
        assertThatThrownBy(() -> RecoveryKey.parse(typo)).isInstanceOf(RecoveryKeyException.class)
                .hasMessageContaining("恢复密钥").hasMessageContaining("校验");
        assertThatThrownBy(() -> RecoveryKey.parse(s.substring(0, 30))).hasMessageContaining("恢复密钥")
                .hasMessageContaining("40");
        assertThatThrownBy(() -> RecoveryKey.parse("U" + s.substring(1))).hasMessageContaining("恢复密钥");
    }

    @Test
    void sealedStreamsRoundTripAndDetectTamperingAndTruncation() throws IOException {
        FileKey key = FileKey.generate();
        byte[] data = new byte[SealedOutputStream.CHUNK * 2 + 12345];
        new Random(7).nextBytes(data);
        byte[] sealed = seal(key, data);
        assertThat(open(key, sealed)).isEqualTo(data);
        assertThat(open(key, seal(key, new byte[0]))).isEmpty();
        assertThat(open(key, seal(key, new byte[SealedOutputStream.CHUNK]))).hasSize(SealedOutputStream.CHUNK);

        byte[] changed = sealed.clone();
        changed[SealedOutputStream.CHUNK + 100] ^= 1;
        assertThatThrownBy(() -> open(key, changed)).isInstanceOf(SealedInputStream.TamperedException.class);
        int boundary = 40 + 2 * (SealedOutputStream.CHUNK + 16);
        assertThatThrownBy(() -> open(key, Arrays.copyOf(sealed, boundary)))
                .isInstanceOf(SealedInputStream.TamperedException.class);
        assertThatThrownBy(() -> open(key, Arrays.copyOf(sealed, sealed.length - 1)))
                .isInstanceOf(SealedInputStream.TamperedException.class);
        assertThatThrownBy(() -> open(FileKey.generate(), sealed)).isInstanceOf(SealedInputStream.TamperedException.class);
    }

    @Test
    void secureDeleteRemovesTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("plain.zip");
        Files.write(f, new byte[200_000]);
        SecureDelete.overwriteAndDelete(f);
        assertThat(f).doesNotExist();
        SecureDelete.overwriteAndDelete(f); // nothing to do
    }

    private static byte[] seal(FileKey key, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SealedOutputStream s = new SealedOutputStream(out, key);
        s.write(data);
        s.finish();
        return out.toByteArray();
    }

    private static byte[] open(FileKey key, byte[] sealed) throws IOException {
        try (SealedInputStream in = new SealedInputStream(new ByteArrayInputStream(sealed), key)) {
            return in.readAllBytes();
        }
    }
}
