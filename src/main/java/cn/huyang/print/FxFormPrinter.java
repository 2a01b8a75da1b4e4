package cn.huyang.print;

import cn.huyang.common.Progress;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Translate;

/**
 * Prints layout pages on a real printer through JavaFX printing: always A4, whatever the printer's
 * default paper (Letter on many drivers), portrait or landscape as each page is laid out, the page
 * drawn at its true size with the form's own margins. Honest about the result through
 * {@link PrintRun}: the printer is checked before, and the job must reach the printer's queue after.
 */
public final class FxFormPrinter {
    /** The thread JavaFX's printing (com.sun.prism.j2d.print.J2DPrinterJob) hands each job's pages to. */
    private static final String PRINT_THREAD = "Print Job Thread";

    private FxFormPrinter() {
    }

    /** A job on the default printer, or null when no printer is installed. */
    public static PrinterJob createJob() {
        return Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
    }

    /** A job on the printer of that name, or null when there is none. */
    public static PrinterJob createJob(String printer) {
        for (Printer p : Printer.getAllPrinters()) {
            if (p.getName().equals(printer)) {
                return PrinterJob.createPrinterJob(p);
            }
        }
        return null;
    }

    /** A4 portrait with the printer's smallest margins: the form brings its own. */
    public static PageLayout a4(Printer printer) {
        return a4(printer, false);
    }

    /** A4 portrait or landscape with the printer's smallest margins. */
    public static PageLayout a4(Printer printer, boolean landscape) {
        return printer.createPageLayout(Paper.A4, landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
    }

    /**
     * Prints the pages of {@code forms} forms with the job's printer and settings (copies, name), off
     * the JavaFX thread; stops between pages when {@code cancelled} (nothing is printed then).
     *
     * @return what was sent, once the printer's queue has it (where the platform tells)
     * @throws PrintProblem when the printer cannot print, refused the job, or never received it
     * @throws CancellationException when cancelled
     */
    public static PrintReceipt print(PrintRun run, PrinterJob job, int forms, List<Layout.Page> pages,
                                     Progress progress, BooleanSupplier cancelled) {
        String printer = job.getPrinter().getName();
        int copies = Math.max(1, job.getJobSettings().getCopies());
        JobHandover handover = new JobHandover(job, printer, pages, progress, cancelled);
        try {
            return run.send(printer, forms, pages.size(), copies, handover);
        } catch (RuntimeException e) {
            if (!handover.ended) {
                job.cancelJob();
            }
            throw e;
        }
    }

    /** Sends the pages one by one; the job is handed over when JavaFX's print thread has ended. */
    private static final class JobHandover implements PrintRun.Handover {
        private final PrinterJob job;
        private final String printer;
        private final List<Layout.Page> pages;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private volatile Thread worker;
        private volatile boolean ended;

        JobHandover(PrinterJob job, String printer, List<Layout.Page> pages, Progress progress,
                    BooleanSupplier cancelled) {
            this.job = job;
            this.printer = printer;
            this.pages = pages;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public void send() {
            PageLayout portrait = a4(job.getPrinter(), false);
            PageLayout landscape = null;
            job.getJobSettings().setPageLayout(portrait);
            Set<Thread> before = printThreads();
            int done = 0;
            for (Layout.Page page : pages) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                if (page.isLandscape() && landscape == null) {
                    landscape = a4(job.getPrinter(), true);
                }
                PageLayout layout = page.isLandscape() ? landscape : portrait;
                Pane node = FxPageRenderer.render(page);
                node.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
                if (!job.printPage(layout, node)) {
                    throw new PrintProblem(PrintProblem.Kind.REFUSED, printer, String.valueOf(job.getJobStatus()));
                }
                if (worker == null) {
                    Set<Thread> now = printThreads();
                    now.removeAll(before);
                    worker = now.isEmpty() ? null : now.iterator().next();
                }
                progress.update(++done, pages.size());
            }
            ended = true;
            if (!job.endJob()) {
                throw new PrintProblem(PrintProblem.Kind.REFUSED, printer, String.valueOf(job.getJobStatus()));
            }
        }

        @Override
        public boolean finished() {
            Thread t = worker;
            return t == null || !t.isAlive();
        }
    }

    private static Set<Thread> printThreads() {
        Set<Thread> out = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (PRINT_THREAD.equals(t.getName())) {
                out.add(t);
            }
        }
        return out;
    }
}
