package cn.huyang.accounts;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditEntry;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 操作日志 (学工部 and administrators): filters by user, dates, entity and action, the rows, and
 * 导出 Excel (itself an audited export). There is no button that edits or deletes a row.
 */
public final class AuditDialog {
    private final AuditViewModel vm;
    private final Messages m;
    private final Dialog<Void> d = new Dialog<>();

    /** @param export the 导出 Excel… button (the window's spreadsheet actions), or null */
    public AuditDialog(AuditViewModel vm, Messages m, Node export, Window owner) {
        this.vm = vm;
        this.m = m;
        d.setTitle(m.get("auditView.title"));
        TextField user = new TextField();
        user.setId("auditUser");
        user.setPrefColumnCount(8);
        user.textProperty().bindBidirectional(vm.userProperty());
        DatePicker from = date("auditFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = date("auditTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        TextField entity = new TextField();
        entity.setId("auditEntity");
        entity.setPrefColumnCount(8);
        entity.textProperty().bindBidirectional(vm.entityProperty());
        List<AuditAction> actions = new ArrayList<>();
        actions.add(null);
        actions.addAll(List.of(AuditAction.values()));
        ComboBox<AuditAction> action = new ComboBox<>(FXCollections.observableArrayList(actions));
        action.setId("auditAction");
        action.setConverter(Converters.coded(m, m.get("common.all")));
        action.valueProperty().bindBidirectional(vm.actionProperty());
        Button search = new Button(m.get("auditView.search"));
        search.setId("auditSearch");
        search.setDefaultButton(true);
        search.setOnAction(e -> vm.search());
        Label count = new Label();
        count.setId("auditCount");
        count.textProperty().bind(vm.countProperty());
        var filters = Toolbars.row(new Label(m.get("auditView.user")), user, new Label(m.get("auditView.from")), from,
                new Label(m.get("auditView.to")), to, new Label(m.get("auditView.entity")), entity,
                new Label(m.get("auditView.action")), action, search);
        if (export != null) {
            Toolbars.add(filters, export);
        }
        TableView<AuditEntry> table = table();
        VBox content = new VBox(8, Dialogs.note(m.get("auditView.note")), filters, count, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        if (d.getDialogPane().getScene().getWindow() instanceof Stage s) {
            Screens.fit(s, owner, 1100, 640);
        }
    }

    private DatePicker date(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPrefWidth(130);
        Forms.lenientDate(p, "", (text, readable) -> { });
        return p;
    }

    private TableView<AuditEntry> table() {
        TableView<AuditEntry> t = new TableView<>(vm.rows());
        t.setId("auditTable");
        t.getColumns().add(column("auditView.col.time", 150, vm::time));
        t.getColumns().add(column("auditView.col.user", 90, AuditEntry::userName));
        t.getColumns().add(column("auditView.col.role", 90, vm::role));
        t.getColumns().add(column("auditView.col.action", 110, vm::action));
        t.getColumns().add(column("auditView.col.entity", 90, AuditEntry::entity));
        t.getColumns().add(column("auditView.col.id", 80, AuditEntry::entityId));
        t.getColumns().add(column("auditView.col.details", 320, AuditEntry::details));
        Tables.headersWhole(t);
        Tables.fillWidth(t);
        return t;
    }

    private TableColumn<AuditEntry, String> column(String key, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        return c;
    }

    /** Shows the dialog and finds the newest rows behind it. */
    public void show() {
        vm.search();
        d.show();
    }

    public Dialog<Void> dialog() {
        return d;
    }
}
