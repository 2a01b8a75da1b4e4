package cn.huyang.db;

import static cn.huyang.db.jooq.Tables.AUDIT_EVENT;
import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.security.BackupUnlock;
import cn.huyang.security.KeyRing;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One backup format for both stores: a backup of H2 restores into PostgreSQL and a backup of PostgreSQL
 * into H2, every table the same row for row; after a restore new rows get fresh ids (identities and
 * sequences continue after the restored ones). Older backups (format 1, an older schema, format 3)
 * restore into PostgreSQL too.
 */
class CrossStoreBackupTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final String TRICKY = "引号 \" 反斜杠 \\ 换行\n制表\t控制\u0001 𝄞 ' ; -- /* */ % _";

    @TempDir
    Path dir;

    /** Every row of every table but Flyway's, by the tables' and columns' names in the scripts, in key order. */
    static Map<String, List<List<Object>>> rows(Store store) {
        try (Connection c = connection(store)) {
            Catalog catalog = Catalog.read(c, BackupFile.appliedVersion(c));
            Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
            for (Catalog.Table t : catalog.tables().stream().sorted(Comparator.comparing(Catalog.Table::name)).toList()) {
                List<Catalog.Column> columns = t.columns().stream().sorted(Comparator.comparing(Catalog.Column::name))
                        .toList();
                String select = "select " + columns.stream().map(col -> Catalog.quote(col.sqlName()))
                        .collect(Collectors.joining(", ")) + " from " + Catalog.quote(t.sqlName()) + " order by "
                        + t.primaryKey().stream().map(Catalog::quote).collect(Collectors.joining(", "));
                List<List<Object>> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 0; i < columns.size(); i++) {
                            Object v = Values.read(rs, i + 1, columns.get(i));
                            row.add(v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v);
                        }
                        rows.add(row);
                    }
                }
                tables.put(t.name(), rows);
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fill(Store store, int counselors) {
        new AppContext(store, Messages.forLanguage("zh"), CLOCK).demo()
                .generate(new DemoDataGenerator.Request(counselors, 2, 7), true, Progress.NONE);
    }

    private static void restore(Store store, Path backup, BackupUnlock unlock) {
        try (StagedRestore staged = store.backups().prepareRestore(backup, unlock)) {
            store.backups().restore(staged);
        }
    }

    private static Connection connection(Store store) throws SQLException {
        return store instanceof H2Store h2 ? h2.connection() : ((ServerStore) store).connection();
    }

    /**
     * Rows inserted without an id get the next one after the table's highest; on PostgreSQL every
     * identity's sequence is checked (and moved on by one).
     */
    private static void newRowsGetFreshIds(Store store) {
        long maxDepartment = store.dsl().select(DSL.max(DEPARTMENT.ID)).from(DEPARTMENT).fetchOne().value1();
        assertThat(store.dsl().insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME).values("NEW", "新系部")
                .returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID)).isEqualTo(maxDepartment + 1);
        long maxAudit = store.dsl().select(DSL.coalesce(DSL.max(AUDIT_EVENT.ID), 0L)).from(AUDIT_EVENT).fetchOne().value1();
        assertThat(store.dsl().insertInto(AUDIT_EVENT, AUDIT_EVENT.AT, AUDIT_EVENT.USER_NAME, AUDIT_EVENT.ACTION)
                .values(LocalDateTime.now(CLOCK), "test", "TEST").returningResult(AUDIT_EVENT.ID)
                .fetchOne(AUDIT_EVENT.ID)).isEqualTo(maxAudit + 1);
        if (store instanceof ServerStore) {
            try (Connection c = connection(store); Statement st = c.createStatement()) {
                Catalog catalog = Catalog.read(c, BackupFile.appliedVersion(c));
                int identities = 0;
                for (Catalog.Table t : catalog.tables()) {
                    if (t.identity() != null) {
                        identities++;
                        ResultSet rs = st.executeQuery("select coalesce(max(id), 0) + 1, nextval(pg_get_serial_sequence('"
                                + t.sqlName() + "', 'id')) from " + t.sqlName());
                        rs.next();
                        assertThat(rs.getLong(2)).as(t.name()).isEqualTo(rs.getLong(1));
                    }
                }
                assertThat(identities).isGreaterThan(10);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aBackupOfH2RestoresIntoPostgresAndABackupOfPostgresIntoH2RowForRow() {
        Path fromH2 = dir.resolve("h2.zip");
        Map<String, List<List<Object>>> original;
        try (H2Store h2 = H2Store.open(new DataFolder(dir.resolve("h2")), CLOCK)) {
            fill(h2, 40);
            h2.dsl().update(COUNSELOR).set(COUNSELOR.NOTE, TRICKY).where(COUNSELOR.ID.eq(2L)).execute();
            original = rows(h2);
            h2.backups().backupTo(fromH2);
        }
        assertThat(original.values().stream().filter(r -> !r.isEmpty()).count())
                .as("the demo fills most tables").isGreaterThan(10);

        Path fromPostgres = dir.resolve("pg.zip");
        Map<String, List<List<Object>>> onPostgres;
        try (ServerStore pg = TestStores.openPostgres(dir.resolve("pg"), CLOCK)) {
            fill(pg, 7); // other data, to be replaced
            restore(pg, fromH2, null);
            assertThat(rows(pg)).isEqualTo(original);
            newRowsGetFreshIds(pg);
            onPostgres = rows(pg);
            BackupInfo info = pg.backups().backupTo(fromPostgres);
            assertThat(info.tableCounts()).isEqualTo(BackupFile.readInfo(fromPostgres).tableCounts());
            assertThat(info.tableCounts().get("DEPARTMENT")).isEqualTo(original.get("department").size() + 1);
            assertThat(pg.backups().list()).extracting(BackupInfo::kind).contains(BackupKind.BEFORE_RESTORE);
        }
        assertThat(onPostgres.get("counselor")).anySatisfy(row -> assertThat(row).contains(TRICKY));

        try (H2Store h2 = H2Store.open(new DataFolder(dir.resolve("h2-again")), CLOCK)) {
            fill(h2, 3);
            restore(h2, fromPostgres, null);
            assertThat(rows(h2)).isEqualTo(onPostgres);
            long max = onPostgres.get("department").size();
            long id = h2.dsl().insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME).values("NEW2", "又一系部")
                    .returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
            assertThat(id).isGreaterThan(max);
        }
    }

    @Test
    void olderBackupsRestoreIntoPostgres() throws Exception {
        // format 1 (H2's SCRIPT, up to release 0.1) and format 3 (an encrypted folder's)
        Path legacy = dir.resolve("legacy.zip");
        Path sealed;
        Map<String, List<List<Object>>> original;
        char[] password = "备份 pw-1".toCharArray();
        DataFolder encrypted = new DataFolder(dir.resolve("encrypted"));
        java.nio.file.Files.createDirectories(encrypted.path());
        KeyRing.Created keys = KeyRing.create(encrypted.path(), "admin", password, CLOCK);
        try (H2Store h2 = H2Store.open(encrypted, CLOCK, keys.key())) {
            fill(h2, 15);
            original = rows(h2);
            BackupFixtures.writeLegacy(h2, legacy);
            sealed = h2.backups().backupTo(dir.resolve("sealed.zip")).file();
        }
        assertThat(Backups.isEncrypted(sealed)).isTrue();
        try (ServerStore pg = TestStores.openPostgres(dir.resolve("pg"), CLOCK)) {
            restore(pg, legacy, null);
            assertThat(rows(pg)).isEqualTo(original);
            newRowsGetFreshIds(pg);
            restore(pg, sealed, BackupUnlock.password("admin", password));
            assertThat(rows(pg)).isEqualTo(original);
            newRowsGetFreshIds(pg);
            assertThat(KeyRing.exists(pg.folder().path())).as("a server takes no key ring").isFalse();
        }
    }

    @Test
    void aBackupOfAnOlderSchemaIsMigratedBeforeItReachesPostgres() throws Exception {
        DataFolder old = new DataFolder(dir.resolve("old"));
        Path script = dir.resolve("fixture.sql");
        try (java.io.InputStream in = getClass().getResourceAsStream(SchemaFixtures.resource("1"))) {
            java.nio.file.Files.copy(in, script);
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + old.databaseBase().toAbsolutePath(),
                H2Store.USER, ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
        }
        Path backup;
        try (H2Store db = H2Store.open(old)) {
            backup = db.backups().list().get(0).file();
        }
        assertThat(BackupFile.readInfo(backup).schemaVersion()).isEqualTo("1");
        try (ServerStore pg = TestStores.openPostgres(dir.resolve("pg"), CLOCK)) {
            fill(pg, 5);
            restore(pg, backup, null);
            assertThat(pg.schemaVersion()).isEqualTo(Migrations.latest().getVersion());
            assertThat(pg.dsl().fetchValue(org.jooq.impl.DSL.select(COUNSELOR.NAME).from(COUNSELOR)
                    .where(COUNSELOR.ID.eq(1L)))).isEqualTo("阿依古丽·买买提");
            assertThat(rows(pg).get("roster_event")).hasSize(5);
            assertThat(rows(pg).get("policy_value")).as("seeded by the later migrations").isNotEmpty();
            newRowsGetFreshIds(pg);
        }
    }
}
