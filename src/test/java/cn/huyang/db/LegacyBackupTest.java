package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.huyang.common.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Backups of format 1 (H2's SCRIPT, up to release 0.1): good ones still restore, read by the strict
 * parser; a crafted one never runs anything.
 */
class LegacyBackupTest {
    @TempDir
    Path dir;

    private static final String MARKER = "MARKER";

    /** A Java alias that runs a command, and its call: what a crafted format-1 backup did. */
    static String alias(Path marker) {
        return "CREATE ALIAS PWN AS 'String pwn(String f) throws Exception {"
                + " Runtime.getRuntime().exec(new String[] {\"touch\", f}).waitFor(); return f; }';\n"
                + "CALL PWN('" + marker.toAbsolutePath() + "');\n";
    }

    @Test
    void theFormatOneFixtureWrittenByTheOldProgramRestores() throws Exception {
        Path fixture = dir.resolve("old.zip");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/backup-v1.zip")) {
            Files.copy(in, fixture);
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            BackupsTest.fill(db, 2);
            try (StagedRestore staged = db.backups().prepareRestore(fixture)) {
                assertThat(staged.info().counselors()).isEqualTo(6);
                db.backups().restore(staged);
            }
            // the fixture's rows, and what the later migrations seed into the tables it predates
            java.util.Map<String, Long> expected = new java.util.TreeMap<>(
                    Catalog.seeded(Migrations.latest().getVersion()));
            expected.putAll(BackupFile.readInfo(fixture).tableCounts());
            assertThat(BackupsTest.counts(db)).isEqualTo(expected);
            assertThat(db.dsl().fetchValue("select note from counselor where id = 1"))
                    .isEqualTo("It's a \"note\"; with \n newline and \\ backslash 𝄞");
            assertThat(db.dsl().fetchValue("select name from counselor where id = 1")).isEqualTo("艾力·买买提");
            // identities continue after the restored rows
            long next = ((Number) db.dsl().fetchValue("select max(id) + 1 from counselor")).longValue();
            db.dsl().execute("insert into department (code, name) values ('NEW', '新系部')");
            assertThat(((Number) db.dsl().fetchValue("select max(id) from department")).longValue()).isGreaterThan(4L);
            assertThat(next).isEqualTo(7);
        }
    }

    @Test
    void aFormatOneBackupOfTheDemoDataRestoresRowForRow() throws Exception {
        Path file = dir.resolve("v1.zip");
        Map<String, List<Map<String, Object>>> original;
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            BackupsTest.fill(db, 25);
            BackupFixtures.writeLegacy(db, file);
            try (Connection c = db.connection()) {
                original = BackupRoundTripTest.rows(c);
            }
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            try (StagedRestore staged = db.backups().prepareRestore(file)) {
                db.backups().restore(staged);
            }
            try (Connection c = db.connection()) {
                assertThat(BackupRoundTripTest.rows(c)).isEqualTo(original);
            }
        }
    }

    @Test
    void theCraftedAliasWouldRunWhenExecutedAndIsRefusedUnrunByRestore() throws Exception {
        assumeThat(Path.of("/usr/bin/touch")).exists();
        Path good = dir.resolve("good.zip");
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            BackupsTest.fill(db, 3);
            BackupFixtures.writeLegacy(db, good);
        }
        Path marker = dir.resolve(MARKER);
        Path crafted = BackupFixtures.withEntry(good, dir.resolve("crafted.zip"), BackupFile.SCRIPT,
                sql -> sql + alias(marker));

        // the payload is live: the old restore (RUNSCRIPT) would have run the command
        Path proof = dir.resolve("proof");
        Path script = Files.writeString(dir.resolve("payload.sql"), alias(proof));
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:payload", "sa", "");
             Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "'");
        }
        assertThat(proof).exists();

        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            BackupsTest.fill(db, 4);
            Map<String, Long> before = BackupsTest.counts(db);
            assertThatThrownBy(() -> db.backups().prepareRestore(crafted)).isInstanceOfSatisfying(BackupException.class, e -> {
                assertThat(e.problem()).isEqualTo(BackupException.Problem.UNSAFE);
                assertThat(BackupTexts.problem(e, Messages.forLanguage("zh"))).contains("crafted.zip")
                        .contains("没有执行").contains("数据没有改动").doesNotContain("Exception");
            });
            assertThat(marker).doesNotExist();
            assertThat(BackupsTest.counts(db)).isEqualTo(before);
            BackupsTest.assertNoScratchLeft(db);
        }
        assertThat(marker).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CALL FILE_WRITE(STRINGTOUTF8('x'), '@MARKER');",
            "SELECT FILE_WRITE(STRINGTOUTF8('x'), '@MARKER');",
            "CALL CSVWRITE('@MARKER', 'SELECT * FROM COUNSELOR');",
            "RUNSCRIPT FROM '@MARKER';",
            "CREATE LINKED TABLE \"PUBLIC\".\"L\"('org.h2.Driver', 'jdbc:h2:@MARKER', 'sa', '', 'T');",
            "LINK_SCHEMA('X', '', 'jdbc:h2:@MARKER', 'sa', '', 'PUBLIC');",
            "INSERT INTO \"PUBLIC\".\"DEPARTMENT\" VALUES (99, FILE_WRITE(STRINGTOUTF8('x'), '@MARKER'), 'n', 1, TRUE);",
            "INSERT INTO \"PUBLIC\".\"DEPARTMENT\" VALUES (99, 'X' || CSVWRITE('@MARKER', 'SELECT 1'), 'n', 1, TRUE);",
            "INSERT INTO \"PUBLIC\".\"DEPARTMENT\" VALUES (99, (SELECT 'x'), 'n', 1, TRUE);",
            "INSERT INTO \"PUBLIC\".\"EVIL\" VALUES (1, '@MARKER');",
            "INSERT INTO \"PUBLIC\".\"DEPARTMENT\"(\"ID\", \"EVIL\") VALUES (99, '@MARKER');",
            "INSERT INTO \"INFORMATION_SCHEMA\".\"USERS\" VALUES ('@MARKER');",
            "SET BUILTIN_ALIAS_OVERRIDE TRUE;",
            "SET MODE MySQL;",
            "CREATE TRIGGER T BEFORE INSERT ON \"PUBLIC\".\"DEPARTMENT\" CALL 'org.evil.Trigger';",
            "CREATE TABLE \"PUBLIC\".\"EVIL\"(\"X\" INT);",
            "DROP TABLE \"PUBLIC\".\"COUNSELOR\";",
            "/* hidden */ CALL 1;",
            "UPDATE \"PUBLIC\".\"COUNSELOR\" SET \"NOTE\" = '@MARKER';"})
    void everyOtherStatementRefusesTheWholeFile(String statement) throws Exception {
        Path good = dir.resolve("good.zip");
        try (InputStream in = getClass().getResourceAsStream("/db/fixtures/backup-v1.zip")) {
            Files.copy(in, good);
        }
        Path marker = dir.resolve(MARKER);
        String line = statement.replace("@MARKER", marker.toAbsolutePath().toString());
        // at the start, before any rows, and at the end
        Path atEnd = BackupFixtures.withEntry(good, dir.resolve("end.zip"), BackupFile.SCRIPT, sql -> sql + line + "\n");
        Path atStart = BackupFixtures.withEntry(good, dir.resolve("start.zip"), BackupFile.SCRIPT,
                sql -> line + "\n" + sql);
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            BackupsTest.fill(db, 3);
            Map<String, Long> before = BackupsTest.counts(db);
            for (Path crafted : List.of(atEnd, atStart)) {
                assertThatThrownBy(() -> db.backups().prepareRestore(crafted)).as(statement)
                        .isInstanceOfSatisfying(BackupException.class,
                                e -> assertThat(e.problem()).isEqualTo(BackupException.Problem.UNSAFE));
            }
            assertThat(BackupsTest.counts(db)).isEqualTo(before);
            BackupsTest.assertNoScratchLeft(db);
        }
        assertThat(marker).doesNotExist();
    }
}
