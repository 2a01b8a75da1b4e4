package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder is its owner's alone, and what a killed program left behind is cleared at the next open. */
class DataFolderSecurityTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeThat(OwnerOnly.posix(dir)).as("a file system with POSIX permissions").isTrue();
    }

    static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    static void assertOwnerOnly(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                assertThat(mode(p)).as(root.relativize(p).toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    @Test
    void aNewFolderAndEverythingMadeInItIsOwnerOnly() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("new"));
        try (H2Store db = H2Store.open(folder)) {
            BackupsTest.fill(db, 3);
            db.backups().backupNow(BackupKind.MANUAL);
            assertThat(mode(folder.lockFile())).isEqualTo("rw-------");
            assertThat(mode(folder.databaseFile())).isEqualTo("rw-------");
            Path manual = db.backups().backupTo(dir.resolve("elsewhere").resolve("my.zip")).file();
            assertThat(mode(manual)).isEqualTo("rw-------");
            assertThat(mode(manual.getParent())).isEqualTo("rwx------");
            try (StagedRestore staged = db.backups().prepareRestore(manual)) {
                Path scratch = staged.databaseFile().getParent();
                assertThat(mode(scratch)).isEqualTo("rwx------");
                db.backups().restore(staged);
            }
            assertThat(mode(folder.databaseFile())).isEqualTo("rw-------");
        }
        try (H2Store db = H2Store.open(folder)) {
            assertOwnerOnly(folder.path());
        }
    }

    @Test
    void anOlderFolderReadableByOthersIsFixedAndLeftoversOfAKilledRestoreAreRemoved() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("old"));
        Path backup;
        try (H2Store db = H2Store.open(folder)) {
            BackupsTest.fill(db, 2);
            backup = db.backups().backupNow(BackupKind.DAILY).file();
        }
        // as an older version left it: world-readable, with a killed restore's full copy of the data
        Path backups = Backups.folder(folder);
        Path scratch = Files.createDirectories(backups.resolve(".restore-123456"));
        Files.copy(folder.databaseFile(), scratch.resolve("huyang.mv.db"));
        Path halfWritten = Files.write(backups.resolve(".huyang-20261130-120000-daily.zip.tmp"), new byte[]{'P', 'K'});
        Files.setLastModifiedTime(halfWritten, FileTime.from(Instant.now())); // fresh: still removed
        Path log = Files.createDirectories(folder.logs()).resolve("huyang.log");
        Files.writeString(log, "log\n");
        for (Path p : new Path[]{folder.path(), backups, scratch, folder.logs()}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path p : new Path[]{folder.databaseFile(), backup, log, folder.lockFile(), scratch.resolve("huyang.mv.db")}) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }

        try (H2Store db = H2Store.open(folder)) {
            assertThat(scratch).doesNotExist();
            assertThat(halfWritten).doesNotExist();
            assertThat(backup).exists();
            assertOwnerOnly(folder.path());
            assertThat(db.backups().list()).hasSize(1);
        }
    }

    @Test
    void aRestoreKilledBetweenTheTwoRenamesGetsTheDatabaseBack() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("swap"));
        long counselors;
        try (H2Store db = H2Store.open(folder)) {
            BackupsTest.fill(db, 4);
            counselors = BackupsTest.counts(db).get("COUNSELOR");
        }
        Path aside = folder.databaseFile().resolveSibling("huyang.mv.db.replaced");
        Files.move(folder.databaseFile(), aside);
        try (H2Store db = H2Store.open(folder)) {
            assertThat(BackupsTest.counts(db).get("COUNSELOR")).isEqualTo(counselors);
        }
        assertThat(aside).doesNotExist();
    }
}
