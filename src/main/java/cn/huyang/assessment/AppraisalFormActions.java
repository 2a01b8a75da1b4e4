package cn.huyang.assessment;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.print.PrintFlow;
import cn.huyang.common.ui.DialogService;
import java.io.File;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The appraisal forms' print flow: which forms and what to do with them are asked, then the preview
 * and the printing go through the {@link PrintFlow} (reading and laying out in the background; 打印全部
 * straight to the printer used last) and the PDF files are written in the background with progress.
 */
final class AppraisalFormActions {
    private final AssessmentViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final AssessmentDialogs ask;
    private final PrintFlow flow;

    AppraisalFormActions(AssessmentViewModel vm, BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner,
                         AssessmentDialogs ask, Remembered remembered) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        this.ask = ask;
        this.flow = new PrintFlow(runner, dialogs, owner, m, remembered);
    }

    /** Asks for the scope and the action (preview, print, PDF), then does it; {@code selected} may be null. */
    void choose(GridRow selected) {
        ask.forms(selected != null, vm.departmentProperty().get() != null).ifPresent(choice -> {
            String none = m.get("forms.none", vm.yearProperty().get());
            switch (choice.action()) {
                case PREVIEW -> flow.preview(m.get("assessment.forms.reading"), vm.formPages(choice.scope(), selected),
                        m.get("assessment.preview.title"), none);
                case PRINT -> flow.print(m.get("assessment.forms.reading"), vm.formPages(choice.scope(), selected),
                        none);
                case PRINT_ALL -> flow.printAll(m.get("assessment.forms.reading"),
                        vm.formPages(choice.scope(), selected), none);
                case PDF -> {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle(m.get("assessment.forms.folder"));
                    File dir = chooser.showDialog(owner.get());
                    if (dir != null) {
                        vm.exportPdf(choice.scope(), selected, dir.toPath(), choice.single(),
                                files -> dialogs.notice(m.get("assessment.forms.written", files.size(), dir)));
                    }
                }
                default -> { }
            }
        });
    }
}
