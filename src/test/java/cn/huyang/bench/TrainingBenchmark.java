package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.Department;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerPage;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingLedgerViewModel;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The training ledger at the region's scale: 10,000 counselors with ten years of training (about
 * a million records). Prints the generation, a year's compliance (computed by aggregate queries),
 * the ledger's pages and filters (each a page of 100 rows with the totals of all that match), the
 * budget, the year's training findings and the dashboard's figures (概览). Each figure is the median of five runs after a warm-up.
 * Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class TrainingBenchmark {
    private static final int RUNS = 5;

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        int years = Integer.parseInt(System.getProperty("benchmark.trainingYears", "10"));
        Path dir = Files.createTempDirectory("huyang-training-bench");
        Messages m = Messages.forLanguage("zh");
        System.out.printf("%nHuyang training benchmark: %,d counselors, %d years, data folder %s%n", n, years, dir);
        long t0 = System.nanoTime();
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            ctx.demo().generate(new DemoDataGenerator.Request(n, years, 20261128), false, Progress.NONE);
            TrainingService t = ctx.training();
            System.out.printf("generation:               %,9d ms (%,d training records)%n", ms(t0), t.countRecords());

            int year = t.today().getYear() - 1;
            time("compliance " + year + ":", () -> t.compliance(year).size() + " full-time counselors judged");
            LedgerSort newest = LedgerSort.NEWEST_FIRST;
            int size = TrainingLedgerViewModel.PAGE_SIZE;
            time("ledger, a year, page 1:", () -> rows(t.page(LedgerFilter.year(year), newest, 0, size)));
            LedgerPage all = t.page(new LedgerFilter(null, null, null, null, null, null), newest, 0, size);
            time("ledger, all years, page 1:", () -> rows(t.page(new LedgerFilter(null, null, null, null, null, null),
                    newest, 0, size)));
            int last = (all.total() - 1) / size * size;
            time("ledger, all years, last page:", () -> rows(t.page(new LedgerFilter(null, null, null, null, null,
                    null), newest, last, size)));
            time("ledger, a year, by name:", () -> rows(t.page(LedgerFilter.year(year),
                    new LedgerSort(LedgerSort.Column.COUNSELOR, true), 0, size)));
            // the target: the ledger sorted by name at a million records (every year shown)
            time("ledger, all years, by name:", () -> rows(t.page(new LedgerFilter(null, null, null, null, null, null),
                    new LedgerSort(LedgerSort.Column.COUNSELOR, true), 0, size)));
            time("ledger, all years, by name, last page:", () -> rows(t.page(new LedgerFilter(null, null, null, null,
                    null, null), new LedgerSort(LedgerSort.Column.COUNSELOR, true), last, size)));
            time("ledger, all years, by department:", () -> rows(t.page(new LedgerFilter(null, null, null, null, null,
                    null), new LedgerSort(LedgerSort.Column.DEPARTMENT, false), 0, size)));
            Department d = ctx.roster().departments().get(0);
            time("filter: level (national):", () -> rows(t.page(new LedgerFilter(year, TrainingLevel.NATIONAL, null,
                    null, null, null), newest, 0, size)));
            time("filter: department:", () -> rows(t.page(new LedgerFilter(year, null, null, d.id(), null, null),
                    newest, 0, size)));
            time("filter: counselor name:", () -> rows(t.page(new LedgerFilter(year, null, null, null, "古丽", null),
                    newest, 0, size)));
            time("filter: text search:", () -> rows(t.page(new LedgerFilter(year, null, null, null, null, "心理"),
                    newest, 0, size)));
            time("filter: text, all years:", () -> rows(t.page(new LedgerFilter(null, null, null, null, null, "骨干"),
                    newest, 0, size)));
            time("budget " + year + ":", () -> t.budget(year).byDepartment().size() + " departments");
            time("training findings " + year + ":", () -> t.findings(year).size() + " findings");
            // 概览: every figure of the dashboard at once (target: 300 ms at 10,000 counselors, 1 M records)
            time("dashboard (概览) " + year + ":", () -> ctx.overview().team(year, null).headcount() + " in post");
            Long first = ctx.roster().departments().get(0).id();
            time("dashboard, one department:", () -> ctx.overview().team(year, first).headcount() + " in post");
            time("dashboard's findings card:", () -> ctx.overview().withFindings(ctx.overview().team(year, null),
                    ctx.overview().register(year)).openFindings().size() + " open");
        }
        System.out.printf("rows held by the ledger:  %,9d (one page)%n", TrainingLedgerViewModel.PAGE_SIZE);
        System.out.printf("heap used now:            %,9d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static String rows(LedgerPage p) {
        return String.format("%,d rows match, %d shown", p.total(), p.rows().size());
    }

    private static void time(String label, Supplier<String> work) {
        work.get(); // warm-up
        long[] t = new long[RUNS];
        String what = "";
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            what = work.get();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        System.out.printf("%-26s%,9.1f ms  (median of %d; %s)%n", label, t[RUNS / 2] / 1e6, RUNS, what);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
