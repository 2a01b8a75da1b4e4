package cn.huyang.shell;

import cn.huyang.access.AccountService;
import cn.huyang.access.PasswordRules;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.FieldGrid;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import cn.huyang.common.ui.PasswordStrength;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 修改密码…: the current password, the new one twice. Also the must-change step after the first
 * login with a first or reset password, which must succeed before the window opens.
 */
final class ChangePasswordDialog {
    private final Dialog<Boolean> d = new Dialog<>();

    ChangePasswordDialog(Messages m, BackgroundRunner runner, AccountService accounts, boolean must,
                         Consumer<Throwable> failure) {
        d.setTitle(m.get("change.title"));
        PasswordField current = new PasswordField();
        current.setId("currentPassword");
        PasswordField next = new PasswordField();
        next.setId("newPassword");
        PasswordField again = new PasswordField();
        again.setId("newPasswordAgain");
        FieldGrid grid = new FieldGrid(m);
        grid.add("field.currentPassword", current);
        grid.add("field.newPassword", next);
        grid.add("field.passwordRepeat", again);
        grid.addBelow(new PasswordStrength(m, next, PasswordRules::strength));
        Label errors = Forms.dialogErrors("changePasswordErrors");
        VBox content = new VBox(10, Dialogs.heading(m.get(must ? "change.headingMust" : "change.heading")), errors,
                grid.node());
        content.setPrefWidth(460);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("change.button"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> null);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("changePasswordButton");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            char[] newPw;
            try {
                newPw = PasswordFields.twice(next, again, "field.passwordRepeat");
            } catch (ValidationException refused) {
                Forms.showRefusal(refused, m, errors, grid.fields());
                return;
            }
            char[] currentPw = PasswordFields.take(current);
            okButton.setDisable(true);
            runner.run(m.get("change.saving"), p -> {
                try {
                    accounts.changeOwnPassword(currentPw, newPw);
                    return Boolean.TRUE;
                } finally {
                    PasswordFields.wipe(currentPw, newPw);
                }
            }, done -> {
                okButton.setDisable(false);
                PasswordFields.clear(current, next, again);
                d.setResult(Boolean.TRUE);
                d.close();
            }, ex -> {
                okButton.setDisable(false);
                if (!Forms.showRefusal(ex, m, errors, grid.fields())) {
                    failure.accept(ex);
                }
            });
        });
    }

    /** True once the password was changed; false when the user cancelled. */
    boolean showAndWait(Window owner) {
        Dialogs.prepare(d, owner);
        return d.showAndWait().orElse(Boolean.FALSE);
    }

    Dialog<Boolean> dialog() {
        return d;
    }
}
