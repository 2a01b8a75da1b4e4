package cn.huyang.findings;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Records what was done about one finding. The choices follow the finding: 不合格 → post adjusted or
 * not (refused?); two years 不合格 → contract ended (and, offered, deregistration) or renewed; the
 * rest → acknowledged with a plan and a due date. A refusal keeps the dialog open with what was typed.
 */
public class DecisionDialog {
    private final Stage stage = new Stage();

    public DecisionDialog(FindingsViewModel vm, java.util.List<TrackedFinding> chosen, Window owner) {
        TrackedFinding t = chosen.get(0);
        boolean one = chosen.size() == 1;
        Messages m = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("findings.decideTitle"));
        ComboBox<DecisionKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                FindingsViewModel.choicesFor(chosen)));
        kind.setId("decisionKind");
        kind.setConverter(Converters.coded(m, ""));
        kind.setValue(kind.getItems().isEmpty() ? null : kind.getItems().get(0));
        kind.setMaxWidth(Double.MAX_VALUE);
        CheckBox refused = new CheckBox(m.get("decision.field.refused"));
        refused.setId("decisionRefused");
        DatePicker date = new DatePicker(vm.today());
        date.setId("decisionDate");
        Forms.lenientDate(date, "", (text, ok) -> { });
        TextField by = new TextField(vm.lastDecidedBy());
        by.setId("decisionBy");
        TextField doc = new TextField();
        doc.setId("decisionDocument");
        TextArea note = area("decisionNote");
        TextArea plan = area("decisionPlan");
        DatePicker due = new DatePicker();
        due.setId("decisionDueDate");
        Forms.lenientDate(due, "", (text, ok) -> { });
        CheckBox deregister = new CheckBox(m.get("findings.alsoDeregister"));
        deregister.setId("decisionDeregister");
        deregister.setSelected(true);
        deregister.setWrapText(true);

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        // the labels keep their words; the fields take the rest
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        g.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        g.addRow(row++, new Label(m.get("decision.field.kind") + " *"), kind);
        g.addRow(row++, new Label(), refused);
        g.addRow(row++, new Label(m.get("decision.field.date") + " *"), date);
        g.addRow(row++, new Label(m.get("decision.field.by") + " *"), by);
        g.addRow(row++, new Label(m.get("decision.field.documentNo")), doc);
        Label noteLabel = new Label();
        g.addRow(row++, noteLabel, note);
        Label planLabel = new Label(m.get("decision.field.plan") + " *");
        g.addRow(row++, planLabel, plan);
        Label dueLabel = new Label(m.get("decision.field.dueDate") + " *");
        g.addRow(row++, dueLabel, due);
        g.addRow(row, new Label(), deregister);
        GridPane.setHgrow(note, Priority.ALWAYS);
        Runnable follow = () -> {
            DecisionKind k = kind.getValue();
            show(refused, k == DecisionKind.NOT_ADJUSTED);
            boolean ack = k == DecisionKind.ACKNOWLEDGED;
            show(planLabel, ack);
            show(plan, ack);
            show(dueLabel, ack);
            show(due, ack);
            show(deregister, one && k == DecisionKind.CONTRACT_ENDED && t.finding().counselorId() != null);
            noteLabel.setText(m.get("decision.field.note") + (k != null && k.needsReason() ? " *" : ""));
            stage.sizeToScene();
        };
        kind.valueProperty().addListener((o, a, b) -> follow.run());
        follow.run();

        StringProperty error = new SimpleStringProperty("");
        Label heading = new Label(one ? t.finding().message() : m.get("findings.decideMany", chosen.size()));
        heading.setWrapText(true);
        heading.setId("decisionHeading");
        Button ok = new Button(m.get("common.ok"));
        ok.setId("decisionOkButton");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            ok.setDisable(true);
            Decision d = new Decision(kind.getValue(), refused.isSelected(), date.getValue(), by.getText(),
                    doc.getText(), note.getText(), plan.getText(), due.getValue());
            vm.decide(chosen, d, deregister.isVisible() && deregister.isSelected(), stage::close, msg -> {
                ok.setDisable(false);
                error.set(msg);
            });
        });
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox root = new VBox(10, heading, Forms.errorLabel("decisionError", error), g, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    public void show() {
        stage.show();
    }
}
