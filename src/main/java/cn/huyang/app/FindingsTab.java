package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.findings.FindingsView;
import cn.huyang.findings.FindingsViewModel;
import cn.huyang.findings.TrackedFinding;
import java.util.List;
import javafx.scene.Node;

/** The 合规提示 tab: a deregistration decided here changes the roster, so the other tabs refresh. */
public final class FindingsTab implements FeatureTab {
    private final FindingsView view;
    private final FindingsViewModel vm;

    FindingsTab(Ui ui) {
        AppContext app = ui.app();
        Messages m = ui.messages();
        vm = new FindingsViewModel(app.findings(), ui.runner(), m);
        view = new FindingsView(vm, ui.dialogs(), ui.owner());
        vm.setOnChanged(() -> ui.dataChanged(this));
        // findings are read from every kind of record: any change elsewhere may raise or settle one
        ChangesElsewhere.follow(ui, view.node(), entities -> !entities.isEmpty(), () -> false, view::invalidate,
                view::reloadKeepingPlace);
        // the status and severity filters are kept for the next start
        cn.huyang.common.ui.Remembering.choice(ui.remembered(), "findings.status", vm.statusProperty(),
                cn.huyang.findings.FindingStatus.class);
        cn.huyang.common.ui.Remembering.choice(ui.remembered(), "findings.severity", vm.severityProperty(),
                cn.huyang.common.Finding.Severity.class);
        cn.huyang.common.ui.Tables.contextMenu(view.table(), m, null, rows -> ui.spreadsheets().exportSelected(
                () -> m.get("io.sheet.findings"), (file, fullId) -> app.export().findings(file, List.copyOf(rows))));
        view.addTool(ui.spreadsheets().button("exportFindingsButton", () -> m.get("io.sheet.findings"), false, () -> {
            List<TrackedFinding> rows = List.copyOf(view.table().getItems());
            return (file, fullId) -> app.export().findings(file, rows);
        }));
        view.addTool(ui.listPrinting().button("printFindingsButton", () -> {
            List<TrackedFinding> rows = List.copyOf(view.table().getItems());
            Integer year = vm.yearProperty().get();
            var status = vm.statusProperty().get();
            var severity = vm.severityProperty().get();
            String clause = vm.clauseProperty().get();
            String department = vm.departmentProperty().get();
            return year == null ? null
                    : p -> app.printedLists().findings(year, rows, status, severity, clause, department);
        }));
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

    /** The open findings of a year under a clause, of a department (the dashboard's findings figure). */
    @Override
    public void open(cn.huyang.common.ui.ListRequest request) {
        vm.clauseProperty().set(request.what());
        vm.departmentProperty().set(request.department());
        vm.statusProperty().set(cn.huyang.findings.FindingStatus.OPEN);
        if (request.year() != null) {
            vm.yearProperty().set(request.year());
        }
    }

    public FindingsView view() {
        return view;
    }
}
