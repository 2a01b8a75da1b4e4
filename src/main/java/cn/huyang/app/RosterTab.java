package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.common.ui.Remembering;
import cn.huyang.common.ui.Tables;
import cn.huyang.io.SpreadsheetActions;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorFormViewModel;
import cn.huyang.roster.RosterRow;
import cn.huyang.roster.RosterView;
import cn.huyang.roster.RosterViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;

/** The roster tab: the roster and the staffing table, with 导入… and 导出 Excel…. */
public final class RosterTab implements FeatureTab {
    private final RosterViewModel vm;
    private final RosterView view;
    private boolean started;
    /** Another PC changed what the roster shows while the tab was hidden: it loads when shown. */
    private boolean stale;

    RosterTab(Ui ui) {
        AppContext app = ui.app();
        Messages m = ui.messages();
        vm = new RosterViewModel(app.roster(), app.rosterFindingSources(), app.findings(), ui.runner(), m);
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnNotice(ui.dialogs()::notice);
        view = new RosterView(vm, () -> new CounselorFormViewModel(app.roster(), ui.runner(), m, vm.departments()),
                ui.dialogs(), ui.owner(), ui.offerDemo());
        installSpreadsheets(ui, app, m);
        // right click: 编辑 / 复制 / 导出所选行…; the filters and the sort are kept for the next start
        Tables.contextMenu(view.table(), m, view::openForm, rows -> ui.spreadsheets().exportSelected(
                () -> m.get("io.sheet.roster"), (file, fullId) -> app.export().roster(file,
                        rows.stream().map(RosterRow::counselor).toList(), fullId)));
        Remembering.among(ui.remembered(), "roster.department", vm.departmentProperty(), vm.departments(),
                d -> d.code());
        Remembering.choice(ui.remembered(), "roster.postType", vm.postTypeProperty(), cn.huyang.roster.PostType.class);
        Remembering.choice(ui.remembered(), "roster.status", vm.statusProperty(), cn.huyang.roster.StatusFilter.class);
        Tables.rememberSort(view.table(), ui.remembered(), "roster.sort");
        app.changes().subscribe(entities -> javafx.application.Platform.runLater(() -> changedElsewhere(entities,
                ui)));
    }

    /** Another PC changed data: the roster loads again if it shows any of it, keeping the user's place. */
    private void changedElsewhere(java.util.Set<String> entities, Ui ui) {
        if (!started || !vm.touches(entities)) {
            return;
        }
        if (cn.huyang.common.ui.TablePlace.showing(view.node())) {
            view.reloadKeepingPlace();
            ui.dialogs().notice(ui.messages().get("changes.reloaded"));
        } else {
            stale = true;
        }
    }

    private void installSpreadsheets(Ui ui, AppContext app, Messages m) {
        SpreadsheetActions sheets = ui.spreadsheets();
        Button importButton = new Button(m.get("io.import.button"));
        importButton.setId("importRosterButton");
        importButton.setOnAction(e -> sheets.openImport());
        view.addTool(importButton);
        view.addTool(sheets.button("exportRosterButton", () -> m.get("io.sheet.roster"), true, () -> {
            List<Counselor> rows = view.table().getItems().stream().map(RosterRow::counselor).toList();
            return (file, fullId) -> app.export().roster(file, rows, fullId);
        }));
        view.staffing().addTool(ui.listPrinting().button("printRatioButton", () -> {
            int year = view.staffing().year();
            return p -> app.printedLists().ratio(year);
        }));
        view.staffing().addTool(sheets.button("exportRatioButton",
                () -> m.get("io.sheet.ratio", view.staffing().year()), false, () -> {
                    int year = view.staffing().year();
                    return (file, fullId) -> app.export().ratio(file, year);
                }));
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void shown() {
        if (!started) {
            started = true;
            vm.load();
        } else if (stale) {
            stale = false;
            view.reloadKeepingPlace();
        }
    }

    /** The roster of a department (the dashboard's staffing figure); the staffing table of the year. */
    @Override
    public void open(cn.huyang.common.ui.ListRequest request) {
        vm.departmentProperty().set(request.departmentId() == null ? null : vm.departments().stream()
                .filter(d -> d.id().equals(request.departmentId())).findFirst()
                // not loaded yet: the load keeps the department chosen by its id
                .orElse(new cn.huyang.roster.Department(request.departmentId(), "", request.department(), 0, true)));
        if (request.year() != null) {
            vm.yearProperty().set(request.year());
        }
    }

    @Override
    public void refresh() {
        started = true;
        stale = false;
        vm.refresh();
    }

    @Override
    public ReadOnlyBooleanProperty loadedProperty() {
        return vm.loadedProperty();
    }

    @Override
    public void find() {
        view.focusSearch();
    }

    public RosterViewModel viewModel() {
        return vm;
    }

    public RosterView view() {
        return view;
    }
}
