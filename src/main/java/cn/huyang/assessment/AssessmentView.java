package cn.huyang.assessment;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.print.AppraisalForm;
import cn.huyang.print.AppraisalFormLayout;
import cn.huyang.print.FormPreview;
import cn.huyang.print.FxFormPrinter;
import cn.huyang.print.Layout;
import cn.huyang.roster.Department;
import cn.huyang.roster.DepartmentFilter;
import cn.huyang.common.ui.DialogService;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * The assessment tab: the year and department, the scores grid typed from the keyboard with the
 * results beside each row, the selected counselor's summary and result, and the commands.
 */
public class AssessmentView {
    private final AssessmentViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final AssessmentDialogs ask;
    private final BorderPane root = new BorderPane();
    private final TableView<GridRow> table = new TableView<>();
    private HBox tools;
    private final TextArea summary = new TextArea();
    private final Label detail = new Label();
    private GridRow bound;

    public AssessmentView(AssessmentViewModel vm, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        this.ask = new AssessmentDialogs(m, owner);
        root.setId("assessmentView");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(buildTable(), sidePanel());
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

    /** The year shown. */
    public int year() {
        return vm.yearProperty().get();
    }

    /** True while scores are typed but not saved. */
    public boolean dirty() {
        return vm.dirtyProperty().get();
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
            if (vm.dirtyProperty().get() && !dialogs.confirm(m.get("assessment.discard", vm.yearProperty().get()))) {
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
        info.setMinWidth(0);
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

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(new Label(m.get("assessment.year")), year, dept, state, info, spacer, save, scheme,
                confirm, topTen, forms, cancel);
        bar.getStyleClass().add("toolbar-row");
        tools = bar;
        return bar;
    }

    private Node buildTable() {
        table.setId("assessmentTable");
        javafx.collections.transformation.SortedList<GridRow> sorted =
                new javafx.collections.transformation.SortedList<>(vm.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setEditable(true);
        table.editableProperty().bind(vm.lockedProperty().not());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(m.get("assessment.table.empty")));
        List<TableColumn<GridRow, ?>> cols = new ArrayList<>();
        cols.add(text("field.name", 96, GridRow::name));
        cols.add(text("field.department", 96, GridRow::department));
        for (Party p : Party.values()) {
            cols.add(score(p.name(), p.label(m), r -> r.score(p)));
        }
        cols.add(score(GridRow.BONUS, m.get("assessment.column.bonus"), GridRow::bonusProperty));
        TableColumn<GridRow, String> veto = new TableColumn<>(m.get("assessment.column.veto"));
        veto.setId("col-veto");
        veto.setPrefWidth(96);
        veto.setCellValueFactory(c -> c.getValue().vetoProperty());
        veto.setCellFactory(ComboBoxTableCell.forTableColumn(
                Converters.of(v -> v.isEmpty() ? m.get("form.veto.none") : v, m.get("form.veto.none")),
                vm.vetoChoices()));
        cols.add(veto);
        cols.add(result("col-total", "assessment.column.total", 62,
                r -> r.total() == null ? "—" : r.total().toPlainString()));
        cols.add(result("col-rank", "assessment.column.rank", 44,
                r -> r.rank() == null ? "—" : String.valueOf(r.rank())));
        cols.add(result("col-proposed", "assessment.column.proposed", 72,
                r -> r.proposed() == null ? "—" : r.proposed().label(m)));
        cols.add(result("col-quota", "assessment.column.quota", 80, r -> switch (r.quota()) {
            case NONE -> "";
            case WITHIN -> m.get("assessment.quota.within");
            case TIE_AT_EDGE -> m.get("assessment.quota.tie");
            case OVER -> m.get("assessment.quota.over");
        }));
        cols.add(result("col-grade", "assessment.column.grade", 80,
                r -> r.grade() == null ? "—" : r.grade().label(m) + (r.overridden() ? " *" : "")));
        TableColumn<GridRow, String> sum = new TableColumn<>(m.get("assessment.column.summary"));
        sum.setId("col-summary");
        sum.setPrefWidth(80);
        sum.setEditable(false);
        sum.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String s = c.getValue().summaryProperty().get();
            return s == null || s.isBlank() ? m.get("assessment.summary.handwritten")
                    : m.get("assessment.summary.chars", s.codePointCount(0, s.length()));
        }, c.getValue().summaryProperty()));
        cols.add(sum);
        table.getColumns().setAll(cols);

        // typing a digit on a selected score cell starts editing with it; keys typed before the
        // editor has focus are kept for it, so a fast typist loses nothing
        table.setOnKeyTyped(e -> {
            String ch = e.getCharacter();
            if (ch == null || ch.isEmpty() || !table.isEditable()) {
                return;
            }
            char c = ch.charAt(0);
            if (!(Character.isDigit(c) || c == '.' || c >= '\uFF10' && c <= '\uFF19')) {
                return;
            }
            if (table.getEditingCell() != null) {
                Object pending = table.getProperties().get(ScoreCell.PENDING);
                if (pending instanceof String p) {
                    table.getProperties().put(ScoreCell.PENDING, p + ch);
                    e.consume();
                } else if (table.getProperties().get(ScoreCell.EDITOR) instanceof ScoreCell editor
                        && editor.isEditing()) {
                    editor.type(ch);
                    e.consume();
                }
                return;
            }
            TablePosition<GridRow, ?> pos = table.getFocusModel().getFocusedCell();
            if (pos != null && pos.getTableColumn() != null && ScoreCell.isTyped(pos.getTableColumn())) {
                table.getProperties().put(ScoreCell.PENDING, ch);
                table.edit(pos.getRow(), pos.getTableColumn());
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> bind(row));
        return table;
    }

    private TableColumn<GridRow, String> text(String key, double width, Function<GridRow, String> value) {
        TableColumn<GridRow, String> col = new TableColumn<>(m.get(key));
        col.setId("col-" + key);
        col.setPrefWidth(width);
        col.setEditable(false);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<GridRow, String> score(String id, String label, Function<GridRow, javafx.beans.property.StringProperty> value) {
        TableColumn<GridRow, String> col = new TableColumn<>(label);
        col.setId("edit-" + id);
        col.setPrefWidth(id.equals(GridRow.BONUS) ? 56 : 76);
        col.setEditable(true);
        col.setCellValueFactory(c -> value.apply(c.getValue()));
        col.setCellFactory(c -> new ScoreCell(id));
        return col;
    }

    private TableColumn<GridRow, Result> result(String id, String key, double width, Function<Result, String> text) {
        TableColumn<GridRow, Result> col = new TableColumn<>(m.get(key));
        col.setId(id);
        col.setPrefWidth(width);
        col.setEditable(false);
        col.setCellValueFactory(c -> c.getValue().resultProperty());
        java.util.Comparator<java.math.BigDecimal> byNumber = java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder());
        java.util.Comparator<Grade> byGrade = java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder());
        col.setComparator(switch (id) {
            case "col-total" -> java.util.Comparator.comparing(Result::total, byNumber.reversed());
            case "col-rank" -> java.util.Comparator.comparing(Result::total, byNumber.reversed());
            case "col-proposed" -> java.util.Comparator.comparing(Result::proposed, byGrade);
            case "col-quota" -> java.util.Comparator.comparing(Result::quota).reversed();
            default -> java.util.Comparator.comparing(Result::grade, byGrade);
        });
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Result r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().removeAll("quota-tie", "grade-incompetent");
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(r));
                if (r.quota() == QuotaStatus.TIE_AT_EDGE && (id.equals("col-quota") || id.equals("col-grade"))) {
                    getStyleClass().add("quota-tie");
                }
                if (r.grade() == Grade.INCOMPETENT && id.equals("col-grade")) {
                    getStyleClass().add("grade-incompetent");
                }
            }
        });
        return col;
    }

    private Node sidePanel() {
        Label title = new Label(m.get("assessment.column.summary"));
        title.getStyleClass().add("section-title");
        summary.setId("assessmentSummaryText");
        summary.setWrapText(true);
        summary.setPromptText(m.get("assessment.summary.prompt"));
        summary.editableProperty().bind(vm.lockedProperty().not());
        VBox.setVgrow(summary, Priority.ALWAYS);
        detail.setId("assessmentDetail");
        detail.setWrapText(true);
        Button override = new Button(m.get("assessment.override"));
        override.setId("assessmentOverride");
        override.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.lockedProperty()));
        override.setOnAction(e -> override());
        Button review = new Button(m.get("assessment.review"));
        review.setId("assessmentReview");
        review.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        review.setOnAction(e -> review());
        HBox buttons = new HBox(8, override, review);
        VBox box = new VBox(8, title, summary, new Separator(), detail, buttons);
        box.setPadding(new Insets(8));
        box.setMinWidth(200);
        return box;
    }

    private void bind(GridRow row) {
        if (bound != null) {
            summary.textProperty().unbindBidirectional(bound.summaryProperty());
            bound.resultProperty().removeListener(detailListener);
        }
        bound = row;
        if (row == null) {
            summary.clear();
            detail.setText("");
            return;
        }
        summary.textProperty().bindBidirectional(row.summaryProperty());
        row.resultProperty().addListener(detailListener);
        describe(row);
    }

    private final javafx.beans.value.ChangeListener<Result> detailListener = (o, a, b) -> {
        if (bound != null) {
            describe(bound);
        }
    };

    private void describe(GridRow row) {
        Result r = row.resultProperty().get();
        Entry e = row.source().entry();
        List<String> lines = new ArrayList<>();
        lines.add(row.name() + " · " + row.department());
        if (r == null || !r.complete()) {
            lines.add(m.get("assessment.detail.incomplete"));
        } else {
            lines.add(m.get("assessment.detail.result", r.total().toPlainString(), r.rank(), r.band().label(m),
                    r.proposed().label(m), r.grade().label(m)));
            lines.add(r.quota().label(m));
            if (r.vetoed()) {
                lines.add(m.get("assessment.detail.veto", row.vetoProperty().get()));
            }
        }
        if (e.overrideGrade() != null) {
            lines.add(m.get("assessment.detail.override", e.overrideGrade().label(m), e.overrideReason()));
        }
        if (e.review() != null) {
            lines.add(m.get("assessment.detail.review", String.valueOf(e.review().requested()),
                    e.review().outcome() == null ? "" : e.review().outcome().label(m),
                    e.review().note() == null ? "" : e.review().note()));
        }
        detail.setText(String.join("\n", lines));
    }

    // ---- commands -------------------------------------------------------------------------------

    private void confirmOrUnlock() {
        if (vm.lockedProperty().get()) {
            ask.reason(m.get("assessment.unlock"), m.get("assessment.unlock.prompt", vm.yearProperty().get()))
                    .ifPresent(vm::unlock);
        } else if (dialogs.confirm(m.get("assessment.confirm.ask", vm.yearProperty().get()))) {
            vm.confirm();
        }
    }

    private void editScheme() {
        Scheme current = vm.sheetProperty().get() == null ? null : vm.sheetProperty().get().scheme();
        if (current == null) {
            return;
        }
        ask.scheme(current).ifPresent(s -> vm.saveScheme(s, x -> { }, dialogs::failure));
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
        ask.override(row).ifPresent(o -> vm.override(row, o.grade(), o.reason(), dialogs::failure));
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
        ask.review(row).ifPresent(r -> vm.review(row, r, dialogs::failure));
    }

    private void topTen() {
        vm.topTenCandidates(candidates -> vm.topTenChosen(chosen -> ask.topTen(candidates, chosen)
                .ifPresent(ids -> vm.chooseTopTen(ids, dialogs::failure))));
    }

    private void forms() {
        GridRow selected = table.getSelectionModel().getSelectedItem();
        ask.forms(selected != null, vm.departmentProperty().get() != null).ifPresent(choice -> {
            switch (choice.action()) {
                case PREVIEW -> vm.forms(choice.scope(), selected, forms -> preview(forms));
                case PRINT -> vm.forms(choice.scope(), selected, this::print);
                case PDF -> {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle(m.get("assessment.forms.folder"));
                    File dir = chooser.showDialog(owner.get());
                    if (dir != null) {
                        vm.exportPdf(choice.scope(), selected, dir.toPath(), choice.single(),
                                files -> dialogs.info(m.get("assessment.forms.written", files.size(), dir)));
                    }
                }
                default -> { }
            }
        });
    }

    private void preview(List<AppraisalForm> forms) {
        if (forms.isEmpty()) {
            dialogs.info(m.get("forms.none", vm.yearProperty().get()));
            return;
        }
        List<Layout.Page> pages = pages(forms);
        new FormPreview(m, owner.get(), m.get("assessment.preview.title"), pages, () -> print(forms)).show();
    }

    private List<Layout.Page> pages(List<AppraisalForm> forms) {
        AppraisalFormLayout layout = new AppraisalFormLayout(m);
        List<Layout.Page> pages = new ArrayList<>();
        for (AppraisalForm f : forms) {
            pages.addAll(layout.layout(f));
        }
        return pages;
    }

    /** Prints on the chosen printer, A4; a clear message when no printer is installed. */
    void print(List<AppraisalForm> forms) {
        if (forms.isEmpty()) {
            dialogs.info(m.get("forms.none", vm.yearProperty().get()));
            return;
        }
        PrinterJob job = FxFormPrinter.createJob();
        if (job == null) {
            dialogs.error(m.get("assessment.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        vm.runner().run(m.get("assessment.print.running", forms.size()), p -> {
            List<Layout.Page> pages = pages(forms);
            return FxFormPrinter.print(job, pages, p, () -> false);
        }, ok -> {
            if (!ok) {
                dialogs.error(m.get("assessment.print.failed"));
            }
        }, dialogs::failure);
    }
}
