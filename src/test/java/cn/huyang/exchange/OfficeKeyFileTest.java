package cn.huyang.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.exchange.PackageRefusal.Reason;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The office key file: what it holds comes back; a changed, truncated or oversized file is refused. */
class OfficeKeyFileTest {
    private final DatabaseKeys office = PackageFixtures.keys();
    private final byte[] file = OfficeKeyFile.write(office, "阿克苏职业技术学院", LocalDate.of(2026, 6, 15));

    private static void refused(byte[] bytes, Reason reason) {
        assertThatThrownBy(() -> OfficeKeyFile.read(bytes, "office.hykey"))
                .isInstanceOfSatisfying(PackageRefusal.class, r -> assertThat(r.reason()).as(r.getMessage())
                        .isEqualTo(reason));
    }

    @Test
    void theKeyFileReadsBackWhole() {
        OfficeKeyFile k = OfficeKeyFile.read(file, "office.hykey");
        assertThat(k.databaseId()).isEqualTo(office.databaseId());
        assertThat(k.agreementKey()).isEqualTo(office.identity().agreementKey());
        assertThat(k.signingKey()).isEqualTo(office.identity().signingKey());
        assertThat(k.office()).isEqualTo("阿克苏职业技术学院");
        assertThat(k.created()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(k.fingerprint()).matches("([0-9A-F]{4}-){7}[0-9A-F]{4}");
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("{\"format\":\"huyang-office-key\"")
                .contains("阿克苏职业技术学院");
        byte[] noName = OfficeKeyFile.write(office, null, LocalDate.of(2026, 6, 15));
        assertThat(OfficeKeyFile.read(noName, "x").office()).isNull();
    }

    @Test
    void aChangedTruncatedOrOversizedFileIsRefused() {
        String text = new String(file, StandardCharsets.UTF_8);
        refused(text.replace("阿克苏", "喀什").getBytes(StandardCharsets.UTF_8), Reason.BAD_OFFICE_KEY);
        refused(text.replace("2026-06-15", "2026-06-16").getBytes(StandardCharsets.UTF_8), Reason.BAD_OFFICE_KEY);
        // another database's key, signed by its own key: whole, but not this file's signature
        DatabaseKeys other = PackageFixtures.keys();
        String swapped = text.replace(PackageKeys.encode(office.identity().agreementKey()),
                PackageKeys.encode(other.identity().agreementKey()));
        refused(swapped.getBytes(StandardCharsets.UTF_8), Reason.BAD_OFFICE_KEY);
        for (int cut : new int[] {0, 1, 50, file.length / 2, file.length - 3}) {
            refused(Arrays.copyOf(file, cut), Reason.BAD_OFFICE_KEY);
        }
        for (int at : new int[] {30, 100, 200, file.length - 10}) {
            byte[] bad = file.clone();
            bad[at] ^= 0x02;
            refused(bad, Reason.BAD_OFFICE_KEY);
        }
        byte[] big = Arrays.copyOf(file, OfficeKeyFile.MAX_BYTES + 1);
        Arrays.fill(big, file.length, big.length, (byte) ' ');
        refused(big, Reason.TOO_LARGE);
        refused(text.replace("\"version\":1", "\"version\":2").getBytes(StandardCharsets.UTF_8), Reason.NEWER_FORMAT);
        assertThatThrownBy(() -> OfficeKeyFile.read(Arrays.copyOf(file, 50), "office.hykey"))
                .hasMessage("“office.hykey”不是有效的学工部公钥文件：它已损坏、被截断或被改动过。");
    }
}
