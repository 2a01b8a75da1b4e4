package cn.huyang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.Credentials;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.Modules;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.exchange.ImportPlan;
import cn.huyang.exchange.PackageExport;
import cn.huyang.exchange.RowChange.Kind;
import cn.huyang.roster.Department;
import cn.huyang.security.TextCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's benchmark: a department's year (training, scores, journals, work records: about 50,000
 * rows of a package) exports and previews in at most 3 s. A department PC (H2) with 60 counselors and
 * their year written through the services ({@link PackageBenchData}: stamped, texts sealed); an office
 * (H2, or PostgreSQL with {@code -Dhuyang.test.store=postgres}) that knows the department and none of its
 * rows. Prints, each the first call in this JVM and the median of the next {@code benchmark.runs} (3):
 * the export (the whole call: rows read, texts opened, written, signed, sealed, the file written), the
 * office's preview of it (opened, checked, compared: all new), its apply (once, for information, with
 * the backup before it); then, after a tenth of the rows changed at the department, the next package
 * ({@code --since 1}: the changes) and the whole year again (no {@code --since}: what a department sends
 * while the office has acknowledged nothing), previewed at the office that applied the first.
 * {@code -Dbenchmark.packageRows=N} and {@code -Dbenchmark.packageCounselors=N} change the size.
 * Tagged {@code benchmark}: not part of verify (the pom excludes the tag). Run alone with
 * {@code ./mvnw -o -q test -Dtest=PackageBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}
 * (output in target/surefire-reports/cn.huyang.bench.PackageBenchmark-output.txt), or {@link #main} on
 * the test class path.
 */
@Tag("benchmark")
public class PackageBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 20).atTime(10, 0).atZone(ZONE).toInstant(),
            ZONE);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 3);
    private static final int TARGET_MS = 3000;
    private static final Messages ZH = Messages.forLanguage("zh");
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final List<String[]> table = new ArrayList<>();
    @TempDir
    Path home;

    public static void main(String[] args) throws Exception {
        PackageBenchmark b = new PackageBenchmark();
        b.home = Files.createTempDirectory("huyang-package-bench");
        b.aDepartmentsYear();
    }

    @Test
    void aDepartmentsYear() throws Exception {
        int rows = Integer.getInteger("benchmark.packageRows", 50_000);
        int n = Integer.getInteger("benchmark.packageCounselors", 60);
        TextCipher officeKey = TextCipher.random();
        TextCipher deptKey = TextCipher.random();
        Path deptDir = home.resolve("jsj");
        long deptId;
        PackageBenchData data;
        System.out.printf("%nHuyang data-package benchmark: a department's year, %d counselors, about %,d rows;"
                + " office on %s, folders in %s%n", n, rows, TestStores.postgres() ? "PostgreSQL" : "H2", home);
        try (Store dept = H2Store.open(new DataFolder(deptDir), CLOCK)) {
            AppContext deptSystem = system(dept, deptKey);
            deptSystem.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
            deptId = deptSystem.roster().departments().get(0).id();
            long t0 = System.nanoTime();
            data = new PackageBenchData(deptSystem, 20261220);
            Map<String, Integer> written = data.write(deptId, n, rows);
            System.out.printf("department's year written:  %,7d ms %s%n", ms(t0), written);
        }
        // the data folder closed and opened again, as on the day the secretary sends the year
        try (Store office = TestStores.open(home.resolve("office"), CLOCK);
             Store dept = H2Store.open(new DataFolder(deptDir), CLOCK)) {
            system(office, officeKey).roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
            data.on(system(dept, deptKey));
            Path key = home.resolve("office.hykey");
            AppContext xgb = as(office, officeKey, Role.OFFICE, null);
            xgb.exchange().officeKeys().writeTo(key);
            AppContext secretary = as(dept, deptKey, Role.DEPARTMENT, deptId);

            Path p1 = home.resolve("p1.hypkg");
            PackageExport.Result first = time("export, the year", p1, true, () -> sent(secretary.exchange().export()
                    .export(p1, null, key), "each run a new sequence"));
            int lines = first.rows().getOrDefault("work_record_student", 0);
            ImportPlan fresh = time("preview at the office", p1, true, () -> seen(xgb.exchange().receive().preview(p1),
                    first.total()));
            assertThat(fresh.totals().added()).isEqualTo(first.total() - lines);
            once("apply at the office", p1, () -> seen(xgb.exchange().receive().apply(p1), first.total()));

            long t1 = System.nanoTime();
            int[] changed = data.change();
            System.out.printf("a tenth changed:            %,7d ms (%,d rows changed, %,d deleted through the services)%n",
                    ms(t1), changed[0], changed[1]);
            Path p2 = home.resolve("p2.hypkg");
            PackageExport.Result next = time("export --since 1", p2, true, () -> sent(secretary.exchange().export()
                    .export(p2, 1L, key), "the changes and the overlap"));
            Path p3 = home.resolve("p3.hypkg");
            PackageExport.Result whole = time("export, the year again", p3, true, () -> sent(secretary.exchange()
                    .export().export(p3, null, key), "nothing acknowledged: all sent again"));
            time("preview --since 1", p2, true, () -> seen(xgb.exchange().receive().preview(p2), next.total()));
            ImportPlan changes = time("preview, the year again", p3, true, () -> seen(xgb.exchange().receive()
                    .preview(p3), whole.total()));
            assertThat(changes.totals().changed()).isGreaterThanOrEqualTo(changed[0]);
            assertThat(changes.totals().deleted()).isEqualTo(changed[1]);
            assertThat(changes.totals().added()).isZero();
            once("apply --since 1", p2, () -> seen(xgb.exchange().receive().apply(p2), next.total()));
        }
        System.out.printf("%n%-24s %7s %6s %8s %8s %8s %8s %7s  %s%n", "", "", "", "first", "", "median", "", "", "");
        System.out.printf("%-24s %7s %6s %8s %8s %8s %8s %7s  %s%n", "what", "rows", "KiB", "ms", "CPU ms", "ms",
                "CPU ms", "target", "");
        for (String[] row : table) {
            System.out.printf("%-24s %7s %6s %8s %8s %8s %8s %7s  %s%n", (Object[]) row);
        }
        System.out.printf("(first: the first call in this JVM; median of the %d runs after it; CPU: of this thread, in which"
                + " the embedded H2 works too; target: export and preview of the year ≤ %,d ms)%n", RUNS, TARGET_MS);
    }

    /** What a timed call gave: its result, the package's rows, a word on it. */
    private record Done<T>(T result, int rows, String what) {
    }

    private static Done<PackageExport.Result> sent(PackageExport.Result r, String what) {
        return new Done<>(r, r.total(), "sequence " + r.sequence() + ", " + what);
    }

    private static Done<ImportPlan> seen(ImportPlan p, int rows) {
        var c = p.totals();
        return new Done<>(p, rows, String.format("new %,d, changed %,d, unchanged %,d, conflicts %,d, deleted %,d",
                c.added(), c.changed(), c.unchanged(), c.conflicts(), c.deleted()));
    }

    /** The first call in this JVM, then the median of the next runs; returns the last result. */
    private <T> T time(String label, Path file, boolean target, Supplier<Done<T>> call) throws Exception {
        long s = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        Done<T> done = call.get();
        long first = System.nanoTime() - s;
        long firstCpu = CPU.getCurrentThreadCpuTime() - c0;
        long[] t = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long r = System.nanoTime();
            long c = CPU.getCurrentThreadCpuTime();
            done = call.get();
            t[i] = System.nanoTime() - r;
            cpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        double median = t[RUNS / 2] / 1e6;
        String aim = target ? (median <= TARGET_MS ? "≤" : ">") + TARGET_MS : "";
        System.out.printf("%-26s %,9.1f ms median, %,.0f ms of CPU (first %,.0f ms, %,.0f of CPU; %,d rows, %,d KiB; %s)%n",
                label, median, cpu[RUNS / 2] / 1e6, first / 1e6, firstCpu / 1e6, done.rows(), Files.size(file) >> 10,
                done.what());
        table.add(new String[] {label, String.format("%,d", done.rows()), String.format("%,d", Files.size(file) >> 10),
                String.format("%,.0f", first / 1e6), String.format("%,.0f", firstCpu / 1e6),
                String.format("%,.0f", median), String.format("%,.0f", cpu[RUNS / 2] / 1e6), aim, done.what()});
        return done.result();
    }

    private void once(String label, Path file, Supplier<Done<?>> work) throws Exception {
        long s = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        Done<?> done = work.get();
        long ms = ms(s);
        long cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1_000_000;
        System.out.printf("%-26s %,9d ms (%s)%n", label, ms, done.what());
        table.add(new String[] {label, String.format("%,d", done.rows()), String.format("%,d", Files.size(file) >> 10),
                String.format("%,d", ms), String.format("%,d", cpu), "", "", "", done.what()});
    }

    private static AppContext system(Store store, TextCipher key) {
        return new AppContext(store, ZH, CLOCK, Session.system(), Credentials.NONE, Modules.standard(), key);
    }

    private static AppContext as(Store store, TextCipher key, Role role, Long department) {
        String name = role == Role.OFFICE ? "xuegongbu" : "xibu-jsj";
        return new AppContext(store, ZH, CLOCK, new Session(new Actor(1, name, name, role, department, null)),
                Credentials.NONE, Modules.standard(), key);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
