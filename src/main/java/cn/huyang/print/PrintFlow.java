package cn.huyang.print;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.BackgroundWork;
import cn.huyang.common.Cancellation;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/**
 * The one way forms reach the screen and the printer: reading and laying out the pages run through
 * the background runner, with progress; on the JavaFX thread only the print dialog, the preview and
 * the messages are shown; the printing runs in the background again, with its progress and 取消 in
 * the status bar. A4 always. The result is told honestly: the printer is checked before and the job
 * must reach its queue after ({@link PrintRun}); a summary when it has (已发送 70 份，共 140 页，到打印机
 * X), else one plain sentence why nothing was printed.
 */
public final class PrintFlow {
    /** Where the printer chosen for 打印全部 is remembered. */
    public static final String PRINTER_KEY = "print.printer";

    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Messages m;
    private final Remembered remembered;
    private Consumer<PrintReceipt> onPrinted = r -> { };

    public PrintFlow(BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner, Messages m,
                     Remembered remembered) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.m = m;
        this.remembered = remembered;
    }

    /** Also tells {@code onPrinted} what each job sent (after the summary is shown). */
    public void setOnPrinted(Consumer<PrintReceipt> onPrinted) {
        this.onPrinted = onPrinted;
    }

    /**
     * Lays out in the background (saying {@code reading}), then previews the pages under {@code title}
     * with a print button; says {@code none} instead when there is nothing to show.
     */
    public void preview(String reading, BackgroundWork<PrintablePages> layout, String title, String none) {
        laidOut(reading, layout, none, laid -> new FormPreview(m, owner.get(), title, laid.pages(), () -> print(laid))
                .show());
    }

    /** As {@link #preview(String, BackgroundWork, String, String)}, the window titled after the pages laid out. */
    public void preview(String reading, BackgroundWork<PrintablePages> layout,
                        java.util.function.Function<PrintablePages, String> title, String none) {
        laidOut(reading, layout, none, laid -> new FormPreview(m, owner.get(), title.apply(laid), laid.pages(),
                () -> print(laid)).show());
    }

    /** Lays out in the background, then prints after the printer dialog; says {@code none} when there is nothing. */
    public void print(String reading, BackgroundWork<PrintablePages> layout, String none) {
        laidOut(reading, layout, none, this::print);
    }

    /**
     * 打印全部: lays out in the background, then asks only for the printer (the one used last
     * preselected, and remembered) and the copies, and prints every page there.
     */
    public void printAll(String reading, BackgroundWork<PrintablePages> layout, String none) {
        record Prepared(PrintablePages laid, List<String> printers, String preselected) {
        }
        runner.run(reading, p -> {
            PrintablePages laid = layout.run(p);
            List<String> printers = PrinterCheck.printers();
            String last = remembered.get(PRINTER_KEY).filter(printers::contains).orElse(null);
            return new Prepared(laid, printers, last != null ? last : PrinterCheck.defaultPrinter().orElse(null));
        }, prepared -> {
            if (prepared.laid().isEmpty()) {
                dialogs.info(none);
            } else if (prepared.printers().isEmpty()) {
                dialogs.error(new PrintProblem(PrintProblem.Kind.NO_PRINTER, "", "").render(m));
            } else {
                PrintAllDialog.ask(m, owner.get(), prepared.laid(), prepared.printers(), prepared.preselected())
                        .ifPresent(choice -> {
                            remembered.put(PRINTER_KEY, choice.printer());
                            send(prepared.laid(), () -> {
                                PrinterJob job = FxFormPrinter.createJob(choice.printer());
                                if (job == null) {
                                    throw new PrintProblem(PrintProblem.Kind.ABSENT, choice.printer(),
                                            String.join("、", PrinterCheck.printers()));
                                }
                                job.getJobSettings().setCopies(choice.copies());
                                return job;
                            });
                        });
            }
        }, dialogs::failure);
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

    /** Prints laid-out pages on the printer chosen in the system's print dialog. */
    private void print(PrintablePages laid) {
        PrinterJob job = FxFormPrinter.createJob();
        if (job == null) {
            dialogs.error(new PrintProblem(PrintProblem.Kind.NO_PRINTER, "", "").render(m));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        send(laid, () -> job);
    }

    /** The job to print with, made in the background. */
    private interface JobSource {
        PrinterJob job();
    }

    /** Prints in the background with progress and 取消; tells the summary, or why nothing was printed. */
    private void send(PrintablePages laid, JobSource source) {
        Cancellation cancel = new Cancellation();
        runner.run(laid.printing(), cancel, p -> {
            PrinterJob job = source.job();
            job.getJobSettings().setJobName(laid.title());
            return FxFormPrinter.print(PrintRun.system(), job, laid.forms(), laid.pages(), p, cancel);
        }, receipt -> {
            dialogs.info(receipt.summary(m));
            onPrinted.accept(receipt);
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof PrintProblem problem) {
            dialogs.error(problem.render(m));
        } else if (e instanceof CancellationException) {
            dialogs.info(m.get("print.cancelled"));
        } else {
            dialogs.failure(e);
        }
    }
}
