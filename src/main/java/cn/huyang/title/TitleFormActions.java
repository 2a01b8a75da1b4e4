package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.BackgroundWork;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.print.Layout;
import cn.huyang.print.PrintFlow;
import cn.huyang.print.PrintablePages;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The title tab's print actions: preview, print and PDF export of one applicant's recommendation
 * sheet (职称评审推荐表), every sheet of a year, or the year's list (评审名单); 打印全部 sends every sheet
 * of the year straight to the printer used last. Preview and print go through the {@link PrintFlow}
 * (reading and laying out in the background); the PDF is written in the background too; on the
 * JavaFX thread only the folder chooser, the dialogs and the messages.
 */
public final class TitleFormActions {
    private final TitleForms forms;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Messages m;
    private final PrintFlow flow;

    public TitleFormActions(TitleForms forms, BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner,
                            Remembered remembered) {
        this.forms = forms;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.m = forms.messages();
        this.flow = new PrintFlow(runner, dialogs, owner, m, remembered);
    }

    // ---- preview and print -----------------------------------------------------------------------

    /** Previews one application's sheet (null: every sheet of the year), with a print button. */
    public void previewSheets(int year, Long applicationId) {
        flow.preview(m.get("titleForm.reading"), sheetPages(year, applicationId), m.get("titleForm.preview.title"),
                m.get("titleForm.none.year", year));
    }

    /** Previews the year's list, with a print button. */
    public void previewList(int year) {
        flow.preview(m.get("titleForm.list.reading"), listPages(year), m.get("titleForm.list.preview.title"),
                m.get("titleForm.none.year", year));
    }

    /** Prints one application's sheet (null: every sheet of the year) after the printer dialog. */
    public void printSheets(int year, Long applicationId) {
        flow.print(m.get("titleForm.reading"), sheetPages(year, applicationId), m.get("titleForm.none.year", year));
    }

    /** 打印全部: every sheet of the year on the printer used last (asked once, then remembered). */
    public void printAllSheets(int year) {
        printAllSheets(year, null);
    }

    /** 打印全部 of one application's sheet (null: every sheet of the year), without the system's print dialog. */
    public void printAllSheets(int year, Long applicationId) {
        flow.printAll(m.get("titleForm.reading"), sheetPages(year, applicationId), m.get("titleForm.none.year", year));
    }

    /** The print flow, for what a print job sent (tests). */
    public PrintFlow flow() {
        return flow;
    }

    /** Prints the year's list after the printer dialog. */
    public void printList(int year) {
        flow.print(m.get("titleForm.list.reading"), listPages(year), m.get("titleForm.none.year", year));
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
                        dialogs.notice(m.get("titleForm.written", files.size(), folder));
                    }
                    done.accept(files);
                }, dialogs::failure);
    }

    // ---- reading and laying out, in the background ------------------------------------------------

    private BackgroundWork<PrintablePages> sheetPages(int year, Long applicationId) {
        return p -> {
            RecommendationSheetLayout layout = new RecommendationSheetLayout(m);
            List<Layout.Page> pages = new ArrayList<>();
            List<RecommendationSheet> sheets = forms.sheets(year, null, null, applicationId);
            for (RecommendationSheet s : sheets) {
                pages.addAll(layout.layout(s));
            }
            return new PrintablePages(pages, m.get("titleForm.print.running"), sheets.size(),
                    m.get("titleForm.fileName", year));
        };
    }

    private BackgroundWork<PrintablePages> listPages(int year) {
        return p -> new PrintablePages(new ReviewListLayout(m).layout(forms.list(year)),
                m.get("titleForm.print.running"), 1, m.get("titleForm.list.fileName", year));
    }
}
