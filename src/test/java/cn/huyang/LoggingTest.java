package cn.huyang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import cn.huyang.db.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log folder is made owner-only before the log, and old log files are made owner-only. */
class LoggingTest {
    @TempDir
    Path dir;

    @Test
    void theLogFolderIsOwnerOnly() throws Exception {
        assumeThat(dir.getFileSystem().supportedFileAttributeViews()).contains("posix");
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Path old = Files.createDirectories(folder.logs()).resolve("huyang.2026-11-01.0.log");
        Files.writeString(old, "x");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(folder.logs(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Logging.secure(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.logs()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-------");

        DataFolder fresh = new DataFolder(dir.resolve("fresh"));
        Logging.secure(fresh);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.path()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.logs()))).isEqualTo("rwx------");
    }
}
