package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** 工作记录 (placeholder while the screen is built). */
public final class WorklogTab implements FeatureTab {
    private final Label root;

    WorklogTab(Ui ui) {
        root = new Label(ui.messages().get("worklog.tab"));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
    }

    @Override
    public void refresh() {
    }
}
