package cn.huyang.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import org.junit.jupiter.api.Test;

/** The server's fields are refused in plain Chinese naming the field; the password never shows. */
class ServerSettingsTest {
    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");

    @Test
    void emptyFieldsAreRefusedEachNamingItsField() {
        ValidationException e = catchThrowableOfType(() -> new ServerSettings(" ", 0, "", "  ", null, null).validated(),
                ValidationException.class);
        assertThat(e.render(ZH)).isEqualTo("主机：必填\n端口：应为 1–65535 之间的整数\n数据库名：必填\n用户名：必填");
        assertThat(e.render(EN)).isEqualTo("Host: required\nPort: must be a whole number from 1 to 65535\n"
                + "Database: required\nUser name: required");
    }

    @Test
    void theCommandLinesUrlGivesTheSettingsTheConnectionTestNeeds() {
        ServerSettings s = ServerSettings.fromUrl("jdbc:postgresql://db.xy.edu.cn:5433/huyang?sslmode=require",
                "huyang", "pw").orElseThrow();
        assertThat(s.host()).isEqualTo("db.xy.edu.cn");
        assertThat(s.port()).isEqualTo(5433);
        assertThat(s.database()).isEqualTo("huyang");
        assertThat(s.sslMode()).isEqualTo(SslMode.REQUIRE);
        assertThat(ServerSettings.fromUrl("jdbc:postgresql://db/huyang", "huyang", null).orElseThrow().port())
                .isEqualTo(ServerSettings.DEFAULT_PORT);
        assertThat(ServerSettings.fromUrl("jdbc:mysql://db/huyang", "u", null)).isEmpty();
        assertThat(ServerSettings.fromUrl("no url", "u", null)).isEmpty();
    }

    @Test
    void thePortRunsFrom1To65535() {
        assertThat(settings("db", 1).problems()).isEmpty();
        assertThat(settings("db", 65535).problems()).isEmpty();
        assertThat(settings("db", 65536).problems()).extracting(f -> f.render(ZH))
                .containsExactly("端口：应为 1–65535 之间的整数");
        assertThat(settings("db", -1).problems()).hasSize(1);
    }

    @Test
    void aHostIsANameOrAnAddressWithoutSpacesOrUrlCharacters() {
        assertThat(settings("192.168.10.5", 5432).problems()).isEmpty();
        assertThat(settings("db-1.college.edu.cn", 5432).problems()).isEmpty();
        assertThat(settings("fe80::1", 5432).problems()).isEmpty();
        assertThat(settings("[::1]", 5432).problems()).isEmpty();
        for (String bad : new String[] {"db server", "db/huyang", "user@db", "db?x=1", "数据库服务器"}) {
            assertThat(settings(bad, 5432).problems()).as(bad).extracting(f -> f.render(ZH))
                    .containsExactly("主机：只能是主机名或 IP 地址（字母、数字、点、连字符），不能有空格、/、@ 等字符");
        }
    }

    @Test
    void namesAreAtMost63BytesAndHaveNoControlCharacters() {
        assertThat(new ServerSettings("h", 5432, "胡".repeat(21), "u", null, null).problems()).isEmpty();
        assertThat(new ServerSettings("h", 5432, "胡".repeat(22), "u", null, null).problems())
                .extracting(f -> f.render(ZH)).containsExactly("数据库名：不能超过 63 个字节（约 21 个汉字）");
        assertThat(new ServerSettings("h", 5432, "db", "hu\nyang", null, null).problems())
                .extracting(f -> f.render(ZH)).containsExactly("用户名：不能含控制字符");
    }

    @Test
    void theUrlCarriesHostPortDatabaseAndSslModeButNeverThePassword() {
        ServerSettings s = new ServerSettings(" 10.0.0.5 ", 5433, "huyang", "huyang", "Sehr-Geheim-1", SslMode.REQUIRE);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5433/huyang?sslmode=require");
        assertThat(s.jdbcUrl()).doesNotContain("Sehr-Geheim-1");
        assertThat(s.toString()).doesNotContain("Sehr-Geheim-1").contains("***");
        assertThat(s.properties().getProperty("password")).isEqualTo("Sehr-Geheim-1");
        assertThat(s.properties().getProperty("user")).isEqualTo("huyang");
        assertThat(new ServerSettings("fe80::1", 5432, "学工 部", "u", null, SslMode.VERIFY_FULL).jdbcUrl())
                .isEqualTo("jdbc:postgresql://[fe80::1]:5432/%E5%AD%A6%E5%B7%A5%20%E9%83%A8?sslmode=verify-full");
    }

    @Test
    void theDefaultsArePort5432AndSslPreferAndAnEmptyPasswordIsNone() {
        ServerSettings s = ServerSettings.of("db", "huyang", "huyang", "");
        assertThat(s.port()).isEqualTo(5432);
        assertThat(s.sslMode()).isEqualTo(SslMode.PREFER);
        assertThat(s.hasPassword()).isFalse();
        assertThat(SslMode.of("Verify-Full")).contains(SslMode.VERIFY_FULL);
        assertThat(SslMode.of("allow")).isEmpty();
    }

    private static ServerSettings settings(String host, int port) {
        return new ServerSettings(host, port, "huyang", "huyang", null, SslMode.PREFER);
    }
}
