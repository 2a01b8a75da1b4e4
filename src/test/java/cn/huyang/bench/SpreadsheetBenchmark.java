package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.io.ImportOptions;
import cn.huyang.io.ImportOutcome;
import cn.huyang.io.RosterImportPreview;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Spreadsheet exchange at the region's scale (issue 6): N counselors (default 10,000) exported to
 * .xlsx (goal ≤ 1 s), that file imported into an empty data folder (goal ≤ 2 s, preview and write),
 * and, for comparison, LibreOffice headless opening the same file ({@code soffice --headless
 * --convert-to csv}; goal: the import ≤ 0.5 × that). Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class SpreadsheetBenchmark {
    private SpreadsheetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        Path home = Files.createTempDirectory("huyang-sheet-bench");
        Messages m = Messages.forLanguage("zh");
        Path file = home.resolve("roster.xlsx");
        System.out.printf("Huyang spreadsheet benchmark: %,d counselors, in %s%n", n, home);
        try (H2Store db = H2Store.open(new DataFolder(home.resolve("a")))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            ctx.demo().generate(new DemoDataGenerator.Request(n, 5, 20261128), false, Progress.NONE);
            var rows = ctx.export().rosterAsShown();
            ctx.export().roster(home.resolve("warm-up.xlsx"), rows.subList(0, Math.min(200, rows.size())), true);
            long t0 = System.nanoTime();
            ctx.export().roster(file, ctx.export().rosterAsShown(), true);
            System.out.printf("export of %,d rows:     %,8d ms (goal ≤ 1000)  %,d bytes%n", rows.size(), ms(t0),
                    Files.size(file));
        }
        long importMs;
        try (H2Store db = H2Store.open(new DataFolder(home.resolve("b")))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            ImportOptions options = new ImportOptions(null, false, true, null);
            ctx.rosterImport().preview(file, options, () -> false); // warm-up: class loading, JIT
            long t0 = System.nanoTime();
            RosterImportPreview p = ctx.rosterImport().preview(file, options, () -> false);
            long previewMs = ms(t0);
            ImportOutcome o = ctx.rosterImport().apply(p, false);
            importMs = ms(t0);
            System.out.printf("import preview:        %,8d ms%n", previewMs);
            System.out.printf("import (preview+write):%,8d ms (goal ≤ 2000)  %,d new, %,d refused rows%n", importMs,
                    o.created(), o.refusedRows());
        }
        long soffice = libreOffice(file, home.resolve("lo"));
        if (soffice > 0) {
            System.out.printf("LibreOffice headless:  %,8d ms  → import / LibreOffice = %.2f (goal ≤ 0.5)%n", soffice,
                    importMs / (double) soffice);
        } else {
            System.out.println("LibreOffice headless:  not installed (Debian: libreoffice-calc-nogui)");
        }
    }

    private static long libreOffice(Path file, Path out) throws Exception {
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + out
                .resolve("profile"), "--convert-to", "csv", "--outdir", out.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile());
        try {
            pb.start().waitFor(); // first start creates the profile: not timed
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return ms(t0);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
