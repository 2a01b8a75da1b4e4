package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.demo.DemoDataGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups and restore against real H2 files. */
class BackupsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    static Clock at(String localDateTime) {
        return Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE);
    }

    static void fill(H2Store db, int counselors) {
        new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone()).demo()
                .generate(new DemoDataGenerator.Request(counselors, 2, 7), true, Progress.NONE);
    }

    static Map<String, Long> counts(H2Store db) {
        try (Connection c = db.connection()) {
            return BackupFile.tableCounts(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aManualBackupRestoresIntoAFreshFolderWithIdenticalCounts() throws IOException {
        Path file = dir.resolve("导出").resolve("我的备份.zip");
        Map<String, Long> original;
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            fill(db, 40);
            original = counts(db);
            BackupInfo info = db.backups().backupTo(file);
            assertThat(info.counselors()).isEqualTo(40);
            assertThat(info.tableCounts()).isEqualTo(original);
            assertThat(info.schemaVersion()).isEqualTo(Migrations.latest().getVersion());
            assertThat(info.kind()).isEqualTo(BackupKind.MANUAL);
        }
        assertThat(file).exists();
        assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString())).containsExactly("我的备份.zip");

        try (H2Store fresh = H2Store.open(new DataFolder(dir.resolve("b")))) {
            var departmentsBefore = fresh.dsl().fetchCount(cn.huyang.db.jooq.Tables.DEPARTMENT);
            assertThat(departmentsBefore).isZero();
            try (StagedRestore staged = fresh.backups().prepareRestore(file)) {
                assertThat(staged.info().counselors()).isEqualTo(40);
                assertThat(staged.info().tableCounts()).isEqualTo(original);
                fresh.backups().restore(staged);
            }
            // the same DSLContext reads the restored data
            assertThat(fresh.dsl().fetchCount(cn.huyang.db.jooq.Tables.COUNSELOR)).isEqualTo(40);
            assertThat(counts(fresh)).isEqualTo(original);
            // the replaced (empty) database was backed up first, the scratch folder is gone
            assertThat(Backups.automaticFiles(fresh.folder())).singleElement()
                    .satisfies(p -> assertThat(p.getFileName().toString()).endsWith("-before-restore.zip"));
            assertThat(Files.list(Backups.folder(fresh.folder())).filter(p -> p.getFileName().toString().startsWith(".")))
                    .isEmpty();
        }
        try (H2Store reopened = H2Store.open(new DataFolder(dir.resolve("b")))) {
            assertThat(counts(reopened)).isEqualTo(original);
        }
    }

    @Test
    void restoreOverExistingDataReplacesItAndKeepsTheOldInABackup() {
        Path file = dir.resolve("small.zip");
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            fill(db, 5);
            db.backups().backupTo(file);
        }
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            fill(db, 30);
            try (StagedRestore staged = db.backups().prepareRestore(file)) {
                BackupInfo before = db.backups().restore(staged);
                assertThat(before.counselors()).isEqualTo(30);
                assertThat(before.kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
            }
            assertThat(db.dsl().fetchCount(cn.huyang.db.jooq.Tables.COUNSELOR)).isEqualTo(5);
            // new writes go to the restored database
            fill(db, 3);
            assertThat(db.dsl().fetchCount(cn.huyang.db.jooq.Tables.COUNSELOR)).isEqualTo(8);
        }
    }

    @Test
    void refusesEmptyTruncatedCorruptForeignAndNewerFiles() throws IOException {
        Path good = dir.resolve("good.zip");
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            fill(db, 20);
            db.backups().backupTo(good);
        }
        byte[] bytes = Files.readAllBytes(good);

        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(dir.resolve("notes.zip"), "这不是备份文件");
        Path otherZip = dir.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path tampered = rewrite(good, dir.resolve("tampered.zip"), (name, data) ->
                name.equals(TableFile.entryName("department")) ? new String(data, StandardCharsets.UTF_8)
                        .replaceFirst("\\[1,", "[7,").getBytes(StandardCharsets.UTF_8) : data);
        Path newer = rewrite(good, dir.resolve("newer.zip"), (name, data) ->
                name.equals(BackupFile.MANIFEST) ? new String(data, StandardCharsets.ISO_8859_1)
                        .replaceFirst("schemaVersion=\\S+", "schemaVersion=999").getBytes(StandardCharsets.ISO_8859_1) : data);
        Path missing = dir.resolve("missing.zip");

        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("b")))) {
            fill(db, 2);
            Map<String, Long> before = counts(db);
            assertRefused(db, empty, BackupException.Problem.EMPTY);
            assertRefused(db, truncated, BackupException.Problem.TRUNCATED);
            assertRefused(db, text, BackupException.Problem.NOT_A_BACKUP);
            assertRefused(db, otherZip, BackupException.Problem.NOT_A_BACKUP);
            assertRefused(db, tampered, BackupException.Problem.CORRUPT);
            assertRefused(db, newer, BackupException.Problem.NEWER_SCHEMA);
            assertRefused(db, missing, BackupException.Problem.NOT_FOUND);
            // an actual database file is not a backup either
            assertRefused(db, db.folder().databaseFile(), BackupException.Problem.NOT_A_BACKUP);
            assertThat(counts(db)).isEqualTo(before);
            assertNoScratchLeft(db);
        }
    }

    static void assertNoScratchLeft(H2Store db) throws IOException {
        Path backups = Backups.folder(db.folder());
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                assertThat(files.filter(p -> p.getFileName().toString().startsWith(".restore"))).isEmpty();
            }
        }
    }

    private static void assertRefused(H2Store db, Path file, BackupException.Problem problem) {
        assertThatThrownBy(() -> db.backups().prepareRestore(file)).as(file.getFileName().toString())
                .isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(((BackupException) e).problem()).isEqualTo(problem));
    }

    interface EntryRewrite {
        byte[] apply(String name, byte[] data);
    }

    static Path rewrite(Path from, Path to, EntryRewrite change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data;
                try (InputStream s = in.getInputStream(e)) {
                    data = s.readAllBytes();
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(change.apply(e.getName(), data));
                z.closeEntry();
            }
        }
        return to;
    }

    @Test
    void theDaysFirstStartBacksUpOnceAndNotAnEmptyDatabase() {
        DataFolder folder = new DataFolder(dir);
        try (H2Store db = H2Store.open(folder, at("2026-11-28T08:00:00"))) {
            assertThat(db.backups().dailyIfDue()).isEmpty(); // nothing to back up yet
            fill(db, 3);
            assertThat(db.backups().dailyIfDue()).hasValueSatisfying(b -> assertThat(b.kind()).isEqualTo(BackupKind.DAILY));
            assertThat(db.backups().dailyIfDue()).isEmpty();
        }
        try (H2Store db = H2Store.open(folder, at("2026-11-28T17:00:00"))) {
            assertThat(db.backups().dailyIfDue()).isEmpty();
        }
        try (H2Store db = H2Store.open(folder, at("2026-11-29T07:30:00"))) {
            assertThat(db.backups().dailyIfDue()).isPresent();
            assertThat(db.backups().list()).extracting(BackupInfo::created)
                    .containsExactly(Instant.parse("2026-11-28T23:30:00Z"), Instant.parse("2026-11-28T00:00:00Z"));
        }
        assertThat(Backups.automaticFiles(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("huyang-20261129-073000-daily.zip", "huyang-20261128-080000-daily.zip");
    }

    @Test
    void keepsTheNewestConfiguredNumberAndIgnoresLeftoversOfACrashedWrite() throws IOException {
        DataFolder folder = new DataFolder(dir);
        Files.createDirectories(dir);
        Files.writeString(folder.settingsFile(), "lang=zh\nbackup.keep=3\n");
        Path leftover = Backups.folder(folder).resolve(".huyang-20200101-000000-daily.zip.tmp");
        Files.createDirectories(leftover.getParent());
        Files.write(leftover, new byte[]{'P', 'K', 3, 4, 1, 2});
        try (H2Store db = H2Store.open(folder, Clock.systemDefaultZone())) {
            fill(db, 2);
            for (int i = 0; i < 5; i++) {
                db.backups().beforeBulkImport();
            }
            assertThat(db.backups().list()).hasSize(3)
                    .allSatisfy(b -> assertThat(b.kind()).isEqualTo(BackupKind.BEFORE_IMPORT));
        }
        assertThat(Backups.automaticFiles(folder)).hasSize(3);
        assertThat(Backups.keep(folder)).isEqualTo(3);
    }

    @Test
    void aBackupIsPlainDataReadableWithoutTheProgram() throws IOException {
        Path file = dir.resolve("b.zip");
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("a")))) {
            fill(db, 1);
            db.backups().backupTo(file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("huyang.sql")).isNull();
            assertThat(zip.getEntry("backup.properties")).isNotNull();
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            zip.getInputStream(zip.getEntry("tables/counselor.jsonl")).transferTo(json);
            String[] lines = json.toString(StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("{\"table\":\"counselor\",\"columns\":[{\"name\":\"id\",\"type\":\"bigint\"}")
                    .contains("{\"name\":\"birth_date\",\"type\":\"date\"}");
            assertThat(lines[1]).startsWith("[1,\"").doesNotContainIgnoringCase("insert");
            assertThat(Collections.list(zip.entries())).extracting(ZipEntry::getName)
                    .noneMatch(n -> n.contains("flyway"));
        }
    }
}
