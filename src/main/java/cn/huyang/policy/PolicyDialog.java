package cn.huyang.policy;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * 文件 → 政策参数…: the parameters in force today with their clause and note; the chosen one's history;
 * a change with its effective date, note and (into a confirmed year) reason, refused field by field
 * with the input kept; and the unit's name printed on the forms.
 */
public class PolicyDialog {
    private final PolicyViewModel vm;
    private final Messages m;
    private final Stage stage = new Stage();
    private final Map<String, Control> controls = new LinkedHashMap<>();

    public PolicyDialog(PolicyViewModel vm, Window owner) {
        this.vm = vm;
        this.m = vm.messages();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("policy.title"));
        Label info = new Label(m.get("policy.info"));
        info.setWrapText(true);
        Label errors = Forms.errorLabel("policyErrors", vm.errorTextProperty());
        Label saved = new Label();
        saved.setId("policyMessage");
        saved.setWrapText(true);
        saved.textProperty().bind(vm.messageProperty());
        Label historyTitle = new Label();
        historyTitle.getStyleClass().add("section-title");
        historyTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.selectedProperty().get() == null ? m.get("policy.history")
                        : m.get("policy.history.of", vm.selectedProperty().get().label()), vm.selectedProperty()));
        Button close = new Button(m.get("common.close"));
        close.setId("policyClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, saved, spacer, close);
        VBox body = new VBox(8, info, parameterTable(), historyTitle, historyTable(), changeForm(), errors,
                unitForm(), buttons);
        body.setPadding(new Insets(10, 14, 10, 14));
        vm.errors().addListener((MapChangeListener<String, String>) c -> Forms.mark(controls, vm.errors()));
        Scene scene = new Scene(body, 920, 720);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        vm.load();
    }

    public Stage stage() {
        return stage;
    }

    private Node parameterTable() {
        TableView<PolicyViewModel.ParameterRow> t = new TableView<>(vm.parameters());
        t.setId("policyTable");
        t.setPrefHeight(250);
        t.getColumns().setAll(List.of(
                column("policy.col.param", 290, PolicyViewModel.ParameterRow::label),
                column("policy.col.value", 70, r -> r.inForce().value()),
                column("policy.col.from", 95, r -> r.inForce().from() == null ? "—" : r.inForce().from().toString()),
                column("policy.col.clause", 80, r -> r.inForce().clause()),
                column("policy.col.note", 150, r -> r.inForce().note()),
                column("policy.col.key", 230, r -> r.key().key())));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && t.getSelectionModel().getSelectedItem() != b) {
                t.getSelectionModel().select(b);
            }
        });
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        return t;
    }

    private Node historyTable() {
        TableView<PolicyViewModel.HistoryRow> t = new TableView<>(vm.history());
        t.setId("policyHistory");
        t.setPrefHeight(130);
        t.getColumns().setAll(List.of(
                column("policy.col.from", 95, r -> r.value().from().toString()),
                column("policy.col.historyValue", 70, r -> r.value().value()),
                column("policy.col.clause", 80, r -> r.value().clause()),
                column("policy.col.note", 170, r -> r.value().note()),
                column("policy.col.reason", 170, r -> r.value().reason()),
                column("policy.col.recorded", 140, r -> r.value().recordedAt() == null ? ""
                        : r.value().recordedAt().withNano(0).toString().replace('T', ' ')),
                column("policy.col.state", 100, PolicyViewModel.HistoryRow::state)));
        return t;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        return c;
    }

    private Node changeForm() {
        Label title = new Label(m.get("policy.change"));
        title.getStyleClass().add("section-title");
        TextField value = text("policyValue", PolicyViewModel.VALUE);
        value.textProperty().bindBidirectional(vm.valueProperty());
        DatePicker from = new DatePicker();
        from.setId("policyFrom");
        Forms.lenientDate(from, m.get("policy.date.prompt"), vm::dateTyped);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        controls.put("policy.field.from", from);
        TextField note = text("policyNote", "policy.field.note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        TextField reason = text("policyReason", "policy.field.reason");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Button save = new Button(m.get("policy.save"));
        save.setId("policySave");
        save.setOnAction(e -> {
            // a date typed and not yet committed (the field still has the focus) counts
            from.setValue(from.getConverter().fromString(from.getEditor().getText()));
            vm.save();
        });
        GridPane g = grid();
        g.addRow(0, new Label(m.get("policy.field.value")), value, new Label(m.get("policy.field.from")), from);
        g.addRow(1, new Label(m.get("policy.field.note")), note, new Label(m.get("policy.field.reason")), reason);
        Label hint = new Label(m.get("policy.change.hint"));
        hint.setWrapText(true);
        return new VBox(6, title, g, new HBox(8, save, hint));
    }

    private Node unitForm() {
        Label title = new Label(m.get("unit.title"));
        title.getStyleClass().add("section-title");
        TextField name = text("unitName", UnitField.NAME.messageKey());
        name.textProperty().bindBidirectional(vm.unitNameProperty());
        name.setPrefColumnCount(30);
        Button save = new Button(m.get("unit.save"));
        save.setId("unitSave");
        save.setOnAction(e -> vm.saveUnit());
        HBox row = new HBox(8, new Label(UnitField.NAME.label(m)), name, save);
        HBox.setHgrow(name, Priority.ALWAYS);
        return new VBox(6, title, row);
    }

    private TextField text(String id, String field) {
        TextField f = new TextField();
        f.setId(id);
        f.setMaxWidth(Double.MAX_VALUE);
        controls.put(field, f);
        return f;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints first = new ColumnConstraints();
        first.setHgrow(Priority.ALWAYS);
        ColumnConstraints second = new ColumnConstraints();
        second.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(new ColumnConstraints(), first, new ColumnConstraints(), second);
        return g;
    }
}
