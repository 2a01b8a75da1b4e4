package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.app.WorklogModule;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.Department;
import cn.huyang.worklog.SummaryRow;
import cn.huyang.worklog.WorklogService;
import cn.huyang.worklog.WorklogSummaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The work records (工作记录, issue 17) at the region's scale: 10,000 counselors with a year of records
 * (about 2,000,000, some 200 a counselor: talks with one to three students, visits, meetings; texts sealed
 * as the service seals them, written through {@link WorklogService#addAll}). Prints, each the median of
 * nine after five warm-ups (and the first run in the JVM): (a) a counselor's month as the 工作记录 tab opens
 * it (target 100 ms), (b) the college's monthly summary by counselor and by department, what
 * {@code worklogs --month} and the tab's summary compute (target 1 s), (c) one department's month.
 * {@code -Dbenchmark.dir=DIR} keeps the generated folder and reuses it on the next run;
 * {@code -Dbenchmark.worklogRecords=N} changes the number of records.
 * Run alone with {@code ./mvnw -o -q test-compile && ./mvnw -o -Pbenchmark exec:exec@worklog-benchmark} (docs/worklogs.md).
 */
public final class WorklogBenchmark {
    /** {@code -Dbenchmark.runs=N} and {@code -Dbenchmark.warmups=N} shorten a run on a slow store. */
    private static final int RUNS = Integer.getInteger("benchmark.runs", 9);
    private static final int WARM_UPS = Integer.getInteger("benchmark.warmups", 5);

    private WorklogBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        int total = Integer.parseInt(System.getProperty("benchmark.worklogRecords", "2000000"));
        String kept = System.getProperty("benchmark.dir", "").isBlank() ? null : System.getProperty("benchmark.dir");
        Path dir = kept == null ? Files.createTempDirectory("huyang-worklog-bench") : Path.of(kept);
        boolean reuse = kept != null && Files.exists(dir.resolve("huyang.mv.db"));
        Files.createDirectories(dir);
        Messages m = Messages.forLanguage("zh");
        System.out.printf("%nHuyang work-record benchmark: %,d counselors, a year of work records, data folder %s%n",
                n, dir);
        long t0 = System.nanoTime();
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            // a fixed data key, so that a kept folder's texts open on the next run
            byte[] key = new byte[cn.huyang.security.TextCipher.KEY_BYTES];
            java.util.Arrays.fill(key, (byte) 17);
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone(), cn.huyang.access.Session.system(),
                    cn.huyang.access.Credentials.NONE, cn.huyang.app.Modules.standard(),
                    cn.huyang.security.TextCipher.of(key));
            WorklogModule wl = WorklogModule.of(ctx);
            WorklogService records = wl.records();
            WorklogSummaries summaries = wl.summaries();
            if (!reuse) {
                ctx.demo().generate(new DemoDataGenerator.Request(n, 1, 20261202), false, Progress.NONE);
                System.out.printf("demo data:                   %,9d ms%n", ms(t0));
                long t1 = System.nanoTime();
                int added = new WorklogBenchData(ctx, records).write(total, 20261202);
                System.out.printf("work records written:        %,9d ms (%,d added)%n", ms(t1), added);
            }
            System.out.printf("work records stored:         %,9d (student lines %,d)%n",
                    db.dsl().fetchCount(cn.huyang.db.jooq.Tables.WORK_RECORD),
                    db.dsl().fetchCount(cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT));
            YearMonth ym = YearMonth.from(records.today()).minusMonths(1);
            long one = busiest(db, ym);
            Department dept = ctx.roster().departments().get(0);
            List<String[]> table = new ArrayList<>();
            table.add(time("(b) college month " + ym, 1000, () -> {
                List<SummaryRow> rows = summaries.month(ym, null);
                List<SummaryRow> depts = summaries.monthByDepartmentIfAllowed(ym);
                return rows.size() + " counselors, " + depts.size() + " departments";
            }));
            table.add(time("    by counselor", 0, () -> summaries.month(ym, null).size() + " counselors"));
            table.add(time("    by department", 0, () -> summaries.monthByDepartment(ym).size() + " departments"));
            table.add(time("(c) one department's month", 0, () -> {
                List<SummaryRow> rows = summaries.month(ym, dept.id());
                long d = summaries.monthByDepartmentIfAllowed(ym).stream()
                        .filter(r -> dept.id().equals(r.departmentId())).count();
                return rows.size() + " counselors, " + d + " total";
            }));
            table.add(time("(a) a counselor's month " + ym, 100, () -> {
                int lines = records.month(one, ym).size();
                return lines + " records, " + summaries.counselorMonth(one, ym).talks() + " talks";
            }));
            System.out.printf("%n%-34s %10s %10s %8s  %s%n", "what", "median ms", "first ms", "target", "");
            for (String[] row : table) {
                System.out.printf("%-34s %10s %10s %8s  %s%n", (Object[]) row);
            }
        }
        System.out.printf("heap used now:               %,9d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    /** The counselor with the most records in the month (the heaviest tab to open). */
    private static long busiest(H2Store db, YearMonth ym) {
        var w = cn.huyang.db.jooq.Tables.WORK_RECORD;
        return db.dsl().select(w.COUNSELOR_ID).from(w)
                .where(w.OCCURRED_ON.between(ym.atDay(1), ym.atEndOfMonth()))
                .groupBy(w.COUNSELOR_ID).orderBy(org.jooq.impl.DSL.count().desc(), w.COUNSELOR_ID).limit(1)
                .fetchOne(w.COUNSELOR_ID);
    }

    private static String[] time(String label, int targetMs, Supplier<String> work) {
        long first = System.nanoTime();
        work.get();
        first = System.nanoTime() - first;
        for (int i = 1; i < WARM_UPS; i++) {
            work.get();
        }
        long[] t = new long[RUNS];
        String what = "";
        for (int i = 0; i < RUNS; i++) {
            long s = System.nanoTime();
            what = work.get();
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        double median = t[RUNS / 2] / 1e6;
        String target = targetMs == 0 ? "" : (median <= targetMs ? "≤" : ">") + targetMs;
        System.out.printf("%-34s%,9.1f ms  (median of %d after %d warm-ups; the first in this JVM %,.0f ms; %s)%n",
                label, median, RUNS, WARM_UPS, first / 1e6, what);
        return new String[] {label, String.format("%,.1f", median), String.format("%,.0f", first / 1e6), target,
                what};
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
