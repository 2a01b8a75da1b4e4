package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades: a small database made by each released schema version (a SQL fixture, see
 * {@link SchemaFixtures}) migrates to this build's latest version with every row intact; a database
 * from a newer version is refused without being touched.
 */
class UpgradeTest {
    /** The released schema versions; add each release's version with its fixture. */
    static final String[] RELEASED = {"1", "6"};

    @TempDir
    Path dir;

    @Test
    void everyReleasedVersionHasAFixture() {
        for (String v : RELEASED) {
            assertThat(UpgradeTest.class.getResource(SchemaFixtures.resource(v))).as("fixture of V" + v).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1"})
    void aReleasedDatabaseMigratesToTheLatestWithEveryRowIntact(String version) throws Exception {
        DataFolder folder = new DataFolder(dir);
        Path script = dir.resolve("fixture.sql");
        try (InputStream in = UpgradeTest.class.getResourceAsStream(SchemaFixtures.resource(version))) {
            Files.copy(in, script);
        }
        String url = "jdbc:h2:file:" + folder.databaseBase().toAbsolutePath();
        Map<String, List<Map<String, Object>>> before;
        try (Connection c = DriverManager.getConnection(url, H2Store.USER, ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
            assertThat(BackupFile.appliedVersion(c)).isEqualTo(version);
            before = snapshot(c);
            st.execute("SHUTDOWN");
        }
        assertThat(before.get("COUNSELOR")).hasSize(3);
        assertThat(before.get("ROSTER_EVENT")).hasSize(5);

        try (H2Store db = H2Store.open(folder)) {
            try (Connection c = db.connection()) {
                assertThat(BackupFile.appliedVersion(c)).isEqualTo(Migrations.latest().getVersion());
                Map<String, List<Map<String, Object>>> after = snapshot(c);
                for (var table : before.entrySet()) {
                    List<Map<String, Object>> rows = after.get(table.getKey());
                    assertThat(rows).as(table.getKey()).isNotNull().hasSameSizeAs(table.getValue());
                    for (int i = 0; i < rows.size(); i++) {
                        Map<String, Object> old = table.getValue().get(i);
                        Map<String, Object> now = new LinkedHashMap<>(rows.get(i));
                        now.keySet().retainAll(old.keySet()); // columns added later are not compared
                        assertThat(now).as(table.getKey() + " row " + i).isEqualTo(old);
                    }
                }
            }
            // the services read the migrated data; new rows get fresh ids
            AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
            assertThat(ctx.roster().counselors()).extracting(cn.huyang.roster.Counselor::name)
                    .contains("阿依古丽·买买提", "张伟", "马丽");
            var added = ctx.roster().saveDepartment(new cn.huyang.roster.Department(null, "NEW", "新系部", 9, true));
            assertThat(added.id()).isEqualTo(4);

            // a migration that ran was preceded by a backup of the old database
            boolean migrated = Migrations.latest().isNewerThan(version);
            assertThat(db.backups().list()).filteredOn(b -> b.kind() == BackupKind.BEFORE_MIGRATION)
                    .hasSize(migrated ? 1 : 0)
                    .allSatisfy(b -> {
                        assertThat(b.schemaVersion()).isEqualTo(version);
                        assertThat(b.counselors()).isEqualTo(3);
                    });
        }
    }

    @Test
    void theMigrationsThisBuildShipsAreWhatFlywayFinds() {
        Flyway flyway = Migrations.flyway("jdbc:h2:mem:shipped", "sa", "").load();
        List<MigrationVersion> resolved = new ArrayList<>();
        for (MigrationInfo i : flyway.info().all()) {
            resolved.add(i.getVersion());
        }
        assertThat(Migrations.shipped()).isEqualTo(resolved);
        assertThat(Migrations.isNewerThanThisBuild("999")).isTrue();
        assertThat(Migrations.isNewerThanThisBuild(Migrations.latest().getVersion())).isFalse();
        assertThat(Migrations.isNewerThanThisBuild(null)).isFalse();
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedUntouched() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (H2Store db = H2Store.open(folder)) {
            BackupsTest.fill(db, 3);
            db.dsl().execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (99, '999', 'from the future', 'SQL', 'V999__future.sql', 'x', 1, true)");
        }
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        var modified = Files.getLastModifiedTime(folder.databaseFile());

        assertThatThrownBy(() -> H2Store.open(folder)).isInstanceOf(SchemaTooNewException.class)
                .satisfies(e -> {
                    SchemaTooNewException s = (SchemaTooNewException) e;
                    assertThat(s.databaseVersion()).isEqualTo("999");
                    assertThat(s.supportedVersion()).isEqualTo(Migrations.latest().getVersion());
                });
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(folder.databaseFile())).isEqualTo(modified);
        assertThat(Backups.folder(folder)).doesNotExist();
        // the lock is free again: a fixed program could open it
        assertThat(Files.exists(folder.lockFile())).isTrue();
        assertThatThrownBy(() -> H2Store.open(folder)).isInstanceOf(SchemaTooNewException.class);
    }

    /** Every row of every table but the schema history, ordered by all columns. */
    static Map<String, List<Map<String, Object>>> snapshot(Connection c) throws Exception {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : BackupFile.tableCounts(c).keySet()) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select * from \"" + table + "\" order by 1")) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }
}
