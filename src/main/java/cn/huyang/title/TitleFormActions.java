package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.print.FormPreview;
import cn.huyang.print.FxFormPrinter;
import cn.huyang.print.Layout;
import cn.huyang.print.RecommendationSheet;
import cn.huyang.print.RecommendationSheetLayout;
import cn.huyang.print.ReviewListLayout;
import cn.huyang.common.ui.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PrinterJob;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The title tab's print actions: preview, print and PDF export of one applicant's recommendation
 * sheet (职称评审推荐表), every sheet of a year, or the year's list (评审名单). Reading, laying out,
 * writing and printing run through the background runner; on the JavaFX thread only the folder
 * chooser, the print dialog, the preview and the messages are shown. A4 always; a clear message
 * when no printer is installed.
 */
public final class TitleFormActions {
    private final TitleForms forms;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Messages m;

    public TitleFormActions(TitleForms forms, BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner) {
        this.forms = forms;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.m = forms.messages();
    }

    // ---- preview ----------------------------------------------------------------------------------

    /** Previews one application's sheet (null: every sheet of the year), with a print button. */
    public void previewSheets(int year, Long applicationId) {
        sheetPages(year, applicationId, pages -> preview(m.get("titleForm.preview.title"), pages));
    }

    /** Previews the year's list, with a print button. */
    public void previewList(int year) {
        listPages(year, pages -> preview(m.get("titleForm.list.preview.title"), pages));
    }

    private void preview(String title, List<Layout.Page> pages) {
        new FormPreview(m, owner.get(), title, pages, () -> print(pages)).show();
    }

    // ---- print ------------------------------------------------------------------------------------

    /** Prints one application's sheet (null: every sheet of the year) after the printer dialog. */
    public void printSheets(int year, Long applicationId) {
        sheetPages(year, applicationId, this::print);
    }

    /** Prints the year's list after the printer dialog. */
    public void printList(int year) {
        listPages(year, this::print);
    }

    /** Prints laid-out pages on the chosen printer, A4; a clear message when no printer is installed. */
    private void print(List<Layout.Page> pages) {
        PrinterJob job = FxFormPrinter.createJob();
        if (job == null) {
            dialogs.error(m.get("assessment.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        runner.run(m.get("titleForm.print.running"), p -> FxFormPrinter.print(job, pages, p, () -> false), ok -> {
            if (!ok) {
                dialogs.error(m.get("assessment.print.failed"));
            }
        }, dialogs::failure);
    }

    // ---- PDF --------------------------------------------------------------------------------------

    /**
     * Asks for a folder, then writes one application's sheet (null: every sheet of the year, one file
     * each or one combined file when {@code single}) and, when {@code withList}, the year's list.
     */
    public void exportPdf(int year, Long applicationId, boolean single, boolean withList) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("titleForm.folder"));
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            exportPdf(year, applicationId, single, withList, dir.toPath(), files -> { });
        }
    }

    /** Writes into a chosen folder; {@code done} receives the files after the message is shown. */
    public void exportPdf(int year, Long applicationId, boolean single, boolean withList, Path folder,
                          Consumer<List<Path>> done) {
        runner.run(m.get("titleForm.exporting"),
                p -> forms.export(year, applicationId, single, withList, folder, p, () -> false), files -> {
                    if (files.isEmpty()) {
                        dialogs.info(m.get("titleForm.none.year", year));
                    } else {
                        dialogs.info(m.get("titleForm.written", files.size(), folder));
                    }
                    done.accept(files);
                }, dialogs::failure);
    }

    // ---- reading and laying out, in the background ------------------------------------------------

    private void sheetPages(int year, Long applicationId, Consumer<List<Layout.Page>> use) {
        runner.run(m.get("titleForm.reading"), p -> {
            RecommendationSheetLayout layout = new RecommendationSheetLayout(m);
            List<Layout.Page> pages = new ArrayList<>();
            for (RecommendationSheet s : forms.sheets(year, null, null, applicationId)) {
                pages.addAll(layout.layout(s));
            }
            return pages;
        }, pages -> {
            if (pages.isEmpty()) {
                dialogs.info(m.get("titleForm.none.year", year));
            } else {
                use.accept(pages);
            }
        }, dialogs::failure);
    }

    private void listPages(int year, Consumer<List<Layout.Page>> use) {
        runner.run(m.get("titleForm.list.reading"), p -> new ReviewListLayout(m).layout(forms.list(year)), use,
                dialogs::failure);
    }
}
