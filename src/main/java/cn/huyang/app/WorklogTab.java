package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import cn.huyang.common.ui.ListRequest;
import cn.huyang.worklog.WorklogView;
import cn.huyang.worklog.WorklogViewModel;
import javafx.scene.Node;

/** 工作记录 [三(一)3]: a counselor's month of records, quick entry and the month's counts. */
public final class WorklogTab implements FeatureTab {
    private final WorklogViewModel vm;
    private final Node root;
    private boolean loaded;

    WorklogTab(Ui ui) {
        WorklogModule w = WorklogModule.of(ui.app());
        vm = new WorklogViewModel(w.records(), w.summaries(), w.students(), ui.runner(), ui.messages());
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnNotice(ui.dialogs()::notice);
        vm.setOnChanged(() -> ui.dataChanged(this));
        root = new WorklogView(vm, ui.messages()).node();
    }

    public WorklogViewModel viewModel() {
        return vm;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        if (!loaded) {
            loaded = true;
            vm.load();
        }
    }

    /** 新建谈话记录 from a student's file: a new talk with the student, in the counselor's month. */
    @Override
    public void open(ListRequest request) {
        request.talk().ifPresent(t -> {
            loaded = true;
            vm.talkWith(t.counselorId(), t.studentId());
        });
    }

    @Override
    public void refresh() {
        if (loaded) {
            vm.load();
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.hasUnsavedChanges();
    }
}
