package cn.huyang.assessment;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.roster.Department;
import cn.huyang.roster.DepartmentFilter;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Toolbars;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The assessment tab: the year and department and the commands above the scores grid
 * ({@link AssessmentGrid}), the selected counselor's summary and result beside it
 * ({@link AssessmentSidePanel}); the appraisal forms are printed by {@link AppraisalFormActions}.
 */
public class AssessmentView {
    private final AssessmentViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final AssessmentDialogs ask;
    private final AppraisalFormActions formActions;
    private final BorderPane root = new BorderPane();
    private final TableView<GridRow> table;
    private final javafx.scene.control.TextField search = new javafx.scene.control.TextField();
    private javafx.scene.layout.FlowPane tools;

    /**
     * @param runner     the background work of the forms' print flow
     * @param remembered where the printer used last for 打印全部 is remembered
     */
    public AssessmentView(AssessmentViewModel vm, BackgroundRunner runner, DialogService dialogs,
                          Supplier<Window> owner, Remembered remembered) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        this.ask = new AssessmentDialogs(m, owner);
        this.formActions = new AppraisalFormActions(vm, runner, dialogs, owner, ask, remembered);
        this.table = new AssessmentGrid(vm, m).table();
        ask.setFailure(dialogs::failure);
        root.setId("assessmentView");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(table, new AssessmentSidePanel(vm, m, table, this::override, this::review)
                .node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.8);
        root.setCenter(split);
        Label errors = new Label();
        errors.setId("assessmentErrors");
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        errors.textProperty().bind(vm.errorTextProperty());
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.textProperty().isNotEmpty());
        errors.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(errors);
        // scores someone else saved first: both side by side, and the user chooses
        vm.conflicts().conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                javafx.application.Platform.runLater(() -> vm.conflicts().choose(
                        cn.huyang.common.ui.ConflictDialog.ask(owner.get(), m, conflict)));
            }
        });
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (root.isVisible() && root.getParent() != null && root.getParent().isVisible()) {
                        vm.save();
                    }
                });
            }
        });
    }

    public Node node() {
        return root;
    }

    public TableView<GridRow> table() {
        return table;
    }

    /** Loads the year again (another PC changed it), the same counselor selected and the view where it was. */
    public void reloadKeepingPlace() {
        cn.huyang.common.ui.TablePlace.of(table, GridRow::counselorId).reloadKeeping(vm::load);
    }

    /** The year shown. */
    public int year() {
        return vm.yearProperty().get();
    }

    /** True while scores are typed but not saved. */
    public boolean dirty() {
        return vm.dirtyProperty().get();
    }

    /** Ctrl+F: the cursor into the name search, its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Puts a tool at the end of the toolbar (the shell adds 导出 Excel… here). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private Node toolbar() {
        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.yearProperty().get());
        year.setId("assessmentYear");
        year.setEditable(true);
        year.setPrefWidth(90);
        year.valueProperty().addListener((o, a, b) -> {
            if (b == null || b == vm.yearProperty().get()) {
                return;
            }
            if (vm.dirtyProperty().get() && !dialogs.confirmDestructive(m.get("assessment.discard",
                    vm.yearProperty().get()), m.get("form.discard.action"))) {
                javafx.application.Platform.runLater(() -> year.getValueFactory().setValue(vm.yearProperty().get()));
                return;
            }
            vm.yearProperty().set(b);
        });

        ComboBox<Department> dept = DepartmentFilter.comboBox("assessmentDepartment", vm.departments(), vm.departmentProperty(),
                m.get("roster.filter.allDepartments"));

        Label state = new Label();
        state.setId("assessmentState");
        state.getStyleClass().add("count-label");
        state.textProperty().bind(vm.stateTextProperty());
        Label info = new Label();
        info.setId("assessmentSummary");
        info.textProperty().bind(vm.summaryTextProperty());

        Button save = new Button(m.get("assessment.save"));
        save.setId("assessmentSave");
        save.disableProperty().bind(vm.dirtyProperty().not().or(vm.lockedProperty()));
        save.setOnAction(e -> vm.save());
        Button scheme = new Button(m.get("assessment.scheme"));
        scheme.setId("assessmentScheme");
        scheme.setOnAction(e -> editScheme());
        Button confirm = new Button();
        confirm.setId("assessmentConfirm");
        confirm.textProperty().bind(Bindings.when(vm.lockedProperty()).then(m.get("assessment.unlock"))
                .otherwise(m.get("assessment.confirm")));
        confirm.setOnAction(e -> confirmOrUnlock());
        Button topTen = new Button(m.get("assessment.topTen.button"));
        topTen.setId("assessmentTopTen");
        topTen.setOnAction(e -> topTen());
        Button forms = new Button(m.get("assessment.forms"));
        forms.setId("assessmentForms");
        forms.setOnAction(e -> forms());
        Button cancel = new Button(m.get("assessment.forms.cancel"));
        cancel.setId("assessmentCancelExport");
        cancel.visibleProperty().bind(vm.exportingProperty());
        cancel.managedProperty().bind(vm.exportingProperty());
        cancel.setOnAction(e -> vm.cancelExport());

        search.setId("assessmentSearch");
        search.setPromptText(m.get("assessment.search.prompt"));
        search.setPrefColumnCount(10);
        search.textProperty().bindBidirectional(vm.searchProperty());
        tools = Toolbars.row(new Label(m.get("assessment.year")), year, dept, search, state, save, scheme, confirm,
                topTen, forms, cancel);
        info.setWrapText(true);
        info.setMinHeight(Label.USE_PREF_SIZE);
        info.setPadding(new Insets(0, 8, 4, 8));
        return new javafx.scene.layout.VBox(tools, info);
    }

    // ---- commands -------------------------------------------------------------------------------

    /**
     * Confirms the year after saying who has no scores: a row begun but not finished must be finished
     * first; those with no score at all are named, and the year is confirmed without them only if the
     * user says so.
     */
    private void confirmOrUnlock() {
        int y = vm.yearProperty().get();
        if (vm.lockedProperty().get()) {
            ask.reason(m.get("assessment.unlock"), m.get("assessment.unlock.prompt", y)).ifPresent(vm::unlock);
            return;
        }
        if (vm.dirtyProperty().get()) {
            vm.confirm(java.util.List.of()); // says to save first
            return;
        }
        GridTexts.Unscored missing = GridTexts.unscored(vm.rows(), y);
        if (!missing.partly().isEmpty()) {
            dialogs.error(m.get("assessment.confirm.partly", y, missing.partly().size(),
                    GridTexts.names(missing.partly(), 20, m)));
        } else if (missing.none().isEmpty()) {
            if (dialogs.confirm(m.get("assessment.confirm.ask", y))) {
                vm.confirm(java.util.List.of());
            }
        } else if (missing.none().size() == vm.rows().size()) {
            dialogs.error(m.get("assessment.validation.nobodyScored", y));
        } else if (dialogs.confirmDestructive(m.get("assessment.confirm.none", y, missing.none().size(),
                GridTexts.names(missing.none(), 20, m), vm.rows().size() - missing.none().size()),
                m.get("assessment.confirm.withoutThem"))) {
            vm.confirm(missing.noneIds());
        }
    }

    private void editScheme() {
        Scheme current = vm.sheetProperty().get() == null ? null : vm.sheetProperty().get().scheme();
        if (current == null) {
            return;
        }
        ask.scheme(current, vm::saveScheme);
    }

    private void override() {
        GridRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (vm.dirtyProperty().get()) {
            dialogs.info(m.get("assessment.saveFirst"));
            return;
        }
        ask.override(row, (o, saved, refused) -> vm.override(row, o.grade(), o.reason(), saved, refused));
    }

    private void review() {
        GridRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (vm.dirtyProperty().get()) {
            dialogs.info(m.get("assessment.saveFirst"));
            return;
        }
        ask.review(row, vm.today(), (r, saved, refused) -> vm.review(row, r, saved, refused));
    }

    private void topTen() {
        TopTenCommands topTen = vm.topTen();
        topTen.candidates((candidates, size) -> topTen.chosen(chosen -> ask.topTen(candidates, chosen, size,
                topTen::choose)));
    }

    private void forms() {
        formActions.choose(table.getSelectionModel().getSelectedItem());
    }
}
