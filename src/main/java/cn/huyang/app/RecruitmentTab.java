package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The 选聘 tab (placeholder while the view is built). */
public final class RecruitmentTab implements FeatureTab {
    private final Label node;

    RecruitmentTab(Ui ui) {
        node = new Label(ui.messages().get("recruitment.tab"));
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
    }

    @Override
    public void refresh() {
    }
}
