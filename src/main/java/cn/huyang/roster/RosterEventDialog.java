package cn.huyang.roster;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One step of the roster history: a date (today by default) and, for leave and deregistration, a
 * reason. Headed with what it is (离岗登记, 离职注销登记, …) and saying plainly that 确定 stores the
 * step at once, whatever then happens to the counselor form behind it.
 */
public class RosterEventDialog {
    private final Stage stage = new Stage();

    /** @param notice where the quiet line "已登记 …" goes once the step is stored */
    public RosterEventDialog(CounselorFormViewModel vm, RosterEventKind kind, Window owner, Consumer<String> notice) {
        Messages m = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        String name = vm.storedProperty().get() == null ? "" : vm.storedProperty().get().name();
        stage.setTitle(m.get("event.dialog.title." + kind.name(), name));
        boolean needsReason = kind == RosterEventKind.DEREGISTER || kind == RosterEventKind.LEAVE;

        Label heading = Dialogs.heading(m.get("event.dialog.title." + kind.name(), name));
        Label savedAtOnce = Dialogs.note(m.get("event.dialog.savedAtOnce"));
        savedAtOnce.setId("eventSavedAtOnce");
        DatePicker date = new DatePicker(vm.today());
        date.setId("eventDatePicker");
        date.setConverter(Converters.lenientDate((t, ok) -> { }));
        TextArea reason = new TextArea();
        reason.setId("eventReasonArea");
        reason.setPrefRowCount(3);
        reason.setPrefColumnCount(24);
        reason.setWrapText(true);
        Label error = new Label();
        error.setId("eventError");
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        g.add(new Label(m.get("event.dialog.date." + kind.name())), 0, 0);
        g.add(date, 1, 0);
        if (needsReason) {
            g.add(new Label(m.get("field.reason") + " *"), 0, 1);
            g.add(reason, 1, 1);
        }
        Button ok = new Button(m.get("event.dialog.ok." + kind.name()));
        ok.setId("eventOkButton");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            date.setValue(date.getConverter().fromString(date.getEditor().getText()));
            ok.setDisable(true);
            vm.changeStatus(kind, date.getValue(), needsReason ? reason.getText() : null, () -> {
                stage.close();
                notice.accept(m.get("event.dialog.saved", name, kind.label(m), String.valueOf(date.getValue())));
            }, msg -> {
                ok.setDisable(false);
                error.setText(msg);
                stage.sizeToScene();
            });
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        ok.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        VBox root = new VBox(10, heading, savedAtOnce, error, g, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(480);
        heading.setMaxWidth(Double.MAX_VALUE);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        Screens.keepOn(stage, owner);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
