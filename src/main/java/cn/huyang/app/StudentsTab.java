package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import cn.huyang.common.ui.ListRequest;
import cn.huyang.students.StudentsView;
import cn.huyang.students.StudentsViewModel;
import javafx.scene.Node;

/** 学生档案: the attention list (by what is due), the student list with its filter, and a student's file. */
public final class StudentsTab implements FeatureTab {
    private final StudentsViewModel model;
    private final StudentsView view;
    private boolean loaded;

    StudentsTab(Ui ui) {
        StudentsModule s = StudentsModule.of(ui.app());
        model = new StudentsViewModel(s.students(), s.attention(), ui.app().roster(), ui.runner(), ui.messages());
        model.setOnFailure(ui.dialogs()::failure);
        model.setOnNotice(ui.dialogs()::notice);
        model.setOnChanged(() -> ui.dataChanged(this));
        model.setOnNewTalk(st -> ui.open(ListRequest.newTalk(st.counselorId(), st.id())));
        view = new StudentsView(model, ui.messages());
    }

    public StudentsViewModel model() {
        return model;
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void shown() {
        if (!loaded) {
            loaded = true;
            model.load();
        }
    }

    @Override
    public void refresh() {
        if (loaded) {
            model.load();
        }
    }
}
