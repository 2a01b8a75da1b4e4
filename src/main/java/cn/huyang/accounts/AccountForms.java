package cn.huyang.accounts;

import cn.huyang.access.Account;
import cn.huyang.access.PasswordRules;
import cn.huyang.access.Role;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.FieldGrid;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import cn.huyang.common.ui.PasswordStrength;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 新增账户… (user name, name, role with its Chinese name, the department for a 系部 account only,
 * the first password twice) and 重设密码… (a temporary password twice). Both stay open with what
 * was typed when a value is refused, naming the field.
 */
final class AccountForms {
    private final AccountsViewModel vm;
    private final Messages m;

    AccountForms(AccountsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
    }

    Dialog<ButtonType> add(Window owner) {
        TextField user = new TextField();
        user.setId("accountUserName");
        TextField display = new TextField();
        display.setId("accountDisplayName");
        ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
        role.setId("accountRole");
        role.setConverter(Converters.coded(m, ""));
        ComboBox<Long> department = new ComboBox<>(FXCollections.observableArrayList(List.copyOf(
                vm.departments().keySet())));
        department.setId("accountDepartment");
        department.setConverter(Converters.of(vm::departmentName, ""));
        department.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.DEPARTMENT));
        role.valueProperty().addListener((o, a, r) -> {
            if (r != Role.DEPARTMENT) {
                department.setValue(null);
            }
        });
        ComboBox<Long> counselor = new ComboBox<>(FXCollections.observableArrayList(List.copyOf(
                vm.counselors().keySet())));
        counselor.setId("accountCounselor");
        counselor.setConverter(Converters.of(vm::counselorName, ""));
        counselor.disableProperty().bind(role.valueProperty().isNotEqualTo(Role.COUNSELOR));
        role.valueProperty().addListener((o, a, r) -> {
            if (r != Role.COUNSELOR) {
                counselor.setValue(null);
            }
        });
        PasswordField password = new PasswordField();
        password.setId("accountPassword");
        PasswordField again = new PasswordField();
        again.setId("accountPasswordAgain");
        FieldGrid grid = new FieldGrid(m);
        grid.add("field.userName", user);
        grid.add("field.displayName", display);
        grid.add("field.role", role);
        grid.add("field.department", department);
        grid.add("field.counselor", counselor);
        grid.add("field.password", password);
        grid.add("field.passwordRepeat", again);
        grid.addBelow(new PasswordStrength(m, password, PasswordRules::strength));
        return form(owner, m.get("accounts.addTitle"), m.get("accounts.addTitle"), m.get("accounts.addNote"), grid,
                "account", (errors, attempt, ok) -> {
                    char[] pw = PasswordFields.twice(password, again, "field.passwordRepeat");
                    vm.add(user.getText(), display.getText(), role.getValue(), department.getValue(), counselor.getValue(), pw,
                            () -> attempt.accept(ok), e -> refused(attempt, e, errors, grid));
                });
    }

    Dialog<ButtonType> reset(Account account, Window owner) {
        PasswordField password = new PasswordField();
        password.setId("resetPassword");
        PasswordField again = new PasswordField();
        again.setId("resetPasswordAgain");
        FieldGrid grid = new FieldGrid(m);
        grid.add("field.newPassword", password);
        grid.add("field.passwordRepeat", again);
        grid.addBelow(new PasswordStrength(m, password, PasswordRules::strength));
        return form(owner, m.get("accounts.resetTitle"), m.get("accounts.resetHeading", account.userName()),
                m.get("accounts.resetNote"), grid, "reset", (errors, attempt, ok) -> {
                    char[] pw = PasswordFields.twice(password, again, "field.passwordRepeat");
                    vm.reset(account, pw, () -> attempt.accept(ok), e -> refused(attempt, e, errors, grid));
                });
    }

    private interface Submit {
        void run(Label errors, Dialogs.Attempt<ButtonType> attempt, ButtonType ok);
    }

    private Dialog<ButtonType> form(Window owner, String title, String heading, String note, FieldGrid grid, String id,
                                    Submit submit) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        Label errors = Forms.dialogErrors(id + "Errors");
        VBox content = new VBox(10, Dialogs.heading(heading), Dialogs.note(note), errors, grid.node());
        content.setPrefWidth(480);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId(id + "OkButton");
        Dialogs.prepare(d, owner);
        Dialogs.keepOpen(d, ok, attempt -> {
            try {
                submit.run(errors, attempt, ok);
            } catch (ValidationException e) {
                refused(attempt, e, errors, grid);
            }
        });
        d.show();
        return d;
    }

    private void refused(Dialogs.Attempt<ButtonType> attempt, Throwable e, Label errors, FieldGrid grid) {
        attempt.refuse();
        if (!Forms.showRefusal(e, m, errors, grid.fields())) {
            vm.fail(e);
        }
    }
}
