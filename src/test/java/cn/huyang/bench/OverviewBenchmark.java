package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.findings.CountAhead;
import cn.huyang.findings.Decision;
import cn.huyang.findings.DecisionKind;
import cn.huyang.findings.FindingKey;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.Counselor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The dashboard (概览) and the team report at the region's scale: 10,000 counselors with ten years of
 * training (about a million records). Prints the whole dashboard, the college and one department, and
 * the parts it is made of, each the median of nine runs after five warm-ups (and the first run in the
 * JVM, what the window shows at start); then the report's figures.
 * {@code -Dbenchmark.dir=DIR} keeps the generated folder and reuses it on the next run.
 * Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class OverviewBenchmark {
    private static final int RUNS = 9;
    /** Runs before the timed ones: the JIT settles after a handful of dashboards, as in a window used for a while. */
    private static final int WARM_UPS = 5;

    private OverviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        String kept = System.getProperty("benchmark.dir");
        Path dir = kept == null ? Files.createTempDirectory("huyang-overview-bench") : Path.of(kept);
        boolean reuse = kept != null && Files.exists(dir.resolve("huyang.mv.db"));
        Files.createDirectories(dir);
        Messages m = Messages.forLanguage("zh");
        System.out.printf("%nHuyang dashboard benchmark: %,d counselors, ten years of training, data folder %s%n", n, dir);
        long t0 = System.nanoTime();
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            if (!reuse) {
                ctx.demo().generate(new DemoDataGenerator.Request(n, 10, 20261128), false, Progress.NONE);
                System.out.printf("generation:                  %,9d ms (%,d training records)%n", ms(t0),
                        ctx.training().countRecords());
            }
            int year = ctx.training().today().getYear() - 1;
            Long first = ctx.roster().departments().get(0).id();
            // what the dashboard shows first (target 300 ms), then its findings card, then both at once
            time("dashboard (概览) " + year + ":", () -> ctx.overview().team(year, null).headcount() + " in post");
            time("dashboard, one department:", () -> ctx.overview().team(year, first).headcount() + " in post");
            // the findings card after a change of data (the rules count again), after a decision on a finding
            // (only the decisions laid again), and with nothing changed (switching department or tab, reopening 概览)
            Supplier<String> card = () -> ctx.overview().withFindings(ctx.overview().team(year, null),
                    ctx.overview().register(year)).openFindings().size() + " open";
            Random phones = new Random(7);
            time("findings card after a change:", () -> {
                Counselor c = ctx.roster().counselors().get(0);
                ctx.roster().update(c.withPhone("139" + (10_000_000 + phones.nextInt(89_999_999))));
                return card.get();
            });
            // the user changed something on another tab, then comes back to 概览: the register was counted
            // ahead in the background meanwhile (after CountAhead.DELAY), so the figures and the card are all
            // that is left to wait for
            aheadThenOpened(ctx, year, phones);
            time("  of which the save:", () -> {
                Counselor c = ctx.roster().counselors().get(0);
                return ctx.roster().update(c.withPhone("139" + (10_000_000 + phones.nextInt(89_999_999)))).phone()
                        .length() + " digits";
            });
            Iterator<FindingKey> open = ctx.findings().open(year).stream()
                    .filter(t -> t.finding().code().equals("TRAINING_HOURS")).map(TrackedFinding::key).toList()
                    .iterator();
            LocalDate today = ctx.training().today();
            time("findings card after a decision:", () -> {
                ctx.findings().decide(open.next(), new Decision(DecisionKind.ACKNOWLEDGED, false, today, "学工部",
                        "学工〔" + today.getYear() + "〕9号", null, "参加下一期校级培训补足学时", today.plusMonths(6)), false);
                return card.get();
            });
            time("findings card, nothing changed:", card);
            time("dashboard with findings:", () -> ctx.overview().figures(year, null).openFindings().size() + " open");
            time("  counselors:", () -> ctx.roster().counselors().size() + " counselors");
            time("  staffing ratio:", () -> ctx.roster().staffingRatioOn(ctx.roster().today()).departments().size()
                    + " departments");
            time("  compliance:", () -> ctx.training().compliance(year).size() + " judged");
            time("  assessment sheet:", () -> ctx.assessment().sheet(year).rows().size() + " rows");
            time("  title sheet:", () -> ctx.titles().sheet(year).rows().size() + " rows");
            time("  findings register:", () -> ctx.findings().findings(year).size() + " findings");
            time("report figures 2026H2:", () -> ctx.overview().figures(cn.huyang.overview.Period.parse(year + "H2"),
                    null).headcount() + " in post");
        }
        System.out.printf("heap used now:               %,9d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static void aheadThenOpened(AppContext ctx, int year, Random phones) throws InterruptedException {
        long[] ahead = new long[RUNS];
        long[] opened = new long[RUNS];
        int open = 0;
        for (int i = -WARM_UPS; i < RUNS; i++) {
            Counselor c = ctx.roster().counselors().get(0);
            ctx.roster().update(c.withPhone("139" + (10_000_000 + phones.nextInt(89_999_999))));
            long s = System.nanoTime();
            ctx.overview().countAhead(year);
            while (!ctx.findings().isCounted(year)) {
                Thread.sleep(2);
            }
            long a = System.nanoTime() - s;
            s = System.nanoTime();
            open = ctx.overview().withFindings(ctx.overview().team(year, null), ctx.overview().register(year))
                    .openFindings().size();
            if (i >= 0) {
                ahead[i] = a;
                opened[i] = System.nanoTime() - s;
            }
        }
        Arrays.sort(ahead);
        Arrays.sort(opened);
        System.out.printf("%-32s%,9.1f ms  (median of %d after %d warm-ups; the figures and the card; %d open)%n",
                "概览 opened after a change:", opened[RUNS / 2] / 1e6, RUNS, WARM_UPS, open);
        System.out.printf("%-32s%,9.1f ms  (median; in the background, from the change, with the %d ms pause)%n",
                "  the findings counted ahead:", ahead[RUNS / 2] / 1e6, CountAhead.DELAY.toMillis());
    }

    private static void time(String label, Supplier<String> work) {
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
        System.out.printf("%-32s%,9.1f ms  (median of %d after %d warm-ups; the first in this JVM %,.0f ms; %s)%n",
                label, t[RUNS / 2] / 1e6, RUNS, WARM_UPS, first / 1e6, what);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
