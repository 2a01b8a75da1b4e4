package cn.huyang.accounts;

import cn.huyang.access.Account;
import cn.huyang.access.LockPolicy;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 账户管理 (administrators): the accounts, 新增账户…, 重设密码…, 停用… (取消 the default), and after
 * how many idle minutes the window locks. There is no 删除: an account is disabled, never deleted.
 */
public final class AccountsDialog {
    private final AccountsViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Dialog<Void> d = new Dialog<>();
    private final TableView<Account> table;

    public AccountsDialog(AccountsViewModel vm, Messages m, DialogService dialogs, Window owner) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        d.setTitle(m.get("accounts.title"));
        table = table();
        Button add = new Button(m.get("accounts.add"));
        add.setId("addAccountButton");
        add.setOnAction(e -> new AccountForms(vm, m).add(window()));
        Button reset = new Button(m.get("accounts.reset"));
        reset.setId("resetPasswordButton");
        reset.setOnAction(e -> selected(a -> new AccountForms(vm, m).reset(a, window())));
        Button disable = new Button(m.get("accounts.disable"));
        disable.setId("disableAccountButton");
        disable.setOnAction(e -> selected(this::disable));
        reset.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        disable.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Spinner<Integer> minutes = new Spinner<>(1, LockPolicy.MAX_MINUTES, vm.idleMinutesProperty().get());
        minutes.setId("idleMinutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        minutes.valueProperty().addListener((o, a, n) -> {
            if (n != null) {
                vm.idleMinutesProperty().set(n);
            }
        });
        Label minutesLabel = new Label(m.get("accounts.idleMinutes"));
        VBox content = new VBox(10, Dialogs.heading(m.get("accounts.heading")),
                Toolbars.row(add, reset, disable), table, Toolbars.row(minutesLabel, minutes));
        VBox.setVgrow(table, Priority.ALWAYS);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        if (d.getDialogPane().getScene().getWindow() instanceof Stage s) {
            Screens.fit(s, owner, 900, 560);
        }
    }

    private TableView<Account> table() {
        TableView<Account> t = new TableView<>(vm.accounts());
        t.setId("accountsTable");
        t.getColumns().add(column("field.userName", 110, Account::userName));
        t.getColumns().add(column("field.displayName", 100, Account::displayName));
        t.getColumns().add(column("field.role", 100, a -> vm.roleLabel(a.role())));
        t.getColumns().add(column("field.department", 130, a -> a.counselorId() != null
                ? vm.counselorName(a.counselorId()) : a.departmentId() == null ? "" : vm.departmentName(a.departmentId())));
        t.getColumns().add(column("accounts.col.disabled", 70, a -> a.disabled() ? m.get("common.yes") : ""));
        t.getColumns().add(column("accounts.col.mustChange", 90, a -> a.mustChangePassword() ? m.get("common.yes") : ""));
        t.getColumns().add(column("accounts.col.created", 140, a -> a.createdAt() == null ? ""
                : a.createdAt().toString().replace('T', ' ')));
        Tables.headersWhole(t);
        Tables.fillWidth(t);
        return t;
    }

    private TableColumn<Account, String> column(String key, double width, Function<Account, String> value) {
        TableColumn<Account, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new SimpleStringProperty(value.apply(x.getValue())));
        return c;
    }

    private void selected(java.util.function.Consumer<Account> action) {
        Account a = table.getSelectionModel().getSelectedItem();
        if (a != null) {
            action.accept(a);
        }
    }

    private void disable(Account a) {
        if (dialogs.confirmDestructive(m.get("accounts.disableConfirm", a.userName(), a.displayName()),
                m.get("accounts.disableAction"))) {
            vm.disable(a);
        }
    }

    private Window window() {
        return d.getDialogPane().getScene().getWindow();
    }

    /** Shows the dialog and loads the accounts behind it. */
    public void show() {
        vm.load();
        d.show();
    }

    public Dialog<Void> dialog() {
        return d;
    }
}
