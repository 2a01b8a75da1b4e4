package cn.huyang.title;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
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

/**
 * The one small form every record of the title tab is added through: a column of labelled fields,
 * the refusals above them and each refused field marked; it stays open with what was typed until
 * the record is saved. Asks before closing when something was typed.
 */
public class RecordFormDialog<T> {
    private final RecordFormViewModel<T> vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final Map<String, Control> controls = new HashMap<>();
    private final List<DatePicker> dates = new ArrayList<>();
    private int row;
    private boolean sameRow;

    public RecordFormDialog(RecordFormViewModel<T> vm, DialogService dialogs, Window owner, String title) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints(200, 300, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field);
        vm.errors().addListener((MapChangeListener<String, String>) c -> Forms.mark(controls, vm.errors()));
    }

    public TextField text(String key, String id, StringProperty property) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(property);
        return add(key, id, f);
    }

    public <C extends Coded> ComboBox<C> choice(String key, String id, ObjectProperty<C> property, C[] values) {
        ComboBox<C> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(Converters.coded(m, m.get("form.choose")));
        box.valueProperty().bindBidirectional(property);
        return add(key, id, box);
    }

    public <C> ComboBox<C> choice(String key, String id, ObjectProperty<C> property, List<C> values,
                                  Function<C, String> label) {
        ComboBox<C> box = new ComboBox<>();
        box.getItems().addAll(values);
        box.setConverter(Converters.of(label, m.get("form.choose")));
        box.valueProperty().bindBidirectional(property);
        return add(key, id, box);
    }

    /** A text that may be picked from {@code offered} or typed freely. */
    public ComboBox<String> editable(String key, String id, StringProperty property, List<String> offered) {
        ComboBox<String> box = new ComboBox<>();
        box.setEditable(true);
        box.getItems().addAll(offered);
        box.getEditor().textProperty().bindBidirectional(property);
        return add(key, id, box);
    }

    public DatePicker date(String key, String id, ObjectProperty<LocalDate> property) {
        DatePicker p = new DatePicker();
        Forms.lenientDate(p, "2025-03-01", (text, ok) -> vm.markUnparsable(key, ok ? null : text));
        p.valueProperty().bindBidirectional(property);
        dates.add(p);
        return add(key, id, p);
    }

    public CheckBox check(String key, String id, BooleanProperty property) {
        CheckBox box = new CheckBox();
        box.selectedProperty().bindBidirectional(property);
        return add(key, id, box);
    }

    /** A grey line of help under the last field. */
    public void hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #666666;");
        grid.add(hint, 1, row++);
    }

    /** The next field takes the place of the last one (the two are shown one at a time, see {@link #showOnly}). */
    public void inPlaceOfLast() {
        sameRow = true;
    }

    /** Shows a field and its label only while {@code when} holds (a title, or a rank). */
    public void showOnly(Control control, ObservableBooleanValue when) {
        for (Node n : grid.getChildren()) {
            if (n == control || n.getUserData() == control) {
                n.visibleProperty().bind(when);
                n.managedProperty().bind(when);
            }
        }
    }

    private <C extends Control> C add(String key, String id, C control) {
        control.setId(id);
        control.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label(m.get(key));
        label.setUserData(control);
        label.setLabelFor(control);
        if (sameRow) {
            sameRow = false;
            row--;
        }
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        controls.put(key, control);
        return control;
    }

    /** Shows the form; {@code onSaved} runs once the record is stored, and the form closes. */
    public void show(Consumer<? super T> onSaved) {
        Label errors = Forms.errorLabel("recordFormErrors", vm.errorTextProperty());
        errors.setMaxWidth(420);
        Button save = new Button(m.get("common.save"));
        save.setId("recordSaveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> {
            // A date typed but not yet committed (focus still in the field) counts.
            dates.forEach(p -> p.setValue(p.getConverter().fromString(p.getEditor().getText())));
            vm.save(saved -> {
                stage.close();
                onSaved.accept(saved);
            }, dialogs::failure);
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setId("recordCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (mayClose()) {
                stage.close();
            }
        });
        HBox buttons = new HBox(8, save, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        buttons.setPadding(new Insets(10, 0, 0, 0));
        BorderPane root = new BorderPane(new VBox(6, errors, grid));
        root.setBottom(buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(440);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        stage.show();
        // Refusals above the fields make the form taller: let it grow rather than cut them off.
        vm.errorTextProperty().addListener((o, a, b) -> stage.sizeToScene());
    }

    private boolean mayClose() {
        return !vm.dirtyProperty().get() || dialogs.confirmDestructive(m.get("form.discard"),
                m.get("form.discard.action"));
    }

    public Stage stage() {
        return stage;
    }
}
