package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Progress;
import cn.huyang.db.jooq.Sequences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stable identity (V19, issue 20) in the stores: the migration back-fills existing rows on H2 and on
 * PostgreSQL; uids, change_seq and tombstones survive a backup and restore and a copy onto a server, and
 * the sequence continues above the highest change_seq; an old backup gets uids through the migration.
 */
class StableIdentityStoreTest {
    @TempDir
    Path dir;

    private static final String[] SEED = {
        "insert into department (code, name) values ('JSJ', '计算机系')",
        "insert into counselor (name, gender, birth_date, id_number, department_id, post_type, entry_date, status)"
                + " values ('甲', 'MALE', date '1990-01-01', '110101199001010011', 1, 'FULL_TIME', date '2019-09-01', 'ACTIVE')",
        "insert into counselor (name, gender, birth_date, id_number, department_id, post_type, entry_date, status)"
                + " values ('乙', 'FEMALE', date '1991-01-01', '110101199101010022', 1, 'FULL_TIME', date '2019-09-01', 'ACTIVE')",
        "insert into roster_event (counselor_id, kind, event_date) values (1, 'REGISTER', date '2019-09-01')",
        "insert into roster_event (counselor_id, kind, event_date) values (2, 'REGISTER', date '2019-09-01')",
    };

    @Test
    void theMigrationBackFillsDistinctUidsOnH2() throws Exception {
        backFills("jdbc:h2:mem:identity-backfill;DB_CLOSE_DELAY=-1", H2Store.USER, "");
    }

    @Test
    void theMigrationBackFillsDistinctUidsOnPostgres() throws Exception {
        backFills(TestStores.emptyDatabase(), TestStores.USER, TestStores.PASSWORD);
    }

    private static void backFills(String url, String user, String password) throws Exception {
        Migrations.flyway(url, user, password).target("18").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            for (String sql : SEED) {
                st.execute(sql);
            }
        }
        Migrations.flyway(url, user, password).load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            for (String table : List.of("counselor", "roster_event")) {
                ResultSet rs = st.executeQuery("select count(*), count(distinct uid), count(distinct change_seq),"
                        + " min(changed_by), max(changed_by), min(row_version) from " + table);
                rs.next();
                assertThat(rs.getInt(1)).as(table).isEqualTo(2);
                assertThat(rs.getInt(2)).as(table + " uids").isEqualTo(2);
                assertThat(rs.getInt(3)).as(table + " change_seq").isEqualTo(2);
                assertThat(rs.getString(4)).isEqualTo("system").isEqualTo(rs.getString(5));
                assertThat(rs.getInt(6)).isZero();
            }
            ResultSet rs = st.executeQuery("select max(change_seq) from roster_event");
            rs.next();
            long max = rs.getLong(1);
            assertThat(max).isEqualTo(4); // counselors first, then their events
        }
    }

    @Test
    void aBackupRestoresUidsChangeSeqAndTombstonesAndTheSequenceContinuesAbove() throws Exception {
        Path file = dir.resolve("备份.zip");
        Map<String, List<String>> before;
        long max;
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            BackupsTest.fill(db, 6);
            db.dsl().execute("insert into tombstone (uid, entity, content, deleted_at, deleted_by, change_seq)"
                    + " values (?, 'promotion', '{}', current_timestamp, 'admin', ?)", java.util.UUID.randomUUID(),
                    db.dsl().nextval(Sequences.CHANGE_SEQ));
            before = identities(db);
            max = maxChangeSeq(db);
            db.backups().backupTo(file);
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            try (StagedRestore staged = db.backups().prepareRestore(file)) {
                db.backups().restore(staged);
            }
            assertThat(identities(db)).isEqualTo(before);
            assertThat(maxChangeSeq(db)).isEqualTo(max);
            assertThat(db.dsl().nextval(Sequences.CHANGE_SEQ)).isGreaterThan(max);
        }
    }

    @Test
    void aCopyOntoTheServerKeepsTheIdentitiesAndTheSequenceContinuesAbove() throws Exception {
        try (H2Store local = H2Store.open(new DataFolder(dir.resolve("local")));
             ServerStore server = TestStores.openPostgres(dir.resolve("server"), Clock.systemDefaultZone())) {
            BackupsTest.fill(local, 5);
            StoreCopy.copy(local, server, Progress.NONE, () -> { });
            assertThat(identities(server)).isEqualTo(identities(local));
            assertThat(server.dsl().nextval(Sequences.CHANGE_SEQ)).isGreaterThan(maxChangeSeq(local));
        }
    }

    @Test
    void aBackupOfSchemaOneGetsUidsThroughTheMigration() throws Exception {
        DataFolder old = new DataFolder(dir.resolve("old"));
        Path script = dir.resolve("fixture.sql");
        try (java.io.InputStream in = getClass().getResourceAsStream(SchemaFixtures.resource("1"))) {
            Files.copy(in, script);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + old.databaseBase().toAbsolutePath(),
                H2Store.USER, ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
        }
        Path backup;
        try (H2Store db = H2Store.open(old)) {
            backup = db.backups().list().get(0).file();
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("new")))) {
            try (StagedRestore staged = db.backups().prepareRestore(backup)) {
                db.backups().restore(staged);
            }
            int rows = db.dsl().fetchCount(db.dsl().selectFrom("counselor"));
            assertThat(rows).isPositive();
            assertThat(((Number) db.dsl().fetchValue("select count(distinct uid) from counselor")).intValue()).isEqualTo(rows);
            assertThat(db.dsl().nextval(Sequences.CHANGE_SEQ)).isGreaterThan(maxChangeSeq(db));
        }
    }

    /** Each travelling table's rows as "uid change_seq", sorted; and the tombstones. */
    private static Map<String, List<String>> identities(Store db) {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> tables = new ArrayList<>(Stamps.TRAVELLING);
        tables.add("tombstone");
        for (String t : tables) {
            List<String> rows = new ArrayList<>(db.dsl().fetch("select uid, change_seq from " + t)
                    .map(r -> r.get(0) + " " + r.get(1)));
            java.util.Collections.sort(rows);
            out.put(t, rows);
        }
        return out;
    }

    private static long maxChangeSeq(Store db) {
        long max = 0;
        List<String> tables = new ArrayList<>(Stamps.TRAVELLING);
        tables.add("tombstone");
        for (String t : tables) {
            Object v = db.dsl().fetchValue("select max(change_seq) from " + t);
            Long m = v == null ? null : ((Number) v).longValue();
            max = Math.max(max, m == null ? 0 : m);
        }
        return max;
    }
}
