package cn.huyang.db;

import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL store on a real (embedded) PostgreSQL 15: opening, migrating, refusing, connections. */
class ServerStoreTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseIsMigratedByTheSameScriptsAndQueriedInLowerCase() throws Exception {
        String url = TestStores.emptyDatabase();
        try (ServerStore store = ServerStore.open(url, TestStores.USER, TestStores.PASSWORD,
                new DataFolder(dir.resolve("local")), CLOCK)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest().getVersion());
            assertThat(store.location()).isEqualTo(url);
            assertThat(store.folder().path()).isDirectory();
            long id = store.dsl().insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME).values("JSJ", "计算机系")
                    .returningResult(DEPARTMENT.ID).fetchOne(DEPARTMENT.ID);
            assertThat(store.dsl().render(store.dsl().selectFrom(DEPARTMENT))).contains("department.code")
                    .doesNotContain("\"");
            assertThat(store.dsl().fetchOne(DEPARTMENT, DEPARTMENT.ID.eq(id)).getName()).isEqualTo("计算机系");
            try (Connection c = DriverManager.getConnection(url, TestStores.USER, TestStores.PASSWORD);
                 Statement st = c.createStatement()) {
                var rs = st.executeQuery("select count(*) from flyway_schema_history where success");
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Migrations.shipped().size());
            }
        }
    }

    @Test
    void anImportOnTheServerLeavesNoCopyOfTheServerOnThisPc() throws Exception {
        Path local = dir.resolve("pc");
        try (ServerStore store = ServerStore.open(TestStores.emptyDatabase(), TestStores.USER, TestStores.PASSWORD,
                new DataFolder(local), CLOCK)) {
            assertThat(store.backups().beforeBulkImport()).isEmpty();
        }
        assertThat(local.resolve(Backups.FOLDER)).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.list(p)).isEmpty());
    }

    @Test
    void aSchemaOfANewerProgramIsRefusedUntouched() throws Exception {
        String url = TestStores.emptyDatabase();
        ServerStore.open(url, TestStores.USER, TestStores.PASSWORD, new DataFolder(dir.resolve("a")), CLOCK).close();
        try (Connection c = DriverManager.getConnection(url, TestStores.USER, TestStores.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " installed_by, execution_time, success) values (999, '999', 'future', 'SQL', 'V999__future.sql',"
                    + " 'x', 1, true)");
        }
        SchemaTooNewException e = (SchemaTooNewException) org.assertj.core.api.Assertions.catchThrowable(() ->
                ServerStore.open(url, TestStores.USER, TestStores.PASSWORD, new DataFolder(dir.resolve("b")), CLOCK));
        assertThat(e).isNotNull();
        assertThat(e.onServer()).isTrue();
        assertThat(e.location()).isEqualTo(url);
        assertThat(e.databaseVersion()).isEqualTo("999");
        assertThat(BackupTexts.schemaTooNew(e, Messages.forLanguage("zh"))).contains("服务器", url, "999");
        try (Connection c = DriverManager.getConnection(url, TestStores.USER, TestStores.PASSWORD);
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("select count(*) from flyway_schema_history");
            rs.next();
            assertThat(rs.getInt(1)).as("nothing ran").isEqualTo(Migrations.shipped().size() + 1);
        }
        assertThat(dir.resolve("b").resolve(Backups.FOLDER)).doesNotExist();
    }

    @Test
    void anOlderSchemaIsBackedUpIntoTheLocalFolderBeforeItIsMigrated() throws Exception {
        String url = TestStores.emptyDatabase();
        Migrations.flyway(url, TestStores.USER, TestStores.PASSWORD).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestStores.USER, TestStores.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("insert into department (code, name) values ('JSJ', '计算机系')");
        }
        DataFolder local = new DataFolder(dir.resolve("local"));
        try (ServerStore store = ServerStore.open(url, TestStores.USER, TestStores.PASSWORD, local, CLOCK)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest().getVersion());
            List<BackupInfo> backups = store.backups().list();
            assertThat(backups).hasSize(1);
            assertThat(backups.get(0).kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
            assertThat(backups.get(0).schemaVersion()).isEqualTo("1");
            assertThat(backups.get(0).tableCounts()).containsEntry("DEPARTMENT", 1L);
            assertThat(backups.get(0).file().getParent()).isEqualTo(Backups.folder(local));
        }
    }

    @Test
    void aKilledRestoresScratchIsRemovedWhenOldButNotWhileAnotherProgramMayUseIt() throws Exception {
        Path backups = dir.resolve("local").resolve(Backups.FOLDER);
        Path old = Files.createDirectories(backups.resolve(Backups.RESTORE_PREFIX + "1"));
        Files.writeString(old.resolve("huyang.mv.db"), "a copy of the data");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(7))));
        Path fresh = Files.createDirectories(backups.resolve(Backups.RESTORE_PREFIX + "2"));
        TestStores.openPostgres(dir.resolve("local"), CLOCK).close();
        assertThat(old).doesNotExist();
        assertThat(fresh).isDirectory();
    }

    @Test
    void anUnreachableServerOrAMissingDatabaseIsAClearFailure() {
        assertThatThrownBy(() -> ServerStore.open("jdbc:postgresql://127.0.0.1:1/huyang", "huyang", "x",
                new DataFolder(dir.resolve("a")), CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("127.0.0.1:1/huyang");
        String missing = TestStores.url("no_such_database");
        assertThatThrownBy(() -> ServerStore.open(missing + "?password=geheim", TestStores.USER, TestStores.PASSWORD,
                new DataFolder(dir.resolve("b")), CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(missing)
                .hasMessageContaining("3D000").hasMessageNotContaining("geheim");
    }

    @Test
    void theLocationNeverShowsThePassword() {
        assertThat(ServerStore.withoutPassword("jdbc:postgresql://db.example:5432/huyang?sslmode=verify-full"))
                .isEqualTo("jdbc:postgresql://db.example:5432/huyang?sslmode=verify-full");
        assertThat(ServerStore.withoutPassword("jdbc:postgresql://db:5432/huyang?user=u&password=s3cret&sslmode=require"))
                .isEqualTo("jdbc:postgresql://db:5432/huyang?user=u&sslmode=require");
        assertThat(ServerStore.withoutPassword("jdbc:postgresql://db/huyang?PASSWORD=s3cret"))
                .isEqualTo("jdbc:postgresql://db/huyang");
        assertThat(ServerStore.withoutPassword("jdbc:postgresql://u:s3cret@db/huyang")).doesNotContain("s3cret");
    }

    @Test
    void aServerOlderThan14IsRefusedInPlainWords() {
        ServerTooOldException e = new ServerTooOldException("jdbc:postgresql://old/huyang", "13.14");
        assertThat(e.render(Messages.forLanguage("zh"))).contains("13.14", "14");
        assertThatThrownBy(() -> ServerStore.requireSupported(13, "13.14", "jdbc:postgresql://old/huyang"))
                .isInstanceOf(ServerTooOldException.class);
        ServerStore.requireSupported(14, "14.0", "jdbc:postgresql://new/huyang");
    }

    @Test
    void twelveThreadsShareAtMostEightConnections() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        try (Store store = TestStores.openPostgres(dir.resolve("local"), CLOCK)) {
            ExecutorService pool = Executors.newFixedThreadPool(12);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 36; i++) {
                    int n = i;
                    done.add(pool.submit(() -> store.transactor().inTransaction(() -> {
                        store.dsl().insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME)
                                .values("D" + n, "系部" + n).execute(); // the transaction holds its connection now
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        store.dsl().execute("select pg_sleep(0.1)");
                        inside.decrementAndGet();
                    })));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            assertThat(store.dsl().fetchCount(DEPARTMENT)).isEqualTo(36);
        }
        assertThat(most.get()).as("transactions at once").isBetween(2, ServerStore.MAX_CONNECTIONS);
    }
}
