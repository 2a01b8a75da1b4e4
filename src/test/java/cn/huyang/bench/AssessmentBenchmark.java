package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.AssessmentCalculator;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.assessment.Results;
import cn.huyang.assessment.Scheme;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.print.AppraisalForm;
import cn.huyang.print.Forms;
import cn.huyang.print.PdfFormWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The assessment at scale: a year's results for N counselors (default 10,000; target ≤ 200 ms),
 * 1,000 appraisal forms to PDF (target ≤ 10 ms a form) one file each and combined, the size of a
 * one-form PDF, and (unless {@code -Dbenchmark.skipDb=true}) the year's sheet read from a database
 * filled by the demo. Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class AssessmentBenchmark {
    private AssessmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("benchmark.counselors", "10000"));
        int formsCount = Integer.parseInt(System.getProperty("benchmark.forms", "1000"));
        Messages m = Messages.forLanguage("zh");
        System.out.printf("Huyang assessment benchmark: %,d counselors, %,d forms%n", n, formsCount);

        results(n);
        forms(m, formsCount);
        if (!Boolean.getBoolean("benchmark.skipDb")) {
            database(m, n);
        }
    }

    private static void results(int n) {
        Scheme scheme = Scheme.defaults(2025);
        Random r = new Random(1);
        List<Entry> entries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Party, BigDecimal> s = new EnumMap<>(Party.class);
            for (Party p : Party.values()) {
                s.put(p, BigDecimal.valueOf(5000 + r.nextInt(5000), 2));
            }
            entries.add(new Entry(2025, i, s, r.nextInt(5) == 0 ? BigDecimal.valueOf(r.nextInt(1200), 2) : null,
                    r.nextInt(500) == 0 ? "受到党纪政务处分" : null, null, null, null, null));
        }
        for (int i = 0; i < 5; i++) {
            AssessmentCalculator.compute(scheme, entries); // warm-up
        }
        long[] t = new long[7];
        Results res = null;
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            res = AssessmentCalculator.compute(scheme, entries);
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        System.out.printf("results, %,d counselors: median %.1f ms, worst %.1f ms (%d excellent of quota %d)%n", n,
                t[t.length / 2] / 1e6, t[t.length - 1] / 1e6, res.excellent(), res.quota());
    }

    private static void forms(Messages m, int count) throws Exception {
        List<AppraisalForm> forms = new ArrayList<>(count);
        String[] names = {"张伟", "古丽米拉·艾买提", "王芳", "买买提江·艾散", "李娜", "刘洋"};
        for (int i = 0; i < count; i++) {
            forms.add(Forms.sample(names[i % names.length] + i, i % 4 == 0 ? Forms.longSummary(600) : null));
        }
        long f0 = System.nanoTime();
        PdfFormWriter writer = new PdfFormWriter(m);
        System.out.printf("font parse + first use:   %,8.1f ms%n", (System.nanoTime() - f0) / 1e6);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        writer.write(forms.get(1), one);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        Path dir = Files.createTempDirectory("huyang-forms");
        long w0 = System.nanoTime();
        writer.writeFiles(forms, dir.resolve("cold"), false, "x", Progress.NONE, () -> false);
        double cold = (System.nanoTime() - w0) / 1e6;
        System.out.printf("forms, first job (cold):  %,8.1f ms for %,d (%.2f ms a form, JIT warming up)%n", cold, count,
                cold / count);
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Path> files = writer.writeFiles(forms, dir.resolve("each"), false, "x", Progress.NONE, () -> false);
        double each = (System.nanoTime() - t0) / 1e6;
        double eachCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
        long size = 0;
        for (Path p : files) {
            size += Files.size(p);
        }
        System.out.printf("forms, one PDF each:      %,8.1f ms for %,d (%.2f ms a form, %.0f forms/s; CPU %.2f ms a form),"
                + " %.1f KB a file%n", each, files.size(), each / count, count / each * 1000, eachCpu / count,
                size / 1024.0 / files.size());
        long t1 = System.nanoTime();
        List<Path> combined = writer.writeFiles(forms, dir.resolve("one"), true, "all", Progress.NONE, () -> false);
        double all = (System.nanoTime() - t1) / 1e6;
        System.out.printf("forms, one combined PDF:  %,8.1f ms for %,d (%.2f ms a form), %.1f MB%n", all, count,
                all / count, Files.size(combined.get(0)) / 1024.0 / 1024.0);
        System.out.printf("one-form PDF (2 pages):   %,8.1f KB%n", one.size() / 1024.0);
    }

    private static void database(Messages m, int n) throws Exception {
        Path dir = Files.createTempDirectory("huyang-assess-bench");
        try (H2Store db = H2Store.open(new DataFolder(dir))) {
            AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
            long g0 = System.nanoTime();
            ctx.demo().generate(new DemoDataGenerator.Request(n, 3, 20261128), false, Progress.NONE);
            System.out.printf("demo with scores:         %,8d ms%n", (System.nanoTime() - g0) / 1_000_000);
            int year = ctx.assessment().currentYear() - 1;
            ctx.assessment().sheet(year);
            long s0 = System.nanoTime();
            var sheet = ctx.assessment().sheet(year);
            System.out.printf("sheet from the database:  %,8d ms (%,d rows: read, join the roster, compute)%n",
                    (System.nanoTime() - s0) / 1_000_000, sheet.rows().size());
            long c0 = System.nanoTime();
            int findings = ctx.assessment().findings(year).size();
            System.out.printf("assessment findings:      %,8d ms (%d)%n", (System.nanoTime() - c0) / 1_000_000, findings);
            long p0 = System.nanoTime();
            List<AppraisalForm> forms = ctx.assessment().forms(year, null, null);
            System.out.printf("form data for the year:   %,8d ms (%,d forms)%n", (System.nanoTime() - p0) / 1_000_000,
                    forms.size());
        }
    }
}
