package cn.huyang.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.huyang.common.Messages;
import cn.huyang.db.Migrations;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 测试连接 against a real PostgreSQL 15 with password logins (scram-sha-256) and SSL: each thing that
 * can be wrong gives its own kind and plain sentence.
 */
class ServerProbeTest {
    static final Messages ZH = Messages.forLanguage("zh");
    static final Messages EN = Messages.forLanguage("en");

    @TempDir
    static Path work;
    static PgServer pg;
    final ServerProbe probe = new ServerProbe(ZH);

    @BeforeAll
    static void start() {
        pg = PgServer.start(work, true);
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    @Test
    void anEmptyDatabaseIsASuccessWithTheServersVersion() {
        ProbeResult r = probe.test(pg.settings(SslMode.PREFER));
        assertThat(r.kind()).isEqualTo(ProbeKind.SUCCESS);
        assertThat(r.schema()).isEqualTo(SchemaState.EMPTY);
        assertThat(r.serverVersion()).startsWith("15.");
        assertThat(r.message()).isEqualTo("连接成功：PostgreSQL " + r.serverVersion()
                + "。数据库“huyang”是空的，可以用 huyang server init 建立胡杨的表。");
        assertThat(new ServerProbe(EN).test(pg.settings(SslMode.REQUIRE)).message())
                .startsWith("Connected: PostgreSQL 15.").contains("\"huyang\" is empty");
    }

    @Test
    void aWrongPasswordOrLoginIsSaidSo() {
        ProbeResult r = probe.test(pg.settings(SslMode.PREFER).withPassword("falsch"));
        assertThat(r.kind()).isEqualTo(ProbeKind.WRONG_LOGIN);
        assertThat(r.message()).isEqualTo("用户名或密码错误：服务器拒绝了用户“huyang”的登录。");
        ServerSettings nobody = new ServerSettings("localhost", pg.port(), "huyang", "niemand", "x", SslMode.PREFER);
        assertThat(probe.test(nobody).kind()).isEqualTo(ProbeKind.WRONG_LOGIN);
        assertThat(probe.test(pg.settings(SslMode.PREFER).withPassword(null)).message())
                .isEqualTo("服务器要求密码：请填写用户“huyang”的密码。");
    }

    @Test
    void aMissingDatabaseIsNamed() {
        ServerSettings s = new ServerSettings("localhost", pg.port(), "xuegong", PgServer.USER, PgServer.PASSWORD, null);
        ProbeResult r = probe.test(s);
        assertThat(r.kind()).isEqualTo(ProbeKind.DATABASE_MISSING);
        assertThat(r.message()).startsWith("数据库不存在：服务器上没有名为“xuegong”的数据库。");
    }

    @Test
    void aClosedPortOrAnUnknownHostIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ServerSettings refused = new ServerSettings("127.0.0.1", closed, "huyang", "huyang", "x", SslMode.PREFER);
        ProbeResult r = probe.test(refused);
        assertThat(r.kind()).isEqualTo(ProbeKind.UNREACHABLE);
        assertThat(r.message()).startsWith("无法连接服务器：127.0.0.1 的端口 " + closed + " 拒绝连接。");
        ProbeResult unknown = probe.test(new ServerSettings("no-such-host.invalid", 5432, "huyang", "huyang", "x", null));
        assertThat(unknown.kind()).isEqualTo(ProbeKind.UNREACHABLE);
        assertThat(unknown.message()).isEqualTo("无法连接服务器：找不到主机“no-such-host.invalid”。请检查主机名或 IP 地址。");
    }

    @Test
    void aSchemaOfANewerHuyangIsRefusedAndAnOlderOrCurrentOneIsFound() {
        pg.sql("CREATE DATABASE neuer OWNER huyang", "CREATE DATABASE aktuell OWNER huyang",
                "CREATE DATABASE fremd OWNER huyang");
        String history = "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50),"
                + " description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL,"
                + " checksum int, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),"
                + " execution_time int NOT NULL, success boolean NOT NULL)";
        String latest = Migrations.latest().getVersion();
        pg.sqlIn("neuer", history, row(1, "1", true), row(2, "10", true), row(3, "999", true), "ALTER TABLE"
                + " flyway_schema_history OWNER TO huyang");
        ProbeResult newer = probe.test(in("neuer"));
        assertThat(newer.kind()).isEqualTo(ProbeKind.SCHEMA_TOO_NEW);
        assertThat(newer.schema()).isEqualTo(SchemaState.NEWER);
        assertThat(newer.message()).isEqualTo("数据库由更新版本的胡杨创建（结构版本 999，本程序最高为 " + latest
                + "）。请先把这台电脑上的胡杨升级到最新版本。");

        pg.sqlIn("aktuell", history, row(1, "1", true), row(2, latest, true), row(3, "998", false),
                "ALTER TABLE flyway_schema_history OWNER TO huyang");
        ProbeResult current = probe.test(in("aktuell"));
        assertThat(current.kind()).as("a failed migration does not count").isEqualTo(ProbeKind.SUCCESS);
        assertThat(current.schema()).isEqualTo(SchemaState.CURRENT);
        assertThat(current.message()).endsWith("数据库“aktuell”中有胡杨的数据，结构是最新的（版本 " + latest + "）。");
        pg.sqlIn("aktuell", "DELETE FROM flyway_schema_history WHERE installed_rank > 1");
        assertThat(probe.test(in("aktuell")).schema()).isEqualTo(SchemaState.OLDER);

        pg.sqlIn("fremd", "CREATE TABLE kunden (id int)");
        ProbeResult other = probe.test(in("fremd"));
        assertThat(other.kind()).isEqualTo(ProbeKind.OTHER_DATA);
        assertThat(other.message()).isEqualTo("数据库“fremd”中已有其他程序的表，却没有胡杨的数据。请为胡杨另建一个空数据库。");
    }

    @Test
    void aLoginThatMayNotCreateTablesInAnEmptyDatabaseIsToldWhatToAsk() {
        pg.sql("CREATE DATABASE leer OWNER postgres");
        ProbeResult r = probe.test(in("leer"));
        assertThat(r.kind()).isEqualTo(ProbeKind.NO_CREATE_RIGHT);
        assertThat(r.message()).startsWith("用户“huyang”不能在数据库“leer”中建表。");
    }

    @Test
    void sslRequiredByTheServerAndVerifiedAgainstTheRootCertificate() {
        ServerSettings sslOnly = new ServerSettings("localhost", pg.port(), "huyang", "sslonly", PgServer.PASSWORD,
                SslMode.DISABLE);
        ProbeResult refused = probe.test(sslOnly);
        assertThat(refused.kind()).isEqualTo(ProbeKind.SSL_REQUIRED);
        assertThat(refused.message()).startsWith("服务器只接受加密的连接：");
        ProbeResult encrypted = probe.test(new ServerSettings("localhost", pg.port(), "huyang", "sslonly",
                PgServer.PASSWORD, SslMode.REQUIRE));
        assertThat(encrypted.serverVersion()).as("logged in over SSL").startsWith("15.");
        assertThat(encrypted.kind()).as("but not huyang's owner").isEqualTo(ProbeKind.NO_CREATE_RIGHT);

        assumeFalse(Files.exists(ProbeFailures.rootCertificate()), "this PC has a root certificate of its own");
        ProbeResult noRoot = probe.test(pg.settings(SslMode.VERIFY_FULL));
        assertThat(noRoot.kind()).isEqualTo(ProbeKind.SSL_NO_ROOT_CERTIFICATE);
        assertThat(noRoot.message()).contains(ProbeFailures.rootCertificate().toString());
    }

    @Test
    void aServerWithoutSslIsSaidSoWhenSslIsRequired() {
        try (PgServer plain = PgServer.start(work.resolve("plain"), false)) {
            ProbeResult r = probe.test(plain.settings(SslMode.REQUIRE));
            assertThat(r.kind()).isEqualTo(ProbeKind.SSL_UNSUPPORTED);
            assertThat(r.message()).startsWith("服务器没有开启 SSL，而这里要求加密连接。");
            assertThat(probe.test(plain.settings(SslMode.PREFER)).kind()).isEqualTo(ProbeKind.SUCCESS);
        }
    }

    @Test
    void aServerBefore14IsTooOld() {
        assertThat(ServerProbe.tooOld(130011, "13.11", ZH)).get().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ProbeKind.SERVER_TOO_OLD);
            assertThat(r.message()).isEqualTo("服务器版本过低：需要 PostgreSQL 14 或更高版本，此服务器为 13.11。");
        });
        assertThat(ServerProbe.tooOld(90624, "9.6.24", EN)).get().extracting(ProbeResult::message)
                .isEqualTo("The server is too old: PostgreSQL 14 or later is needed, this server is 9.6.24.");
        assertThat(ServerProbe.tooOld(140000, "14.0", ZH)).isEmpty();
        assertThat(ServerProbe.tooOld(170002, "17.2", ZH)).isEmpty();
        assertThat(ServerProbe.shortVersion("14.10 (Ubuntu 14.10-0ubuntu0.22.04.1)")).isEqualTo("14.10");
    }

    @Test
    void fieldsThatWillNotDoAreRefusedBeforeConnecting() {
        ProbeResult r = probe.test(new ServerSettings("", 0, "huyang", "huyang", "x", null));
        assertThat(r.kind()).isEqualTo(ProbeKind.INVALID);
        assertThat(r.message()).isEqualTo("主机：必填\n端口：应为 1–65535 之间的整数");
    }

    private static ServerSettings in(String database) {
        return new ServerSettings("localhost", pg.port(), database, PgServer.USER, PgServer.PASSWORD, SslMode.PREFER);
    }

    private static String row(int rank, String version, boolean success) {
        return "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by,"
                + " execution_time, success) VALUES (" + rank + ", '" + version + "', 'x', 'SQL', 'V" + version
                + "__x.sql', 'huyang', 1, " + success + ")";
    }
}
