package cn.huyang.print;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.BackgroundWork;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/**
 * The one way forms reach the screen and the printer: reading and laying out the pages run through
 * the background runner, with progress; on the JavaFX thread only the print dialog, the preview and
 * the messages are shown; the printing runs in the background again. A4 always; a clear message when
 * no printer is installed.
 */
public final class PrintFlow {
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Messages m;

    public PrintFlow(BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner, Messages m) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.m = m;
    }

    /**
     * Lays out in the background (saying {@code reading}), then previews the pages under {@code title}
     * with a print button; says {@code none} instead when there is nothing to show.
     */
    public void preview(String reading, BackgroundWork<PrintablePages> layout, String title, String none) {
        laidOut(reading, layout, none, laid -> new FormPreview(m, owner.get(), title, laid.pages(), () -> print(laid))
                .show());
    }

    /** Lays out in the background, then prints after the printer dialog; says {@code none} when there is nothing. */
    public void print(String reading, BackgroundWork<PrintablePages> layout, String none) {
        laidOut(reading, layout, none, this::print);
    }

    private void laidOut(String reading, BackgroundWork<PrintablePages> layout, String none,
                         Consumer<PrintablePages> use) {
        runner.run(reading, layout, laid -> {
            if (laid.isEmpty()) {
                dialogs.info(none);
            } else {
                use.accept(laid);
            }
        }, dialogs::failure);
    }

    /** Prints laid-out pages on the chosen printer, A4, in the background; a clear message when no printer is installed. */
    private void print(PrintablePages laid) {
        PrinterJob job = FxFormPrinter.createJob();
        if (job == null) {
            dialogs.error(m.get("assessment.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        runner.run(laid.printing(), p -> FxFormPrinter.print(job, laid.pages(), p, () -> false), ok -> {
            if (!ok) {
                dialogs.error(m.get("assessment.print.failed"));
            }
        }, dialogs::failure);
    }
}
