package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.io.RecruitmentExport;
import cn.huyang.recruitment.RecruitmentForms;
import cn.huyang.recruitment.RecruitmentPrintActions;
import cn.huyang.recruitment.RecruitmentView;
import cn.huyang.recruitment.RecruitmentViewModel;
import cn.huyang.recruitment.Round;
import cn.huyang.recruitment.RoundSheet;
import java.io.File;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;

/**
 * The 选聘 tab: rounds, candidates and their stages, the printed lists and the xlsx export; a hire adds
 * a counselor, so the other tabs refresh.
 */
public final class RecruitmentTab implements FeatureTab {
    private final RecruitmentView view;

    RecruitmentTab(Ui ui) {
        Messages m = ui.messages();
        RecruitmentViewModel vm = new RecruitmentViewModel(ui.app().recruitment(), ui.runner(), m);
        view = new RecruitmentView(vm, m, ui.dialogs(), ui.owner());
        vm.setOnChanged(() -> ui.dataChanged(this));
        RecruitmentForms forms = new RecruitmentForms(ui.app().recruitment());
        RecruitmentPrintActions print = new RecruitmentPrintActions(forms, m, ui.runner(), ui.dialogs(), ui.owner(),
                ui.remembered());
        RecruitmentExport export = new RecruitmentExport(m, ui.app().access());
        view.addTools(
                button(m, "printNoticeButton", "recruitment.printNotice", vm, r -> print.previewNotice(r.id())),
                button(m, "printHireButton", "recruitment.printHire", vm, r -> print.previewHire(r.id())),
                button(m, "pdfNoticeButton", "recruitment.pdfNotice", vm, r -> print.pdf(r.id(), forms::noticeList)),
                button(m, "pdfHireButton", "recruitment.pdfHire", vm, r -> print.pdf(r.id(), forms::hireList)),
                button(m, "exportCandidatesButton", "recruitment.exportCandidates", vm, r -> {
                    RoundSheet sheet = vm.sheetProperty().get();
                    FileChooser chooser = new FileChooser();
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
                    chooser.setInitialFileName(r.year() + "-" + r.title() + ".xlsx");
                    File file = chooser.showSaveDialog(ui.owner().get());
                    if (file != null && sheet != null) {
                        ui.runner().run(m.get("recruitment.saving"), p -> export.candidates(file.toPath(), sheet),
                                n -> ui.dialogs().notice(m.get("recruitment.exported", n, file.getName())),
                                ui.dialogs()::failure);
                    }
                }));
    }

    private static Button button(Messages m, String id, String key, RecruitmentViewModel vm, Consumer<Round> action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.disableProperty().bind(vm.roundProperty().isNull());
        b.setOnAction(e -> action.accept(vm.roundProperty().get()));
        return b;
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void shown() {
        view.showing();
    }

    @Override
    public void refresh() {
        view.invalidate();
    }

    public RecruitmentView view() {
        return view;
    }
}
