package cn.huyang.recruitment;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.BackgroundWork;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import cn.huyang.print.PrintFlow;
import cn.huyang.print.PrintablePages;
import cn.huyang.print.RecruitmentList;
import cn.huyang.print.RecruitmentListLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The 选聘 tab's printing: a preview (with print) of the round's 公示名单 or 拟聘用人员名单, laid out in
 * the background through the {@link PrintFlow}, and either list as a PDF file in a chosen folder.
 */
public final class RecruitmentPrintActions {
    private final RecruitmentForms forms;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Messages m;
    private final PrintFlow flow;

    public RecruitmentPrintActions(RecruitmentForms forms, Messages m, BackgroundRunner runner, DialogService dialogs,
                                   Supplier<Window> owner, Remembered remembered) {
        this.forms = forms;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.m = m;
        this.flow = new PrintFlow(runner, dialogs, owner, m, remembered);
    }

    public void previewNotice(long roundId) {
        flow.preview(m.get("recruitment.print.reading"), pages(() -> forms.noticeList(roundId)),
                m.get("recruitment.printNotice"), m.get("recruitment.print.empty"));
    }

    public void previewHire(long roundId) {
        flow.preview(m.get("recruitment.print.reading"), pages(() -> forms.hireList(roundId)),
                m.get("recruitment.printHire"), m.get("recruitment.print.empty"));
    }

    /** Asks for a folder and writes the list there as a PDF. */
    public void pdf(long roundId, Function<Long, RecruitmentList> which) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(m.get("titleForm.folder"));
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            Path folder = dir.toPath();
            runner.run(m.get("recruitment.print.reading"), p -> forms.write(which.apply(roundId), folder),
                    file -> dialogs.notice(m.get("recruitment.print.written.done", file)), dialogs::failure);
        }
    }

    public RecruitmentForms forms() {
        return forms;
    }

    private BackgroundWork<PrintablePages> pages(Supplier<RecruitmentList> list) {
        return p -> {
            RecruitmentList l = list.get();
            return new PrintablePages(new RecruitmentListLayout(m).layout(l), m.get("recruitment.print.running"), 1,
                    l.heading());
        };
    }
}
