package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command's log goes to its data folder's {@code logs/}, owner-only — in a fresh process, where
 * the log is set up once: nothing may open it before it knows the folder.
 */
class LogLocationTest {
    @TempDir
    Path dir;

    @Test
    void aCommandLogsIntoItsDataFolderOwnerOnly() throws Exception {
        Path data = dir.resolve("数据");
        Files.createDirectories(dir.resolve("tmp"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + dir.resolve("tmp"), "cn.huyang.Launcher", "--data-dir", data.toString(),
                "--user", "admin", "demo", "--counselors", "3"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("HUYANG_PASSWORD", TestFolders.PASSWORD);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        Path log = data.resolve("logs").resolve("huyang.log");
        assertThat(Files.readString(log)).contains("Opened");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(dir.resolve("tmp").resolve("huyang-logs")).doesNotExist();
    }
}
