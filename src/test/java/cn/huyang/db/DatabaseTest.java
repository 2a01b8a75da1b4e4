package cn.huyang.db;

import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file database of a data folder, its lock and its Flyway migrations. */
class DatabaseTest {
    @TempDir
    Path dir;

    private static void addDepartment(H2Store db, String code, String name) {
        db.dsl().insertInto(DEPARTMENT).set(DEPARTMENT.CODE, code).set(DEPARTMENT.NAME, name).execute();
    }

    /**
     * While open, every commit's chunk is appended (REUSE_SPACE=FALSE, see H2Store.OPTIONS): the file
     * grows with the commits; closing gives the space back, and a second session does not keep it.
     */
    @Test
    void theSpaceCommitsAppendIsGivenBackWhenTheDatabaseCloses() throws IOException {
        DataFolder folder = new DataFolder(dir.resolve("Huyang"));
        Path file = folder.databaseFile();
        long grown = 0;
        long afterFirst = 0;
        for (int session = 0; session < 2; session++) {
            try (H2Store db = H2Store.open(folder)) {
                long opened = Files.size(file);
                for (int i = 0; i < 300; i++) {
                    int n = session * 1000 + i;
                    db.transactor().inTransaction(() -> addDepartment(db, "K" + n, "系部" + n));
                }
                grown = Files.size(file) - opened;
            }
            if (session == 0) {
                afterFirst = Files.size(file);
            }
        }
        assertThat(grown).as("300 commits appended their chunks").isGreaterThan(300 * 4096L);
        assertThat(Files.size(file)).as("after the second session").isLessThan(afterFirst + grown / 2);
    }

    @Test
    void openCreatesTheFolderTheFileAndTheSchema() {
        Path folder = dir.resolve("nested").resolve("Huyang");
        try (H2Store db = H2Store.open(new DataFolder(folder))) {
            assertThat(db.folder().path()).isEqualTo(folder);
            assertThat(folder.resolve("huyang.mv.db")).exists();
            assertThat(folder.resolve("huyang.lock")).exists();
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isZero();
            assertThat(db.dsl().fetchValue("select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\""))
                    .isEqualTo(1L);
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedAndTheFirstKeepsWorking() {
        DataFolder folder = new DataFolder(dir);
        try (H2Store first = H2Store.open(folder)) {
            addDepartment(first, "JSJ", "计算机系");

            assertThatThrownBy(() -> H2Store.open(folder))
                    .isInstanceOf(DatabaseInUseException.class)
                    .satisfies(e -> assertThat(((DatabaseInUseException) e).folder()).isEqualTo(dir));

            addDepartment(first, "JD", "机电系");
            assertThat(first.dsl().fetchCount(DEPARTMENT)).isEqualTo(2);
        }
        try (H2Store again = H2Store.open(folder)) {
            assertThat(again.dsl().fetchCount(DEPARTMENT)).isEqualTo(2);
        }
    }

    @Test
    void aRefusedSecondOpenDoesNotReleaseTheFirstOnesLockForOtherProcesses() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (H2Store first = H2Store.open(folder)) {
            assertThat(probeLock(folder.lockFile())).isEqualTo("HELD");
            assertThatThrownBy(() -> H2Store.open(folder)).isInstanceOf(DatabaseInUseException.class);
            assertThat(probeLock(folder.lockFile())).isEqualTo("HELD");
        }
        assertThat(probeLock(folder.lockFile())).isEqualTo("FREE");
    }

    @Test
    void reopeningAfterCloseKeepsTheData() {
        DataFolder folder = new DataFolder(dir);
        Object migrations;
        try (H2Store db = H2Store.open(folder)) {
            addDepartment(db, "JSJ", "计算机系");
            migrations = db.dsl().fetchValue("select count(*) from \"flyway_schema_history\"");
        }
        try (H2Store db = H2Store.open(folder)) {
            assertThat(db.dsl().select(DEPARTMENT.NAME).from(DEPARTMENT).fetch(DEPARTMENT.NAME))
                    .containsExactly("计算机系");
            // migrations are not applied twice
            assertThat(db.dsl().fetchValue("select count(*) from \"flyway_schema_history\"")).isEqualTo(migrations);
        }
    }

    @Test
    void aFailedTransactionRollsEverythingBack() {
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            Transactor tx = db.transactor();
            assertThatThrownBy(() -> tx.inTransaction(() -> {
                addDepartment(db, "JSJ", "计算机系");
                addDepartment(db, "JSJ", "重复代码"); // unique code
            })).isInstanceOf(RuntimeException.class);
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isZero();
        }
    }

    /** Asks another JVM whether it can take the lock file. */
    private static String probeLock(Path lockFile) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), lockFile.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }

    /** A first start killed during its migration leaves a half-made database under another name: it is made again. */
    @Test
    void aFirstStartKilledDuringItsMigrationStartsOverCleanly() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("fresh"));
        Files.createDirectories(folder.path());
        Path half = folder.databaseBase().resolveSibling(folder.databaseBase().getFileName() + "-new");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + half.toAbsolutePath(),
                H2Store.USER, ""); java.sql.Statement st = c.createStatement()) {
            st.execute("create table promotion (id bigint)"); // as if killed in the middle of V4
        }
        assertThat(Files.exists(folder.databaseFile())).isFalse();
        try (H2Store db = H2Store.open(folder)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest().getVersion());
            assertThat(db.dsl().fetchCount(DEPARTMENT)).isZero();
        }
        assertThat(Files.exists(half.resolveSibling(half.getFileName() + ".mv.db"))).isFalse();
        try (H2Store again = H2Store.open(folder)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latest().getVersion());
        }
    }
}
