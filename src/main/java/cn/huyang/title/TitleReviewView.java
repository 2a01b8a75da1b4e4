package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Toolbars;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * The year's applications on the left (checked, scored, ranked against the posts); on the right the
 * selected one's criteria ✓/✗ with the evidence and the shortfall, the panel's scores and the result.
 */
public class TitleReviewView {
    private final TitleReviewViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final TableView<ApplicationRow> table = new TableView<>();
    private final TableView<CriterionCheck> criteria = new TableView<>();
    private final HBox printButtons = new HBox(6);
    private static final Color SHORTFALL = Color.web("#c62828");

    public TitleReviewView(TitleReviewViewModel vm, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        root.setId("titleReviewView");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(buildTable(), detail());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        root.setCenter(split);
    }

    public Node node() {
        return root;
    }

    public TableView<ApplicationRow> table() {
        return table;
    }

    /** Where the printing buttons (recommendation sheet, the year's list) go. */
    public HBox printButtons() {
        return printButtons;
    }

    private Node toolbar() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("titleYear");
        year.setConverter(Converters.of(y -> m.get("title.review.yearLabel", y), ""));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<String> target = new ComboBox<>(vm.targetKeys());
        target.setId("titleTargetFilter");
        target.setConverter(Converters.of(vm::targetKeyLabel, m.get("title.review.allTargets")));
        target.valueProperty().bindBidirectional(vm.targetFilterProperty());
        Button apply = new Button(m.get("title.review.apply"));
        apply.setId("applyButton");
        apply.disableProperty().bind(vm.lockedProperty());
        apply.setOnAction(e -> new ApplyDialog(vm, owner.get()).showAndWait());
        Button withdraw = new Button(m.get("title.review.withdraw"));
        withdraw.setId("withdrawButton");
        withdraw.disableProperty().bind(vm.lockedProperty().or(vm.selectedProperty().isNull()));
        withdraw.setOnAction(e -> {
            ApplicationRow r = vm.selectedProperty().get();
            if (r != null && dialogs.confirmDestructive(m.get("title.review.withdrawConfirm", r.name(),
                    r.targetLabel()), m.get("title.review.withdrawAction"))) {
                vm.withdraw();
            }
        });
        Button confirm = new Button(m.get("title.review.confirm"));
        confirm.setId("confirmReviewButton");
        confirm.disableProperty().bind(vm.lockedProperty());
        ReviewYearDialogs yearDialogs = new ReviewYearDialogs(vm, dialogs, owner);
        confirm.setOnAction(e -> yearDialogs.confirm());
        Button unlock = new Button(m.get("title.review.unlock"));
        unlock.setId("unlockReviewButton");
        unlock.disableProperty().bind(vm.lockedProperty().not());
        unlock.setOnAction(e -> yearDialogs.unlock());
        Label header = new Label();
        header.setId("titleHeader");
        header.setWrapText(true);
        header.textProperty().bind(vm.headerProperty());
        javafx.scene.layout.FlowPane bar = Toolbars.row(year, target, apply, withdraw, confirm, unlock, printButtons);
        header.setMinHeight(Label.USE_PREF_SIZE);
        VBox top = new VBox(bar, header);
        top.setPadding(new Insets(0, 0, 4, 0));
        VBox.setMargin(header, new Insets(0, 8, 0, 8));
        return top;
    }

    private Node buildTable() {
        table.setId("applicationTable");
        SortedList<ApplicationRow> sorted = new SortedList<>(vm.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(m.get("title.review.empty")));
        table.getColumns().setAll(List.of(
                column("field.name", 120, ApplicationRow::name),
                column("field.department", 100, ApplicationRow::department),
                column("title.col.target", 90, ApplicationRow::targetLabel),
                eligibility(),
                number("title.col.work", r -> r.application().scoreWork(), false),
                number("title.col.research", r -> r.application().scoreResearch(), false),
                number("title.col.total", ApplicationRow::total, true),
                column("title.col.rank", 50, r -> r.rank() == null ? "" : String.valueOf(r.rank())),
                column("title.col.standing", 100, r -> r.standing().label(m)),
                column("title.col.verdict", 70, r -> r.application().verdict() == null ? ""
                        : r.application().verdict().label(m))));
        // the columns keep their words and scroll sideways in a narrow window; the name stays in view
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        cn.huyang.common.ui.Tables.freezeFirstColumn(table);
        cn.huyang.common.ui.Tables.contextMenu(table, m, null, null);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ApplicationRow r, boolean empty) {
                super.updateItem(r, empty);
                CellState.set(this, "tie-row", !empty && r != null && r.standing() == QuotaStanding.TIE_AT_EDGE);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == vm.selectedProperty().get()) {
                return;
            }
            // Scores typed in the panel are never dropped silently by choosing another row.
            if (a != null && vm.dirtyProperty().get() && !dialogs.confirmDestructive(
                    vm.messages().get("title.panel.discard"), m.get("form.discard.action"))) {
                javafx.application.Platform.runLater(() -> table.getSelectionModel().select(a));
                return;
            }
            vm.selectedProperty().set(b);
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        return table;
    }

    private TableColumn<ApplicationRow, String> eligibility() {
        TableColumn<ApplicationRow, String> col = column("title.col.eligible", 110, r -> r.eligible()
                ? m.get("title.review.allMet") : m.get("title.review.unmet", r.unmet()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                ApplicationRow r = empty ? null : getTableRow().getItem();
                setText(empty ? null : v);
                CellState.set(this, "met", r != null && r.eligible());
                CellState.set(this, "shortfall", r != null && !r.eligible());
            }
        });
        return col;
    }

    private <T> TableColumn<ApplicationRow, T> column(String key, double width, Function<ApplicationRow, T> value) {
        TableColumn<ApplicationRow, T> col = new TableColumn<>(m.get(key));
        col.setId("col-" + key);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<ApplicationRow, BigDecimal> number(String key, Function<ApplicationRow, BigDecimal> value,
                                                           boolean twoDecimals) {
        TableColumn<ApplicationRow, BigDecimal> col = column(key, 74, value);
        col.setMinWidth(66);
        col.setCellFactory(c -> new TableCell<>() {
            {
                setStyle("-fx-alignment: center-right;");
            }

            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : twoDecimals ? v.setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString() : TitleReviewViewModel.plain(v));
            }
        });
        return col;
    }

    private Node detail() {
        Label title = new Label();
        title.setId("detailTitle");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.detailTitleProperty());
        Label summary = new Label();
        summary.setId("detailSummary");
        summary.textProperty().bind(vm.detailSummaryProperty());
        criteria.setId("criteriaTable");
        criteria.setItems(vm.checks());
        criteria.setPlaceholder(new Label(m.get("title.review.selectHint")));
        TableColumn<CriterionCheck, Boolean> met = new TableColumn<>("");
        met.setId("col-met");
        met.setMinWidth(34);
        met.setMaxWidth(34);
        met.setSortable(false);
        met.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().met()));
        met.setCellFactory(c -> new TableCell<>() {
            {
                setStyle("-fx-alignment: center; -fx-font-weight: bold;");
            }

            @Override
            protected void updateItem(Boolean v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v ? "✓" : "✗");
                CellState.set(this, "met", !empty && v != null && v);
                CellState.set(this, "shortfall", !empty && v != null && !v);
            }
        });
        criteria.getColumns().setAll(List.of(met,
                wrapped("title.col.criterion", 110, c -> c.criterion().label(m)),
                wrapped("title.col.requirement", 190, CriterionCheck::requirement),
                wrapped("title.col.evidence", 170, CriterionCheck::evidence),
                wrapped("title.col.shortfall", 130, c -> c.shortfall() == null ? "" : c.shortfall())));
        criteria.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(criteria, Priority.ALWAYS);
        VBox box = new VBox(6, title, summary, criteria, panel());
        box.setPadding(new Insets(6, 8, 8, 8));
        box.disableProperty().bind(vm.selectedProperty().isNull());
        return box;
    }

    private TableColumn<CriterionCheck, String> wrapped(String key, double width, Function<CriterionCheck, String> v) {
        TableColumn<CriterionCheck, String> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(v.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                CriterionCheck check = empty ? null : getTableRow().getItem();
                text.setText(empty ? null : s);
                boolean red = check != null && !check.met() && key.equals("title.col.shortfall");
                text.setFill(red ? SHORTFALL : Color.BLACK);
                setGraphic(empty ? null : text);
            }
        });
        return col;
    }

    private Node panel() {
        TextField work = new TextField();
        work.setId("scoreWorkField");
        work.setPrefColumnCount(5);
        work.textProperty().bindBidirectional(vm.workProperty());
        TextField research = new TextField();
        research.setId("scoreResearchField");
        research.setPrefColumnCount(5);
        research.textProperty().bindBidirectional(vm.researchProperty());
        Label weights = new Label();
        weights.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : vm.weightsOf(vm.selectedProperty().get()), vm.selectedProperty()));
        ToggleGroup group = new ToggleGroup();
        RadioButton passed = new RadioButton(Verdict.PASSED.label(m));
        passed.setId("verdictPassed");
        passed.setToggleGroup(group);
        passed.setUserData(Verdict.PASSED);
        RadioButton failed = new RadioButton(Verdict.FAILED.label(m));
        failed.setId("verdictFailed");
        failed.setToggleGroup(group);
        failed.setUserData(Verdict.FAILED);
        RadioButton open = new RadioButton(m.get("title.review.undecided"));
        open.setId("verdictOpen");
        open.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, a, b) ->
                vm.verdictProperty().set(b == null ? null : (Verdict) b.getUserData()));
        vm.verdictProperty().addListener((o, a, b) -> group.selectToggle(b == Verdict.PASSED ? passed
                : b == Verdict.FAILED ? failed : open));
        group.selectToggle(open);
        TextField note = new TextField();
        note.setId("verdictNoteField");
        note.setPromptText(m.get("title.review.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        Button save = new Button(m.get("title.review.save"));
        save.setId("saveReviewButton");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.lockedProperty());
        save.setOnAction(e -> vm.save());
        save.setMinWidth(Button.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("titleMessage");
        message.getStyleClass().add("form-errors");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label workLabel = new Label(m.get("title.field.scoreWork"));
        Label researchLabel = new Label(m.get("title.field.scoreResearch"));
        Label verdictLabel = new Label(m.get("title.field.verdict"));
        Label noteLabel = new Label(m.get("title.field.note"));
        for (Label l : List.of(workLabel, researchLabel, verdictLabel, noteLabel)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        grid.addRow(0, workLabel, work, researchLabel, research);
        HBox verdicts = new HBox(10, passed, failed, open);
        cn.huyang.common.ui.Toolbars.keepWhole(verdicts);
        grid.addRow(1, verdictLabel, verdicts);
        GridPane.setColumnSpan(verdicts, 3);
        grid.addRow(2, noteLabel, note);
        GridPane.setColumnSpan(note, 3);
        GridPane.setHgrow(note, Priority.ALWAYS);
        grid.add(save, 4, 2);
        VBox box = new VBox(6, weights, grid, message);
        box.disableProperty().bind(vm.lockedProperty());
        return box;
    }
}
