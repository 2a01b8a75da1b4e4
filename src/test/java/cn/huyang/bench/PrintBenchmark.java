package cn.huyang.bench;

import cn.huyang.common.Messages;
import cn.huyang.print.AppraisalForm;
import cn.huyang.print.AppraisalFormLayout;
import cn.huyang.print.Forms;
import cn.huyang.print.FxFormPrinter;
import cn.huyang.print.Layout;
import cn.huyang.print.PdfPrinter;
import cn.huyang.print.PrintReceipt;
import cn.huyang.print.PrintRun;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.print.PrinterJob;

/**
 * N appraisal forms (default 100) to a real printer, both ways the program prints: the window's
 * JavaFX printing and the command line's PDF pages through Java 2D. For each round: the time from
 * the first form laid out until the printer's queue (CUPS) has accepted the job, i.e. the last page is
 * with the spooler, and the job's size in the queue; then, for cups-pdf, until the driver has written
 * it out. Run by {@code bench/print.sh} (headless: Monocle) on the print stack of {@code .ci/print-stack}.
 */
public final class PrintBenchmark {
    private PrintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Messages m = Messages.forLanguage("zh");
        PrintRun run = PrintRun.system();
        String printer = run.check().resolve(args.length > 2 ? args[2] : null);
        List<AppraisalForm> forms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            forms.add(Forms.sample("辅导员" + (i + 1), Forms.longSummary(150 + (i % 4) * 150)));
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        System.out.printf("Huyang print benchmark: %d appraisal forms to the printer %s, %d rounds%n", n, printer, rounds);
        long[] fx = new long[rounds];
        long[] cli = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            AppraisalFormLayout layout = new AppraisalFormLayout(m);
            List<Layout.Page> pages = new ArrayList<>();
            for (AppraisalForm f : forms) {
                pages.addAll(layout.layout(f));
            }
            PrinterJob job = FxFormPrinter.createJob(printer);
            job.getJobSettings().setJobName("huyang-bench-fx");
            PrintReceipt a = FxFormPrinter.print(run, job, n, pages, (d, t) -> { }, () -> false);
            fx[r] = (System.nanoTime() - t0) / 1_000_000;
            report("window (JavaFX)", a, fx[r]);

            t0 = System.nanoTime();
            PrintReceipt b = PdfPrinter.print(run, m, layout, forms, printer, 1, (d, t) -> { }, () -> false);
            cli[r] = (System.nanoTime() - t0) / 1_000_000;
            report("command line (PDF via Java 2D)", b, cli[r]);
        }
        System.out.printf("median until the spooler accepted the last page: window %d ms (%.1f ms a page), "
                        + "command line %d ms (%.1f ms a page)%n", median(fx), median(fx) / (double) pages(forms, m),
                median(cli), median(cli) / (double) pages(forms, m));
        Platform.exit();
    }

    private static int pages(List<AppraisalForm> forms, Messages m) {
        AppraisalFormLayout layout = new AppraisalFormLayout(m);
        return forms.stream().mapToInt(f -> layout.layout(f).size()).sum();
    }

    private static void report(String how, PrintReceipt r, long ms) throws Exception {
        int job = r.jobs().isEmpty() ? -1 : r.jobs().get(0);
        String size = job < 0 ? "?" : String.format("%.1f MB", spoolBytes(r.printer(), job) / 1e6);
        long done = job < 0 ? -1 : untilWritten(r.printer(), job);
        System.out.printf("  %-31s %d forms, %d pages: accepted by the spooler after %,d ms (job %s, %s in the queue)"
                        + "; the driver finished %s%n", how, r.forms(), r.pages(), ms, r.jobNames(), size,
                done < 0 ? "?" : String.format("%,d ms later", done));
    }

    /** The job's size as CUPS lists it. */
    private static long spoolBytes(String printer, int job) throws Exception {
        for (String line : lpstat("-W", "all", "-o", printer).split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length > 2 && w[0].equals(printer + "-" + job)) {
                return Long.parseLong(w[2]);
            }
        }
        return -1;
    }

    /** Milliseconds until CUPS lists the job as completed (the driver has processed it). */
    private static long untilWritten(String printer, int job) throws Exception {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 600_000_000_000L) {
            for (String line : lpstat("-W", "completed", "-o", printer).split("\n")) {
                if (line.startsWith(printer + "-" + job + " ")) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private static String lpstat(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("lpstat"));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
