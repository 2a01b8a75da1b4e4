package cn.huyang.app;

import cn.huyang.assessment.AssessmentView;
import cn.huyang.assessment.AssessmentViewModel;
import cn.huyang.assessment.GridRow;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import javafx.scene.Node;

/** The assessment tab: the year's scores, results and forms, with 导出 Excel…; loaded when first shown. */
public final class AssessmentTab implements FeatureTab {
    private final AssessmentViewModel vm;
    private final AssessmentView view;
    /** What another PC's change must touch for the grid to load again. */
    private static final java.util.Set<String> SHOWN = java.util.Set.of("assessment", "assessmentYear",
            "assessmentReview", "scheme", "topTen", "counselor", "department", DataChanges.ALL);
    /** Another PC changed the scores while the grid was hidden or held typing: it loads when it may. */
    private boolean stale;

    AssessmentTab(Ui ui) {
        AppContext app = ui.app();
        Messages m = ui.messages();
        vm = new AssessmentViewModel(app.assessment(), ui.runner(), m);
        vm.setOnFailure(ui.dialogs()::failure);
        vm.setOnInfo(ui.dialogs()::info);
        view = new AssessmentView(vm, ui.runner(), ui.dialogs(), ui.owner(), ui.remembered());
        view.addTool(ui.spreadsheets().button("exportScoresButton", () -> m.get("io.sheet.scores", view.year()), true,
                () -> {
                    if (view.dirty()) {
                        ui.dialogs().info(m.get("io.export.unsaved"));
                        return null;
                    }
                    int year = view.year();
                    var rows = view.table().getItems().stream().map(GridRow::source).toList();
                    return (file, fullId) -> app.export().scores(file, year, rows, fullId);
                }));
        vm.setOnNotice(ui.dialogs()::notice); // 已保存 … in the status bar, no pop-up
        // right click: 复制 / 导出所选行… (the rows of the selected cells)
        cn.huyang.common.ui.Tables.contextMenu(view.table(), m, null, rows -> {
            int year = view.year();
            var chosen = rows.stream().map(GridRow::source).toList();
            ui.spreadsheets().exportSelected(() -> m.get("io.sheet.scores", year),
                    (file, fullId) -> app.export().scores(file, year, chosen, fullId));
        });
        // the department chosen and the sort are kept for the next start, as the roster's and the ledger's
        cn.huyang.common.ui.Remembering.among(ui.remembered(), "assessment.department", vm.departmentProperty(),
                vm.departments(), d -> d.code());
        cn.huyang.common.ui.Tables.rememberSort(view.table(), ui.remembered(), "assessment.sort");
        app.changes().subscribe(entities -> javafx.application.Platform.runLater(() -> changedElsewhere(entities,
                ui)));
        // saved or loaded: what others changed meanwhile is in it
        vm.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty && stale && cn.huyang.common.ui.TablePlace.showing(view.node())) {
                stale = false;
                view.reloadKeepingPlace();
            }
        });
    }

    /**
     * Another PC changed data: the grid loads again if it shows any of it, keeping the user's place —
     * never over scores typed and not yet saved (it loads after they are saved).
     */
    private void changedElsewhere(java.util.Set<String> entities, Ui ui) {
        if (vm.sheetProperty().get() == null || entities.stream().noneMatch(SHOWN::contains)) {
            return;
        }
        if (!vm.dirtyProperty().get() && cn.huyang.common.ui.TablePlace.showing(view.node())) {
            view.reloadKeepingPlace();
            ui.dialogs().notice(ui.messages().get("changes.reloaded"));
        } else {
            stale = true;
        }
    }

    @Override
    public Node node() {
        return view.node();
    }

    @Override
    public void shown() {
        if (vm.sheetProperty().get() == null) {
            vm.load();
        } else if (stale && !vm.dirtyProperty().get()) {
            stale = false;
            view.reloadKeepingPlace();
        }
    }

    /** A year's sheet for a department (the dashboard's grades); typed scores not yet saved keep the year. */
    @Override
    public void open(cn.huyang.common.ui.ListRequest request) {
        if (vm.dirtyProperty().get()) {
            return;
        }
        vm.departmentProperty().set(request.departmentId() == null ? null : vm.departments().stream()
                .filter(d -> d.id().equals(request.departmentId())).findFirst()
                // not loaded yet: the load keeps the department chosen by its id
                .orElse(new cn.huyang.roster.Department(request.departmentId(), "", request.department(), 0, true)));
        if (request.year() != null && request.year() != vm.yearProperty().get()) {
            vm.yearProperty().set(request.year());
        }
    }

    @Override
    public void refresh() {
        if (vm.sheetProperty().get() != null) {
            vm.load();
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.dirtyProperty().get();
    }

    @Override
    public void find() {
        view.focusSearch();
    }

    public AssessmentViewModel viewModel() {
        return vm;
    }
}
