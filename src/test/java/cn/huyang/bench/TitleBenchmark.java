package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.title.ApplicationRow;
import cn.huyang.title.ReviewSheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Title evaluation at scale: a database filled by the demo for N counselors (default 10,000, with
 * roughly 3 % applying this year), then the year's review read and every application checked and
 * ranked (what the tab and {@code titles} do), the year's findings, and the roster rows' teaching
 * findings. Medians of 5 after a warm-up. Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class TitleBenchmark {
    private TitleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        Messages m = Messages.forLanguage("zh");
        System.out.printf("Huyang title benchmark: %,d counselors%n", n);
        // -Dbenchmark.dataDir=DIR keeps the database for the next run, which then skips the demo.
        String kept = System.getProperty("benchmark.dataDir");
        Path dir = kept != null ? Path.of(kept) : Files.createTempDirectory("huyang-title-bench");
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            if (!ctx.demo().databaseHoldsData()) {
                long g0 = System.nanoTime();
                ctx.demo().generate(new DemoDataGenerator.Request(n, 5, 20261128), false, Progress.NONE);
                System.out.printf("demo (roster, training, scores, titles): %,8d ms%n",
                        (System.nanoTime() - g0) / 1_000_000);
            }
            int year = LocalDate.now().getYear();
            ctx.titles().sheet(year); // warm-up
            long[] t = new long[5];
            ReviewSheet sheet = null;
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                sheet = ctx.titles().sheet(year);
                t[i] = System.nanoTime() - t0;
            }
            Arrays.sort(t);
            long eligible = sheet.rows().stream().filter(ApplicationRow::eligible).count();
            System.out.printf("review sheet: median %,d ms, worst %,d ms (%,d applications, %,d eligible, %d targets)%n",
                    t[2] / 1_000_000, t[4] / 1_000_000, sheet.rows().size(), eligible, sheet.targets().size());
            long f0 = System.nanoTime();
            int findings = ctx.titles().findings(year).size();
            System.out.printf("title findings for the year:  %,8d ms (%d)%n", (System.nanoTime() - f0) / 1_000_000,
                    findings);
            long r0 = System.nanoTime();
            int rows = ctx.titles().findingsByCounselor(LocalDate.now()).size();
            System.out.printf("roster rows' teaching findings: %,6d ms (%d counselors)%n",
                    (System.nanoTime() - r0) / 1_000_000, rows);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap in use: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }
}
