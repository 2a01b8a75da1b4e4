package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import cn.huyang.recruitment.RecruitmentView;
import cn.huyang.recruitment.RecruitmentViewModel;
import javafx.scene.Node;

/** The 选聘 tab: rounds, candidates and their stages; a hire adds a counselor, so the other tabs refresh. */
public final class RecruitmentTab implements FeatureTab {
    private final RecruitmentView view;

    RecruitmentTab(Ui ui) {
        RecruitmentViewModel vm = new RecruitmentViewModel(ui.app().recruitment(), ui.runner(), ui.messages());
        view = new RecruitmentView(vm, ui.messages(), ui.dialogs(), ui.owner());
        vm.setOnChanged(() -> ui.dataChanged(this));
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
