package cn.huyang.worklog;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.roster.Counselor;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * 工作记录 on screen: the counselor and month on top, the month's records by date on the left, the quick
 * entry form on the right (keyboard first: Ctrl+Enter saves; the place and class stay), the month's counts below.
 */
public class WorklogView {
    private final WorklogViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final GridPane details = new GridPane();

    public WorklogView(WorklogViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        root.setId("worklogView");
        root.setTop(toolbar());
        SplitPane split = new SplitPane(table(), form());
        split.setDividerPositions(0.55);
        root.setCenter(split);
        Label summary = new Label();
        summary.setId("worklogSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(summary);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    private Node toolbar() {
        ComboBox<Counselor> who = new ComboBox<>(vm.counselors());
        who.setId("worklogCounselor");
        who.setConverter(Converters.of(Counselor::name, ""));
        who.valueProperty().bindBidirectional(vm.counselorProperty());
        Button prev = whole(new Button(m.get("worklog.prev")));
        prev.setOnAction(e -> vm.previousMonth());
        Button next = whole(new Button(m.get("worklog.next")));
        next.setOnAction(e -> vm.nextMonth());
        Label month = new Label();
        month.setId("worklogMonth");
        month.textProperty().bind(vm.monthProperty().asString());
        return Toolbars.row(new Label(m.get("worklog.field.counselor")), who, prev, month, next);
    }

    private Node table() {
        TableView<WorklogViewModel.Line> table = new TableView<>(vm.lines());
        table.setId("worklogTable");
        table.setPlaceholder(new Label(m.get("worklog.noRecords")));
        table.getColumns().addAll(List.of(
                column("worklog.col.date", l -> l.date().toString()),
                column("worklog.field.time", WorklogViewModel.Line::time),
                column("worklog.col.kind", WorklogViewModel.Line::kind),
                column("worklog.col.place", WorklogViewModel.Line::place),
                column("worklog.col.className", WorklogViewModel.Line::className),
                column("worklog.col.summary", WorklogViewModel.Line::summary),
                column("worklog.col.followUp", WorklogViewModel.Line::followUp)));
        Tables.fillWidth(table);
        Tables.headersWhole(table);
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.edit(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private TableColumn<WorklogViewModel.Line, String> column(String key,
                                                              Function<WorklogViewModel.Line, String> value) {
        TableColumn<WorklogViewModel.Line, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private Node form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        ChoiceBox<RecordKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(RecordKind.values()));
        kind.setId("worklogKind");
        kind.setConverter(Converters.coded(m, ""));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        DatePicker date = new DatePicker();
        date.setId("worklogDate");
        Forms.lenientDate(date, "2026-03-01", (text, ok) -> { }); // 2026-03-01, as everywhere, not the OS's 3/1/2026
        date.valueProperty().bindBidirectional(vm.dateProperty());
        TextField time = text("worklogTime", vm.timeProperty());
        time.setPromptText("15:30");
        TextField place = text("worklogPlace", vm.placeProperty());
        TextField className = text("worklogClass", vm.classNameProperty());
        ComboBox<String> category = new ComboBox<>();
        category.setId("worklogCategory");
        category.setConverter(Converters.of(c -> c == null || c.isEmpty() ? "" : m.get("worklog.category." + c), ""));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        TextField students = text("worklogStudents", vm.studentsProperty());
        students.setPromptText(m.get("worklog.studentsHint"));
        ComboBox<StudentChoice> pick = studentPicker();
        DatePicker followUp = new DatePicker();
        followUp.setId("worklogFollowUp");
        Forms.lenientDate(followUp, "", (text, ok) -> { });
        followUp.valueProperty().bindBidirectional(vm.followUpOnProperty());
        CheckBox done = whole(new CheckBox(m.get("worklog.field.followUpDone")));
        done.selectedProperty().bindBidirectional(vm.followUpDoneProperty());
        CheckBox secret = whole(new CheckBox(m.get("worklog.field.confidential")));
        secret.selectedProperty().bindBidirectional(vm.confidentialProperty());
        int row = 0;
        g.addRow(row++, whole(new Label(m.get("worklog.field.kind"))), kind);
        g.addRow(row++, whole(new Label(m.get("worklog.field.date"))), date);
        g.addRow(row++, whole(new Label(m.get("worklog.field.time"))), time);
        g.addRow(row++, whole(new Label(m.get("worklog.field.place"))), place);
        g.addRow(row++, whole(new Label(m.get("worklog.field.className"))), className);
        Label categoryLabel = whole(new Label(m.get("worklog.field.category.TALK")));
        g.addRow(row++, categoryLabel, category);
        Label studentsLabel = whole(new Label(m.get("worklog.field.students")));
        g.addRow(row++, studentsLabel, pick);
        g.add(pickedStudents(), 1, row++);
        g.addRow(row++, whole(new Label(m.get("worklog.field.otherStudents"))), students);
        g.add(details, 0, row++, 2, 1);
        g.addRow(row++, whole(new Label(m.get("worklog.field.followUpOn"))), followUp);
        g.addRow(row++, done, secret);
        Button save = whole(new Button(m.get("worklog.save")));
        save.setId("worklogSave");
        save.setOnAction(e -> vm.save());
        Button fresh = whole(new Button(m.get("worklog.new")));
        fresh.setOnAction(e -> vm.newRecord());
        g.addRow(row++, save, fresh);
        Label error = new Label();
        error.setId("worklogError");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        g.add(error, 0, row, 2, 1);
        Runnable byKind = () -> {
            RecordKind k = vm.kindProperty().get();
            category.getItems().setAll(k.categories());
            category.setDisable(k.categories().isEmpty());
            if (!k.categories().isEmpty()) {
                categoryLabel.setText(m.get("worklog.field.category." + k.name()));
            }
            students.setDisable(k != RecordKind.TALK);
            pick.setDisable(k != RecordKind.TALK);
            details(k);
        };
        vm.kindProperty().addListener((o, a, b) -> byKind.run());
        byKind.run();
        bindSave(save);
        ScrollPane scroll = new ScrollPane(new VBox(g));
        scroll.setFitToWidth(false); // the form keeps its width and scrolls: no label is cut to "…"
        return scroll;
    }

    /** The counselor's students: choosing one adds it to the record (and empties the picker for the next). */
    private ComboBox<StudentChoice> studentPicker() {
        ComboBox<StudentChoice> pick = new ComboBox<>(vm.students().choices());
        pick.setId("worklogStudentPick");
        pick.setPromptText(m.get("worklog.pickStudent"));
        pick.setConverter(Converters.of(StudentChoice::label, ""));
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.students().pick(b);
                javafx.application.Platform.runLater(() -> pick.setValue(null));
            }
        });
        return pick;
    }

    /** The students picked, each a button that takes it off the record again. */
    private Node pickedStudents() {
        FlowPane box = new FlowPane(4, 4);
        box.setId("worklogPicked");
        box.setPrefWrapLength(260);
        Runnable show = () -> box.getChildren().setAll(vm.students().picked().stream().map(s -> {
            Button b = whole(new Button(s.name() + " ✕"));
            b.getStyleClass().add("picked-student");
            b.setOnAction(e -> vm.students().remove(s));
            return (Node) b;
        }).toList());
        vm.students().picked().addListener((javafx.collections.ListChangeListener<StudentRef>) c -> show.run());
        show.run();
        return box;
    }

    private void bindSave(Button save) {
        save.disableProperty().bind(vm.counselorProperty().isNull());
    }

    private void details(RecordKind k) {
        details.getChildren().clear();
        details.setHgap(8);
        details.setVgap(6);
        int row = 0;
        for (String f : k.fields()) {
            Node input;
            if (f.equals("way")) {
                ComboBox<String> way = new ComboBox<>(FXCollections.observableArrayList(RecordKind.TALK_WAYS));
                way.setId("worklogField-way");
                way.setConverter(Converters.of(c -> c == null || c.isEmpty() ? "" : m.get("worklog.way." + c), ""));
                way.valueProperty().bindBidirectional(vm.field("way"));
                input = way;
            } else {
                input = text("worklogField-" + f, vm.field(f));
            }
            String label = m.get("worklog.field." + f) + (k.required().contains(f) ? " *" : "");
            details.addRow(row++, whole(new Label(label)), input);
        }
    }

    /** A label shown whole (never cut to "…"): the form scrolls instead. */
    private static <R extends javafx.scene.layout.Region> R whole(R l) {
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }
}
