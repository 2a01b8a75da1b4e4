package cn.huyang.roster;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.ConflictDialog;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Styles;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/**
 * The counselor form (every field of the roster) with its roster history. Edits a copy; asks
 * before closing with unsaved changes; marks refused fields with ControlsFX decorations.
 */
public class CounselorFormDialog {
    private final CounselorFormViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Stage stage = new Stage();
    private final Map<String, Control> controls = new HashMap<>();
    private final HBox historyActions = new HBox(8);

    public CounselorFormDialog(CounselorFormViewModel vm, DialogService dialogs, Window owner, Consumer<Counselor> onSaved) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get(vm.isNew() ? "form.title.new" : "form.title.edit"));

        Label errors = Forms.errorLabel("formErrors", vm.errorTextProperty());

        VBox body = new VBox(4, errors, form(), historySection());
        body.setPadding(new Insets(10, 14, 10, 14));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);

        Button save = new Button(m.get("common.save"));
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        Consumer<Counselor> saved = c -> {
            stage.setTitle(m.get("form.title.edit"));
            refreshHistoryActions();
            onSaved.accept(c);
            dialogs.notice(m.get("form.saved", c.name()));
        };
        save.setOnAction(e -> vm.save(saved, dialogs::failure));
        // someone else saved first: both versions side by side, and the user chooses
        vm.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                javafx.application.Platform.runLater(() -> {
                    switch (ConflictDialog.ask(stage, m, conflict)) {
                        case OVERWRITE -> vm.overwrite(c -> {
                            saved.accept(c);
                            dialogs.notice(m.get("conflict.overwritten", c.name()));
                        }, dialogs::failure);
                        case TAKE_THEIRS -> {
                            vm.takeCurrent();
                            onSaved.accept(vm.storedProperty().get());
                            dialogs.notice(m.get("conflict.takenTheirs", vm.storedProperty().get().name()));
                        }
                        case KEEP_EDITING -> vm.keepEditing();
                    }
                });
            }
        });
        Button close = new Button(m.get("common.close"));
        close.setId("closeButton");
        close.setCancelButton(true);
        close.setOnAction(e -> {
            if (mayClose()) {
                stage.close();
            }
        });
        HBox buttons = new HBox(8, save, close);
        buttons.setPadding(new Insets(8, 14, 10, 14));
        buttons.setStyle("-fx-alignment: center-right;");

        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        Screens.fit(stage, owner, 860, 720);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        vm.errors().addListener((MapChangeListener<String, String>) change -> decorate());
        vm.storedProperty().addListener((o, a, b) -> {
            refreshHistoryActions();
            if (a != null && b != null && a.status() != b.status()) {
                onSaved.accept(b);
            }
        });
        refreshHistoryActions();
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

    private Node form() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints(120, 220, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, field, label, field);
        int row = 0;
        g.add(section("form.section.basic"), 0, row++, 4, 1);
        pair(g, row++, text("field.name", "nameField", vm.name), choice("field.gender", "genderBox", vm.gender,
                List.of(Gender.values()), true));
        pair(g, row++, text("field.idNumber", "idNumberField", vm.idNumber), date("field.birthDate", "birthDatePicker",
                vm.birthDate));
        pair(g, row++, ethnicity(), choice("field.politicalStatus", "politicalBox", vm.politicalStatus,
                List.of(PoliticalStatus.values()), true));
        pair(g, row++, choice("field.education", "educationBox", vm.education, List.of(Education.values()), true),
                choice("field.degree", "degreeBox", vm.degree, List.of(Degree.values()), true));
        pair(g, row++, text("field.major", "majorField", vm.major), null);
        g.add(section("form.section.post"), 0, row++, 4, 1);
        pair(g, row++, department(), choice("field.postType", "postTypeBox", vm.postType, List.of(PostType.values()),
                false));
        pair(g, row++, choice("field.position", "positionBox", vm.position, List.of(Position.values()), true),
                choice("field.employmentForm", "employmentBox", vm.employmentForm, List.of(EmploymentForm.values()),
                        true));
        pair(g, row++, date("field.entryDate", "entryDatePicker", vm.entryDate), null);
        pair(g, row++, choice("field.title", "titleBox", vm.title, List.of(TitleRank.values()), true),
                date("field.titleDate", "titleDatePicker", vm.titleDate));
        pair(g, row++, adminRank(), date("field.adminRankDate", "adminRankDatePicker", vm.adminRankDate));
        g.add(section("form.section.work"), 0, row++, 4, 1);
        pair(g, row++, text("field.phone", "phoneField", vm.phone), text("field.studentsInCharge", "studentsField",
                vm.studentsInCharge));
        pair(g, row++, text("field.classesInCharge", "classesField", vm.classesInCharge), text("field.dormitory",
                "dormitoryField", vm.dormitory));
        TextArea note = new TextArea();
        note.setId("noteArea");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.note);
        controls.put("field.note", note);
        g.add(new Label(m.get("field.note")), 0, row);
        g.add(note, 1, row, 3, 1);
        return g;
    }

    private Label section(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private record Labelled(String key, Control control) {
    }

    private void pair(GridPane g, int row, Labelled left, Labelled right) {
        g.add(new Label(m.get(left.key())), 0, row);
        g.add(left.control(), 1, row);
        if (right != null) {
            g.add(new Label(m.get(right.key())), 2, row);
            g.add(right.control(), 3, row);
        }
    }

    private Labelled text(String key, String id, StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        f.setMaxWidth(Double.MAX_VALUE);
        controls.put(key, f);
        return new Labelled(key, f);
    }

    private <T extends Coded> Labelled choice(String key, String id, ObjectProperty<T> property, List<T> values,
                                              boolean optional) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        if (optional) {
            box.getItems().add(null);
        }
        box.getItems().addAll(values);
        box.setConverter(Converters.coded(m, m.get("form.notEntered")));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        controls.put(key, box);
        return new Labelled(key, box);
    }

    private Labelled department() {
        ComboBox<Department> box = new ComboBox<>(vm.departments());
        box.setId("departmentBox");
        box.setConverter(Converters.of(Department::name, m.get("form.choose")));
        box.valueProperty().bindBidirectional(vm.department);
        box.setMaxWidth(Double.MAX_VALUE);
        controls.put("field.department", box);
        return new Labelled("field.department", box);
    }

    private Labelled ethnicity() {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(Ethnicities.ALL));
        box.getItems().add(0, null);
        box.setId("ethnicityBox");
        box.setConverter(Converters.of(s -> s, m.get("form.notEntered")));
        box.valueProperty().bindBidirectional(vm.ethnicity);
        box.setMaxWidth(Double.MAX_VALUE);
        controls.put("field.ethnicity", box);
        return new Labelled("field.ethnicity", box);
    }

    private Labelled adminRank() {
        // The list of ranks is the college's: suggestions, any text accepted.
        Labelled l = text("field.adminRank", "adminRankField", vm.adminRank);
        TextFields.bindAutoCompletion((TextField) l.control(), AdminRanks.SUGGESTIONS);
        ((TextField) l.control()).setPromptText(m.get("form.adminRank.prompt"));
        return l;
    }

    private Labelled date(String key, String id, ObjectProperty<LocalDate> property) {
        DatePicker p = new DatePicker();
        p.setId(id);
        Forms.lenientDate(p, "2024-09-01", (text, ok) -> vm.markUnparsable(key, ok ? null : text));
        p.valueProperty().bindBidirectional(property);
        controls.put(key, p);
        return new Labelled(key, p);
    }

    private Node historySection() {
        VBox box = new VBox(6);
        Label title = section("form.section.history");
        TableView<RosterEvent> table = new TableView<>(vm.history());
        table.setId("historyTable");
        table.setPrefHeight(140);
        table.setPlaceholder(new Label(m.get("form.history.none")));
        TableColumn<RosterEvent, String> date = new TableColumn<>(m.get("field.eventDate"));
        date.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().date().toString()));
        TableColumn<RosterEvent, String> kind = new TableColumn<>(m.get("form.history.kind"));
        kind.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().kind().label(m)));
        TableColumn<RosterEvent, String> reason = new TableColumn<>(m.get("field.reason"));
        reason.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(
                c.getValue().reason() == null ? "" : c.getValue().reason()));
        reason.setPrefWidth(360);
        table.getColumns().setAll(List.of(date, kind, reason));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        box.getChildren().addAll(title, historyActions, table);
        box.managedProperty().bind(vm.storedProperty().isNotNull());
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    private void refreshHistoryActions() {
        historyActions.getChildren().clear();
        for (RosterEventKind kind : vm.availableSteps()) {
            Button b = new Button(m.get("form.action." + kind.name()));
            b.setId("action" + kind.name());
            b.setOnAction(e -> new RosterEventDialog(vm, kind, stage, dialogs::notice).show());
            historyActions.getChildren().add(b);
        }
    }

    private void decorate() {
        Forms.mark(controls, vm.errors());
    }
}
