package cn.huyang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.cli.LauncherTest.Result;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.io.ImportOptions;
import cn.huyang.io.RosterImportPreview;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 2: a full disk ends every writing command with one plain sentence and exit code 5,
 * the data as before — never a hang. On a small tmpfs where the test may mount one (as root), and
 * with /dev/full (every write fails with "No space left on device") everywhere on Linux.
 */
class DiskFullTest {
    @TempDir
    static Path dir;
    static Path small;
    static boolean mounted;
    static Path roster;

    @BeforeAll
    static void prepare() throws Exception {
        Path big = dir.resolve("big");
        assertThat(LauncherTest.run("--data-dir", big.toString(), "demo", "--counselors", "200").exitCode()).isZero();
        roster = dir.resolve("roster.xlsx");
        assertThat(LauncherTest.run("--data-dir", big.toString(), "export", "roster", roster.toString(), "--full-id")
                .exitCode()).isZero();
        small = Files.createDirectories(dir.resolve("small"));
        if (!"root".equals(System.getProperty("user.name"))) {
            System.out.println("DiskFullTest: not root, no tmpfs mounted; the /dev/full test still runs");
            return;
        }
        try {
            // 32 MB: a new database's file passes ~20 MB while it is migrated (H2 never reuses space here;
            // V19's ALTER TABLEs append ~0.25 MB each) before it is compacted to ~0.2 MB
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", small.toString())
                    .redirectErrorStream(true).start();
            mounted = p.waitFor() == 0;
            if (!mounted) {
                System.out.println("DiskFullTest: mount refused: " + new String(p.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            System.out.println("DiskFullTest: cannot mount a tmpfs: " + e);
        }
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    private static void needsTmpfs() {
        Assumptions.assumeTrue(mounted, "needs a small tmpfs (root and mount): see the printed reason");
    }

    /** A fresh data folder on the small disk with 20 demo counselors (the first 20 of the roster file). */
    private static Path fresh(String name) {
        Path data = small.resolve(name);
        Result demo = LauncherTest.run("--data-dir", data.toString(), "demo", "--counselors", "20");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        return data;
    }

    /** Fills the small disk up to {@code keep} bytes free. */
    private static Path fill(long keep) throws IOException {
        Path filler = small.resolve("filler");
        Files.deleteIfExists(filler);
        long free = Files.getFileStore(small).getUsableSpace();
        try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
            byte[] block = new byte[4096];
            for (long written = 0; written < free - keep; written += block.length) {
                f.write(block);
            }
        } catch (IOException full) {
            // filled
        }
        return filler;
    }

    private static String dump(Path data) {
        return HostileImportTest.dump(data);
    }

    private static void diskFull(Result r) {
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(5);
        assertThat(r.err()).startsWith("磁盘空间不足").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @Timeout(300)
    void everyWritingCommandOnAFullDiskSaysSoAndChangesNothing() throws Exception {
        needsTmpfs();
        Path data = fresh("cli");
        String before = dump(data);
        Path filler = fill(250 * 1024);
        try {
            diskFull(LauncherTest.run("--data-dir", data.toString(), "import", "roster", roster.toString(),
                    "--create-departments"));
            diskFull(LauncherTest.run("--data-dir", data.toString(), "demo", "--counselors", "100", "--force"));
            diskFull(LauncherTest.run("--data-dir", data.toString(), "backup"));
            diskFull(LauncherTest.run("--data-dir", data.toString(), "export", "roster", small.resolve("x.xlsx").toString()));
            int year = java.time.Year.now().getValue() - 1;
            diskFull(LauncherTest.run("--data-dir", data.toString(), "forms", "--year", String.valueOf(year), "--out",
                    small.resolve("forms").toString()));
        } finally {
            Files.delete(filler);
        }
        assertThat(dump(data)).isEqualTo(before);
    }

    /**
     * The write itself failing (past any estimate): H2's store fails in the middle of the commit. The
     * import ends with an exception — never the spin in MVStore.registerVersionUsage — and the file
     * keeps either everything or nothing.
     */
    @Test
    @Timeout(600)
    void aCommitThatRunsOutOfSpaceEndsAndKeepsAllOrNothing() throws Exception {
        needsTmpfs();
        int failures = 0;
        Path template = fresh("template");
        for (long keep : new long[]{150, 250, 300, 350}) {
            Path data = small.resolve("guard" + keep);
            copy(template, data);
            int before = counselors(data);
            Path filler = fill(keep * 1024);
            try (H2Store db = TestFolders.open(data)) {
                AppContext ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
                RosterImportPreview p = ctx.rosterImport().preview(roster,
                        new ImportOptions(null, false, true, null), () -> false);
                try {
                    ctx.rosterImport().apply(p, false);
                } catch (RuntimeException e) {
                    failures++;
                    assertThat(Failures.isDiskFull(e)).as(e.toString()).isTrue();
                }
            } catch (RuntimeException e) {
                failures++; // the day's backup or the open itself ran out of space
            } finally {
                Files.delete(filler);
            }
            int after = counselors(data);
            assertThat(after).as("all or nothing at " + keep + " KB").isIn(before, 200);
            deleteTree(data);
        }
        assertThat(failures).as("the disk ran out at least once").isPositive();
    }

    /**
     * Fault injection without root: the forms' file is a link to /dev/full, where every write fails
     * with "No space left on device" (the device itself is only written to, never replaced).
     */
    @Test
    void formsWrittenToAFullDeviceSayTheDiskIsFull() throws Exception {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "/dev/full exists on Linux only");
        Path data = dir.resolve("devfull");
        assertThat(LauncherTest.run("--data-dir", data.toString(), "demo", "--counselors", "10").exitCode()).isZero();
        String before = dump(data);
        int year = java.time.Year.now().getValue() - 1;
        Path out = Files.createDirectories(dir.resolve("forms"));
        Files.createSymbolicLink(out.resolve(year + "年度考核登记表.pdf"), full);
        Result r = LauncherTest.run("--data-dir", data.toString(), "forms", "--year", String.valueOf(year), "--out",
                out.toString(), "--single-file");
        diskFull(r);
        assertThat(Files.isSymbolicLink(out.resolve(year + "年度考核登记表.pdf"))).isTrue();
        assertThat(dump(data)).isEqualTo(before);
    }

    @Test
    void theOperatingSystemsWordsForAFullDiskAreRecognised() {
        Messages m = Messages.forLanguage("zh");
        var told = Failures.describe(new java.io.UncheckedIOException(
                new java.nio.file.FileSystemException("/data/huyang.mv.db", null, "No space left on device")),
                dir, m);
        assertThat(told.exitCode()).isEqualTo(5);
        assertThat(told.sentence()).startsWith("磁盘空间不足");
        var windows = Failures.describe(new IOException("There is not enough space on the disk"), dir, m);
        assertThat(windows.exitCode()).isEqualTo(5);
        var denied = Failures.describe(new java.nio.file.AccessDeniedException("/x/y.pdf"), dir, m);
        assertThat(denied.exitCode()).isEqualTo(6);
        assertThat(denied.sentence()).isEqualTo("没有写入 /x/y.pdf 的权限。请换一个位置，或检查文件夹的权限");
    }

    private static int counselors(Path data) {
        try (H2Store db = TestFolders.open(data)) {
            return db.dsl().fetchCount(cn.huyang.db.jooq.Tables.COUNSELOR);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".log")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>(s.toList());
            all.sort(Comparator.reverseOrder());
            for (Path x : all) {
                Files.deleteIfExists(x);
            }
        }
    }
}
