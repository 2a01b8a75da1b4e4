package cn.huyang.findings;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingTexts;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.DialogService;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 合规提示: a year's findings with their status and decision, filters, the clause's sentence, and
 * the actions that decide, reopen and show a finding's history.
 */
public class FindingsView {
    private final FindingsViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final TableView<TrackedFinding> table = new TableView<>();
    private final TextArea clauseText = new TextArea();
    private final FlowPane tools = new FlowPane(8, 6);
    private boolean loaded;

    public FindingsView(FindingsViewModel vm, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        root.setId("findingsView");
        root.setTop(toolbar());
        root.setCenter(buildTable());
        root.setBottom(clausePane());
        vm.setOnFailure(dialogs::failure);
        vm.setOnNotice(dialogs::notice);
    }

    public Node node() {
        return root;
    }

    public TableView<TrackedFinding> table() {
        return table;
    }

    public FindingsViewModel viewModel() {
        return vm;
    }

    /** Loads the year the first time the tab is shown. */
    public void showing() {
        if (!loaded) {
            loaded = true;
            vm.load();
        }
    }

    /** The data changed underneath: reload now if shown once, else when first shown. */
    public void invalidate() {
        if (loaded) {
            vm.load();
        }
    }

    /** Another PC changed data: the findings load again now, keeping the one selected and the scroll position. */
    public void reloadKeepingPlace() {
        loaded = true;
        cn.huyang.common.ui.TablePlace.of(table, TrackedFinding::key).reloadKeeping(vm::load);
    }

    /** Puts a tool at the end of the toolbar (导出 Excel…). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private Node toolbar() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("findingsYear");
        year.setConverter(Converters.of(y -> m.get("findings.yearLabel", y), ""));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        ComboBox<FindingStatus> status = filter("findingsStatus", FXCollections.observableArrayList(null,
                FindingStatus.OPEN, FindingStatus.DECIDED), vm.statusProperty(), s -> s.label(m));
        ComboBox<Finding.Severity> severity = filter("findingsSeverity", FXCollections.observableArrayList(null,
                Finding.Severity.WARNING, Finding.Severity.NOTICE), vm.severityProperty(), s -> s.label(m));
        ComboBox<String> clause = filter("findingsClause", withAll(vm.clauses()), vm.clauseProperty(),
                c -> m.get("findings.clauseLabel", c));
        ComboBox<String> dept = filter("findingsDepartment", withAll(vm.departments()), vm.departmentProperty(),
                d -> d);
        Button decide = new Button(m.get("findings.decide"));
        decide.setId("decideButton");
        decide.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        decide.setOnAction(e -> {
            java.util.List<TrackedFinding> chosen = java.util.List.copyOf(table.getSelectionModel().getSelectedItems());
            if (chosen.isEmpty()) {
                return;
            }
            if (FindingsViewModel.choicesFor(chosen).isEmpty()) {
                dialogs.info(m.get("findings.mixedChoices"));
            } else {
                new DecisionDialog(vm, chosen, owner.get()).show();
            }
        });
        Button reopen = new Button(m.get("findings.reopen"));
        reopen.setId("reopenButton");
        reopen.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        reopen.setOnAction(e -> selected(t -> new ReopenDialog(vm, t, owner.get()).show()));
        Button history = new Button(m.get("findings.history"));
        history.setId("historyButton");
        history.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        history.setOnAction(e -> selected(t -> vm.history(t, events -> dialogs.info(historyText(t, events)))));
        Label summary = new Label();
        summary.setId("findingsSummary");
        summary.textProperty().bind(vm.summaryProperty());
        tools.getChildren().addAll(new Label(m.get("findings.year")), year, new Label(m.get("findings.status")), status,
                new Label(m.get("findings.severity")), severity, new Label(m.get("findings.clause")), clause,
                new Label(m.get("field.department")), dept, decide, reopen, history);
        VBox top = new VBox(6, tools, summary);
        top.setStyle("-fx-padding: 8;");
        return top;
    }

    private void selected(java.util.function.Consumer<TrackedFinding> action) {
        TrackedFinding t = table.getSelectionModel().getSelectedItem();
        if (t != null) {
            action.accept(t);
        }
    }

    /** The choices with 全部 (null) first, replaced in one step so that a chosen 全部 stays chosen. */
    private static ObservableList<String> withAll(ObservableList<String> values) {
        ObservableList<String> out = FXCollections.observableArrayList();
        Runnable copy = () -> {
            java.util.List<String> all = new java.util.ArrayList<>(values.size() + 1);
            all.add(null);
            all.addAll(values);
            out.setAll(all);
        };
        copy.run();
        values.addListener((ListChangeListener<String>) c -> copy.run());
        return out;
    }

    private <T> ComboBox<T> filter(String id, ObservableList<T> items, ObjectProperty<T> value,
                                   Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        StringConverter<T> converter = Converters.of(label, m.get("findings.all"));
        box.setConverter(converter);
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(converter.toString(item));
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private Node buildTable() {
        table.setId("findingsTable");
        table.setPlaceholder(new Label(m.get("findings.none")));
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        SortedList<TrackedFinding> sorted = new SortedList<>(vm.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("findings.col.status", 70, t -> t.status().label(m)
                + (t.carried() ? m.get("findings.carriedMark") : "")));
        table.getColumns().add(text("findings.col.severity", 60, t -> t.finding().severity().label(m)));
        table.getColumns().add(clauseColumn());
        table.getColumns().add(text("findings.col.year", 60,
                t -> t.finding().year() == null ? m.get("findings.present") : String.valueOf(t.finding().year())));
        table.getColumns().add(text("field.department", 110, t -> t.finding().department()));
        table.getColumns().add(text("field.name", 90, t -> t.finding().counselor()));
        table.getColumns().add(text("findings.col.message", 380, t -> t.finding().message()));
        table.getColumns().add(text("findings.col.params", 200, t -> FindingTexts.params(t.finding(), m)));
        table.getColumns().add(text("findings.col.decision", 220,
                t -> t.decision() == null ? "" : vm.decisionText(t.decision().decision())));
        // wide windows widen the columns, narrow ones scroll sideways: headers and clause numbers stay whole
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t != null) {
                showClause(t.finding().clause());
            }
        });
        return table;
    }

    /** A text column whose cells show their whole text as a tooltip when it does not fit. */
    private TableColumn<TrackedFinding, String> text(String key, double width, Function<TrackedFinding, String> v) {
        TableColumn<TrackedFinding, String> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(v.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                CellState.tip(this, empty || text == null || text.isEmpty() ? null : text);
            }
        });
        return col;
    }

    private TableColumn<TrackedFinding, String> clauseColumn() {
        TableColumn<TrackedFinding, String> col = text("findings.col.clause", 90, t -> t.finding().clause());
        col.setId("col-clause");
        col.setCellFactory(c -> new TableCell<>() {
            /** One link per cell, shown again with another row's clause as the cell is reused. */
            private final Hyperlink link = new Hyperlink();

            {
                link.getStyleClass().add("clause-link");
                link.setMinWidth(Hyperlink.USE_PREF_SIZE);
                link.setOnAction(e -> showClause(link.getText()));
            }

            @Override
            protected void updateItem(String clause, boolean empty) {
                super.updateItem(clause, empty);
                if (empty || clause == null) {
                    setGraphic(null);
                    return;
                }
                link.setText(clause);
                setGraphic(link);
            }
        });
        return col;
    }

    private Node clausePane() {
        clauseText.setId("clauseText");
        clauseText.setEditable(false);
        clauseText.setWrapText(true);
        clauseText.setPrefRowCount(3);
        clauseText.setPromptText(m.get("findings.clausePrompt"));
        return clauseText;
    }

    private void showClause(String clause) {
        clauseText.setText(m.get("findings.clauseHeading", clause) + vm.clauseText(clause));
    }

    private String historyText(TrackedFinding t, java.util.List<FindingEvent> events) {
        StringBuilder out = new StringBuilder(t.finding().message());
        if (events.isEmpty()) {
            out.append("\n\n").append(m.get("findings.noHistory"));
        }
        for (FindingEvent e : events) {
            out.append("\n\n");
            if (e.decided()) {
                Decision d = e.decision();
                out.append(vm.decisionText(d));
                append(out, "decision.field.note", d.note());
                append(out, "decision.field.plan", d.plan());
                append(out, "decision.field.dueDate", d.dueDate() == null ? null : d.dueDate().toString());
            } else {
                out.append(m.get("findings.reopenedLine", e.date().toString(), e.by(), e.reason()));
            }
        }
        return out.toString();
    }

    private void append(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append('\n').append(m.get("validation.format", m.get(key), value));
        }
    }
}
