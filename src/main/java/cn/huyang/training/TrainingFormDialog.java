package cn.huyang.training;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.roster.Department;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Styles;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Entering a training once for many counselors: the session's details on top; below, the roster
 * picker (search with Enter, a whole department) beside the attendees, each with a tick, own hours,
 * certificate number and note. Asks before closing with unsaved changes.
 */
public class TrainingFormDialog {
    private final TrainingFormViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Stage stage = new Stage();
    private final Map<String, Control> controls = new HashMap<>();

    public TrainingFormDialog(TrainingFormViewModel vm, DialogService dialogs, Window owner,
                              Consumer<SaveResult> onSaved) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("training.form.title.new"));
        vm.storedProperty().addListener((o, a, b) -> stage.setTitle(m.get(b == null ? "training.form.title.new"
                : "training.form.title.edit")));

        Label errors = Forms.errorLabel("trainingFormErrors", vm.errorTextProperty());

        VBox body = new VBox(4, errors, details(), attendeesSection());
        body.setPadding(new Insets(10, 14, 10, 14));
        VBox.setVgrow(body.getChildren().get(2), Priority.ALWAYS);

        Button save = new Button(m.get("common.save"));
        save.setId("saveTrainingButton");
        save.setDefaultButton(false);
        save.disableProperty().bind(vm.savingProperty().or(vm.readyProperty().not()));
        // A saved training closes the form; the ledger behind shows it.
        java.util.function.Consumer<SaveResult> saved = result -> {
            stage.close();
            onSaved.accept(result);
        };
        save.setOnAction(e -> vm.save(saved, dialogs::failure));
        // someone else saved first: both versions side by side, and the user chooses
        vm.conflicts().conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                javafx.application.Platform.runLater(() -> {
                    switch (cn.huyang.common.ui.ConflictDialog.ask(stage, m, conflict)) {
                        case OVERWRITE -> vm.overwrite(saved, dialogs::failure);
                        case TAKE_THEIRS -> vm.takeCurrent();
                        case KEEP_EDITING -> vm.conflicts().dismiss();
                    }
                });
            }
        });
        Button close = new Button(m.get("common.close"));
        close.setId("closeTrainingButton");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (mayClose()) {
                stage.close();
            }
        });
        HBox buttons = new HBox(8, save, close);
        buttons.setPadding(new Insets(8, 14, 10, 14));
        buttons.setStyle("-fx-alignment: center-right;");

        BorderPane root = new BorderPane(body);
        root.setBottom(buttons);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        cn.huyang.common.ui.Screens.fit(stage, owner, 1000, 720);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        vm.errors().addListener((MapChangeListener<String, String>) change -> decorate());
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private boolean mayClose() {
        return !vm.dirtyProperty().get() || dialogs.confirmDestructive(m.get("form.discard"),
                m.get("form.discard.action"));
    }

    private Node details() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints(120, 260, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field, label, field);
        int row = 0;
        Label section = new Label(m.get("training.form.section.session"));
        section.getStyleClass().add("section-title");
        g.add(section, 0, row++, 4, 1);
        pair(g, row++, "field.course", text("courseField", vm.course, "field.course"),
                "field.organiser", text("organiserField", vm.organiser, "field.organiser"));
        pair(g, row++, "field.trainingLevel", choice("levelBox", vm.level, TrainingLevel.values(), "field.trainingLevel"),
                "field.trainingCategory", choice("categoryBox", vm.category, TrainingCategory.values(),
                        "field.trainingCategory"));
        pair(g, row++, "field.startDate", date("startDatePicker", vm.startDate, "field.startDate"),
                "field.endDate", date("endDatePicker", vm.endDate, "field.endDate"));
        pair(g, row++, "field.hours", text("hoursField", vm.hours, "field.hours"),
                "field.cost", text("costField", vm.cost, "field.cost"));
        g.add(new Label(m.get("field.note")), 0, row);
        g.add(text("sessionNoteField", vm.note, "field.note"), 1, row++, 3, 1);
        Label hint = new Label(m.get("training.form.hoursHint"));
        hint.setStyle("-fx-text-fill: #666666;");
        g.add(hint, 1, row, 3, 1);
        return g;
    }

    private void pair(GridPane g, int row, String leftKey, Control left, String rightKey, Control right) {
        g.add(new Label(m.get(leftKey)), 0, row);
        g.add(left, 1, row);
        g.add(new Label(m.get(rightKey)), 2, row);
        g.add(right, 3, row);
    }

    private TextField text(String id, StringProperty property, String key) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setMaxWidth(Double.MAX_VALUE);
        controls.put(key, f);
        return f;
    }

    private <T extends Coded> ComboBox<T> choice(String id, ObjectProperty<T> property, T[] values, String key) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setConverter(Converters.coded(m, m.get("form.choose")));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        controls.put(key, box);
        return box;
    }

    private DatePicker date(String id, ObjectProperty<LocalDate> property, String key) {
        DatePicker p = new DatePicker();
        p.setId(id);
        Forms.lenientDate(p, "2025-03-01", (text, ok) -> vm.markUnparsable(key, ok ? null : text));
        p.valueProperty().bindBidirectional(property);
        controls.put(key, p);
        return p;
    }

    private Node attendeesSection() {
        Label section = new Label(m.get("training.form.section.attendees"));
        section.getStyleClass().add("section-title");
        HBox both = new HBox(10, picker(), attendeesTable());
        VBox.setVgrow(both, Priority.ALWAYS);
        HBox.setHgrow(both.getChildren().get(1), Priority.ALWAYS);
        return new VBox(4, section, both);
    }

    private Node picker() {
        TextField search = new TextField();
        search.setId("pickSearchField");
        search.setPromptText(m.get("training.form.pick.search.prompt"));
        search.textProperty().bindBidirectional(vm.pickSearch);
        ListView<Candidate> list = new ListView<>(vm.candidates());
        list.setId("candidateList");
        list.setPrefWidth(250);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Candidate c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.shown(m) + "　" + (c.department() == null ? "" : c.department())
                        + (c.onRoster() ? "" : "（" + m.get("status.DEREGISTERED") + "）"));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.add(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.add(list.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.addFirstCandidate();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        Button add = new Button(m.get("training.form.pick.add"));
        add.setId("addCandidateButton");
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> vm.add(list.getSelectionModel().getSelectedItem()));

        ComboBox<Department> dept = new ComboBox<>(vm.departments());
        dept.setId("pickDepartmentBox");
        dept.setPromptText(m.get("training.form.pick.department"));
        dept.setConverter(Converters.of(Department::name, m.get("training.form.pick.department")));
        dept.setMaxWidth(Double.MAX_VALUE);
        Button addDept = new Button(m.get("training.form.pick.addDepartment"));
        addDept.setId("addWholeDepartmentButton");
        addDept.disableProperty().bind(dept.valueProperty().isNull());
        addDept.setOnAction(e -> vm.addDepartment(dept.getValue()));
        addDept.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(6, search, list, add, dept, addDept);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPrefWidth(260);
        box.setMinWidth(220);
        return box;
    }

    private Node attendeesTable() {
        TableView<AttendeeItem> table = new TableView<>(vm.attendees());
        table.setId("attendeeTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(m.get("validation.attendees.none")));
        TableColumn<AttendeeItem, AttendeeItem> include = bound("training.form.col.include", 50, null,
                a -> a.included);
        TableColumn<AttendeeItem, String> name = new TableColumn<>(m.get("field.name"));
        name.setPrefWidth(110);
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<AttendeeItem, String> dept = new TableColumn<>(m.get("field.department"));
        dept.setPrefWidth(110);
        dept.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().department()));
        table.getColumns().setAll(List.of(include, name, dept,
                bound("training.form.col.hours", 80, a -> a.hours, null),
                bound("training.form.col.certificate", 130, a -> a.certificate, null),
                bound("training.form.col.note", 130, a -> a.note, null)));
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);

        Label count = new Label();
        count.setId("attendeeCount");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(vm.countTextProperty());
        Button remove = new Button(m.get("training.form.pick.remove"));
        remove.setId("removeAttendeesButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, count, spacer, remove);
        bar.setStyle("-fx-alignment: center-left;");
        VBox box = new VBox(6, table, bar);
        VBox.setVgrow(table, Priority.ALWAYS);
        controls.put("field.attendees", table);
        return box;
    }

    /**
     * A column whose cells edit the item's property directly: a text field (own hours, certificate,
     * note) or a tick. Typing goes straight into the form; Tab moves on to the next field.
     */
    private TableColumn<AttendeeItem, AttendeeItem> bound(String key, double width,
                                                          Function<AttendeeItem, StringProperty> text,
                                                          Function<AttendeeItem, BooleanProperty> tick) {
        TableColumn<AttendeeItem, AttendeeItem> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        String styleClass = "attendee-" + key.substring(key.lastIndexOf('.') + 1);
        col.setCellFactory(c -> new TableCell<>() {
            private final TextField field = new TextField();
            private final CheckBox box = new CheckBox();
            private StringProperty boundText;
            private BooleanProperty boundTick;

            {
                field.getStyleClass().add(styleClass);
                box.getStyleClass().add(styleClass);
            }

            @Override
            protected void updateItem(AttendeeItem item, boolean empty) {
                super.updateItem(item, empty);
                if (boundText != null) {
                    field.textProperty().unbindBidirectional(boundText);
                    boundText = null;
                }
                if (boundTick != null) {
                    box.selectedProperty().unbindBidirectional(boundTick);
                    boundTick = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                } else if (text != null) {
                    boundText = text.apply(item);
                    field.textProperty().bindBidirectional(boundText);
                    setGraphic(field);
                } else {
                    boundTick = tick.apply(item);
                    box.selectedProperty().bindBidirectional(boundTick);
                    setGraphic(box);
                }
            }
        });
        return col;
    }

    private void decorate() {
        Forms.mark(controls, vm.errors());
    }
}
