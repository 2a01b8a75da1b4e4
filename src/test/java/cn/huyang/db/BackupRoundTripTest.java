package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 2: the demo data backed up and restored is the same, table by table and row by row. */
class BackupRoundTripTest {
    @TempDir
    Path dir;

    /** Every row of every table but the schema history, ordered by all its columns. */
    static Map<String, List<Map<String, Object>>> rows(Connection c) throws Exception {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (String table : BackupFile.tableCounts(c).keySet()) {
            int columns;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + table + "\" where 1 = 0")) {
                columns = rs.getMetaData().getColumnCount();
            }
            String order = IntStream.rangeClosed(1, columns).mapToObj(String::valueOf).collect(Collectors.joining(", "));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select * from \"" + table + "\" order by " + order)) {
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

    @Test
    void theDemoDataComesBackRowForRow() throws Exception {
        Path file = dir.resolve("全部.zip");
        Map<String, List<Map<String, Object>>> original;
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            BackupsTest.fill(db, 60);
            db.dsl().execute("update counselor set note = ? where id = 2",
                    "引号 \" 反斜杠 \\ 换行\n制表\t控制\u0001 𝄞 ' ; -- /* */");
            try (Connection c = db.connection()) {
                original = rows(c);
            }
            BackupInfo info = db.backups().backupTo(file);
            assertThat(info.tableCounts()).isEqualTo(BackupsTest.counts(db));
        }
        assertThat(original.values().stream().filter(r -> !r.isEmpty()).count())
                .as("the demo fills most tables").isGreaterThan(10);
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            BackupsTest.fill(db, 7);
            try (StagedRestore staged = db.backups().prepareRestore(file)) {
                db.backups().restore(staged);
            }
            try (Connection c = db.connection()) {
                Map<String, List<Map<String, Object>>> restored = rows(c);
                assertThat(restored.keySet()).isEqualTo(original.keySet());
                for (String table : original.keySet()) {
                    assertThat(restored.get(table)).as(table).isEqualTo(original.get(table));
                }
            }
            // new rows continue after the restored ids
            long max = ((Number) db.dsl().fetchValue("select max(id) from counselor")).longValue();
            db.dsl().execute("insert into department (code, name) values ('NEW', '新系部')");
            assertThat(((Number) db.dsl().fetchValue("select id from department where code = 'NEW'")).longValue())
                    .isEqualTo(((Number) db.dsl().fetchValue("select max(id) from department")).longValue());
            assertThat(max).isEqualTo(60);
        }
    }

    @Test
    void aBackupOfAnOlderSchemaLoadsAtItsVersionAndIsMigrated() throws Exception {
        // a database of schema 1 (the released fixture), opened by this build: backed up before migrating
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
        assertThat(BackupFile.readInfo(backup).tableCounts()).containsOnlyKeys(
                "DEPARTMENT", "DEPARTMENT_ENROLMENT", "COUNSELOR", "ROSTER_EVENT");
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("new")))) {
            try (StagedRestore staged = db.backups().prepareRestore(backup)) {
                assertThat(staged.info().schemaVersion()).isEqualTo("1");
                db.backups().restore(staged);
            }
            try (Connection c = db.connection()) {
                assertThat(BackupFile.appliedVersion(c)).isEqualTo(Migrations.latest().getVersion());
            }
            assertThat(db.dsl().fetchValue("select name from counselor where id = 1")).isEqualTo("阿依古丽·买买提");
            assertThat(BackupsTest.counts(db).get("ROSTER_EVENT")).isEqualTo(5);
        }
    }
}
