package cn.huyang.roster;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** One step of the roster history: a date (today by default) and, for leave and deregistration, a reason. */
public class RosterEventDialog {
    private final Stage stage = new Stage();

    public RosterEventDialog(CounselorFormViewModel vm, RosterEventKind kind, Window owner) {
        Messages m = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("form.action." + kind.name()));
        boolean needsReason = kind == RosterEventKind.DEREGISTER || kind == RosterEventKind.LEAVE;

        DatePicker date = new DatePicker(vm.today());
        date.setId("eventDatePicker");
        date.setConverter(Converters.lenientDate((t, ok) -> { }));
        TextArea reason = new TextArea();
        reason.setId("eventReasonArea");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label error = new Label();
        error.setId("eventError");
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.add(new Label(m.get("field.eventDate")), 0, 0);
        g.add(date, 1, 0);
        if (needsReason) {
            g.add(new Label(m.get("field.reason") + " *"), 0, 1);
            g.add(reason, 1, 1);
        }
        Button ok = new Button(m.get("common.ok"));
        ok.setId("eventOkButton");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            date.setValue(date.getConverter().fromString(date.getEditor().getText()));
            ok.setDisable(true);
            vm.changeStatus(kind, date.getValue(), needsReason ? reason.getText() : null, stage::close, msg -> {
                ok.setDisable(false);
                error.setText(msg);
            });
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(10, error, g, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 460, needsReason ? 260 : 170);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }
}
