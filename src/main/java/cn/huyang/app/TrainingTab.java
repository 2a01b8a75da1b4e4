package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.common.ui.Remembering;
import cn.huyang.common.ui.Tables;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.io.SpreadsheetActions;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.ComplianceViewModel;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingLedgerViewModel;
import cn.huyang.training.TrainingView;
import java.util.List;
import javafx.scene.Node;

/** The training tab: the ledger, the year's compliance and the budget, with 导出 Excel… on the first two. */
public final class TrainingTab implements FeatureTab {
    private final TrainingView view;
    /** What another PC's change must touch for the ledger and the compliance to load again. */
    private static final java.util.Set<String> SHOWN = java.util.Set.of("training", "trainingRecord", "counselor",
            "department", DataChanges.ALL);

    TrainingTab(Ui ui) {
        AppContext app = ui.app();
        Messages m = ui.messages();
        TrainingLedgerViewModel ledger = new TrainingLedgerViewModel(app.training(), ui.runner(), m);
        ComplianceViewModel compliance = new ComplianceViewModel(app.training(), ui.runner(), m);
        view = new TrainingView(ledger, compliance, m, ui.dialogs(), ui.owner());
        installExports(ui.spreadsheets(), app, m);
        installPrinting(ui.listPrinting(), app);
        ChangesElsewhere.follow(ui, view.node(), ChangesElsewhere.anyOf(SHOWN), () -> false, view::invalidate, () -> {
            view.invalidate(); // the sub-tab shown loads again now, keeping the place; the others when shown
            view.showing();
        });
        // right click: 编辑 / 复制 / 导出所选行… (as the roster's: the rows chosen, to a file chosen as 导出 Excel… does);
        // the ledger's filters, its sort and 只看未达标 are kept for the next start
        Tables.contextMenu(view.ledgerView().table(), m, view.ledgerView()::openForm, rows -> ui.spreadsheets()
                .exportSelected(() -> m.get("io.sheet.ledger"), (file, fullId) -> app.export().ledger(file, rows)));
        Tables.contextMenu(view.complianceView().table(), m, null, rows -> {
            int year = view.complianceView().year();
            ui.spreadsheets().exportSelected(() -> m.get("io.sheet.compliance"),
                    (file, fullId) -> app.export().compliance(file, year, rows));
        });
        Remembering.choice(ui.remembered(), "ledger.level", ledger.levelProperty(), TrainingLevel.class);
        Remembering.choice(ui.remembered(), "ledger.category", ledger.categoryProperty(), TrainingCategory.class);
        Remembering.among(ui.remembered(), "ledger.department", ledger.departmentProperty(), ledger.departments(),
                d -> d.code());
        Tables.rememberSort(view.ledgerView().table(), ui.remembered(), "ledger.sort");
        Remembering.value(ui.remembered(), "compliance.onlyShort", compliance.onlyShortProperty(), String::valueOf,
                Boolean::valueOf);
    }

    private void installExports(SpreadsheetActions sheets, AppContext app, Messages m) {
        view.ledgerView().addTool(sheets.button("exportLedgerButton", () -> m.get("io.sheet.ledger"), false, () -> {
            LedgerFilter filter = view.ledger().filter();
            LedgerSort sort = view.ledger().sortProperty().get();
            return (file, fullId) -> app.export().ledger(file, filter, sort);
        }));
        view.complianceView().addTool(sheets.button("exportComplianceButton", () -> m.get("io.sheet.compliance"),
                false, () -> {
                    List<ComplianceRow> rows = List.copyOf(view.complianceView().table().getItems());
                    int year = view.complianceView().year();
                    return (file, fullId) -> app.export().compliance(file, year, rows);
                }));
    }

    /** 打印… on the ledger (every row its filter and sort select) and on the compliance (the rows shown). */
    private void installPrinting(cn.huyang.print.ListPrinting printing, AppContext app) {
        view.ledgerView().addTool(printing.button("printLedgerButton", () -> {
            LedgerFilter filter = view.ledger().filter();
            LedgerSort sort = view.ledger().sortProperty().get();
            return p -> app.printedLists().ledger(filter, sort, p);
        }));
        view.complianceView().addTool(printing.button("printComplianceButton", () -> {
            List<ComplianceRow> rows = List.copyOf(view.complianceView().table().getItems());
            Integer year = view.complianceView().year();
            boolean onlyShort = view.compliance().onlyShortProperty().get();
            String typed = view.complianceView().searchText();
            return year == null ? null : p -> app.printedLists().compliance(year, rows, onlyShort, typed);
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

    /** The compliance of a year, a department, those falling short (the dashboard's training figure). */
    @Override
    public void open(cn.huyang.common.ui.ListRequest request) {
        ComplianceViewModel vm = view.compliance();
        vm.departmentProperty().set(request.department());
        vm.onlyShortProperty().set(cn.huyang.common.ui.ListRequest.SHORT.equals(request.what()));
        view.showCompliance();
        if (request.year() != null) {
            vm.yearProperty().set(request.year());
        }
    }

    @Override
    public void find() {
        view.focusSearch();
    }

    public TrainingView view() {
        return view;
    }
}
