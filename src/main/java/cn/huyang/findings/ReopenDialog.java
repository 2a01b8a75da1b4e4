package cn.huyang.findings;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Reopens a decided finding with a reason; the decision stays in its history. */
public class ReopenDialog {
    private final Stage stage = new Stage();

    public ReopenDialog(FindingsViewModel vm, TrackedFinding t, Window owner) {
        Messages m = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("findings.reopenTitle"));
        DatePicker date = new DatePicker(vm.today());
        date.setId("reopenDate");
        Forms.lenientDate(date, "", (text, ok) -> { });
        TextField by = new TextField(vm.lastDecidedBy());
        by.setId("reopenBy");
        TextArea reason = new TextArea();
        reason.setId("reopenReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        // the labels keep their words; the fields take the rest
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        g.addRow(0, new Label(m.get("decision.field.date") + " *"), date);
        g.addRow(1, new Label(m.get("decision.field.by") + " *"), by);
        g.addRow(2, new Label(m.get("decision.field.reopenReason") + " *"), reason);
        StringProperty error = new SimpleStringProperty("");
        Label heading = new Label(t.finding().message());
        heading.setWrapText(true);
        Button ok = new Button(m.get("findings.reopen"));
        ok.setId("reopenOkButton");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            ok.setDisable(true);
            vm.reopen(t, date.getValue(), by.getText(), reason.getText(), stage::close, msg -> {
                ok.setDisable(false);
                error.set(msg);
            });
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(10, heading, Forms.errorLabel("reopenError", error), g, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(520);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }
}
