package cn.huyang.print;

import cn.huyang.common.Progress;
import java.util.List;
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
 * drawn at its true size with the form's own margins.
 */
public final class FxFormPrinter {
    private FxFormPrinter() {
    }

    /** A job on the default printer, or null when no printer is installed. */
    public static PrinterJob createJob() {
        return Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
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

    /** Prints every page; may run off the JavaFX thread. Ends the job; false when the printer refused. */
    public static boolean print(PrinterJob job, List<Layout.Page> pages, Progress progress, BooleanSupplier cancelled) {
        PageLayout portrait = a4(job.getPrinter(), false);
        PageLayout landscape = null;
        job.getJobSettings().setPageLayout(portrait);
        int done = 0;
        for (Layout.Page page : pages) {
            if (cancelled.getAsBoolean()) {
                job.cancelJob();
                throw new CancellationException();
            }
            if (page.isLandscape() && landscape == null) {
                landscape = a4(job.getPrinter(), true);
            }
            PageLayout layout = page.isLandscape() ? landscape : portrait;
            Pane node = FxPageRenderer.render(page);
            node.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
            if (!job.printPage(layout, node)) {
                job.cancelJob();
                return false;
            }
            progress.update(++done, pages.size());
        }
        return job.endJob();
    }
}
