package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import cn.huyang.common.ui.ListRequest;
import cn.huyang.worklog.JournalView;
import cn.huyang.worklog.JournalViewModel;
import cn.huyang.worklog.SummaryView;
import cn.huyang.worklog.SummaryViewModel;
import cn.huyang.worklog.WorklogView;
import cn.huyang.worklog.WorklogViewModel;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * 工作记录 [三(一)3]: a counselor's month of records, quick entry and the month's counts; and 工作周记
 * [三(一)3(5)], the same counselor's and month's weekly journals (one chooser drives both).
 */
public final class WorklogTab implements FeatureTab {
    private final WorklogViewModel vm;
    private final JournalViewModel journal;
    private final TabPane root = new TabPane();
    private final Tab journalTab;
    private final SummaryViewModel summary;
    private boolean loaded;

    WorklogTab(Ui ui) {
        WorklogModule w = WorklogModule.of(ui.app());
        vm = new WorklogViewModel(w.records(), w.summaries(), w.students(), ui.runner(), ui.messages());
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnNotice(ui.dialogs()::notice);
        vm.setOnChanged(() -> ui.dataChanged(this));
        journal = new JournalViewModel(w.journals(), ui.runner(), ui.messages(), vm.counselors(),
                vm.counselorProperty(), vm.monthProperty());
        journal.setOnFailure(ui.dialogs()::failure);
        journal.setOnNotice(ui.dialogs()::notice);
        journal.setOnChanged(() -> ui.dataChanged(this));
        Tab records = new Tab(ui.messages().get("worklog.view.records"), new WorklogView(vm, ui.messages()).node());
        records.setId("worklogRecordsView");
        journalTab = new Tab(ui.messages().get("worklog.view.journal"), new JournalView(journal, ui.messages(),
                ui.dialogs()::confirm).node());
        journalTab.setId("worklogJournalView");
        root.setId("worklogViews");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        summary = new SummaryViewModel(w.summaries(), ui.runner(), ui.messages(), vm.monthProperty());
        summary.setOnFailure(ui.dialogs()::failure);
        Tab counts = new Tab(ui.messages().get("worklog.view.summary"), new SummaryView(summary, ui.messages()).node());
        counts.setId("worklogSummaryView");
        counts.selectedProperty().addListener((o, a, b) -> {
            if (b && !summary.isActive()) {
                summary.load(); // the first time; from then on a change of month, period or grouping counts again
            }
        });
        root.getTabs().addAll(records, journalTab, counts);
        journalTab.selectedProperty().addListener((o, a, b) -> {
            if (b && loaded && !journal.isActive()) {
                journal.load(); // the first time; from then on the counselor's or month's change reloads it
            }
        });
    }

    public WorklogViewModel viewModel() {
        return vm;
    }

    public JournalViewModel journalViewModel() {
        return journal;
    }

    public SummaryViewModel summaryViewModel() {
        return summary;
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
            root.getSelectionModel().selectFirst(); // the records, not the journals
            vm.talkWith(t.counselorId(), t.studentId());
        });
    }

    @Override
    public void refresh() {
        if (loaded) {
            vm.load();
            if (journal.isActive()) {
                journal.load();
            }
        }
        if (summary.isActive()) {
            summary.load();
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.hasUnsavedChanges() || journal.hasUnsavedChanges();
    }
}
