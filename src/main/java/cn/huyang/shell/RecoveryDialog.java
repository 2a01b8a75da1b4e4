package cn.huyang.shell;

import cn.huyang.access.LoginRefusedException;
import cn.huyang.access.PasswordRules;
import cn.huyang.app.Gate;
import cn.huyang.app.Opening;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.FieldGrid;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import cn.huyang.common.ui.PasswordStrength;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 忘记密码？用恢复密钥: the recovery key, the administrator's user name and a new password twice. */
final class RecoveryDialog {
    private final Dialog<Opening> d = new Dialog<>();

    RecoveryDialog(Messages m, BackgroundRunner runner, Gate gate, Consumer<Throwable> failure) {
        d.setTitle(m.get("recover.title"));
        TextField key = new TextField();
        key.setId("recoverKey");
        key.getStyleClass().add("recovery-key");
        TextField admin = new TextField();
        admin.setId("recoverUserName");
        PasswordField password = new PasswordField();
        password.setId("recoverPassword");
        PasswordField again = new PasswordField();
        again.setId("recoverPasswordAgain");
        FieldGrid grid = new FieldGrid(m);
        grid.add("field.recoveryKey", key);
        grid.add("field.userName", admin);
        grid.add("field.newPassword", password);
        grid.add("field.passwordRepeat", again);
        grid.addBelow(new PasswordStrength(m, password, PasswordRules::strength));
        Label errors = Forms.dialogErrors("recoverErrors");
        VBox content = new VBox(10, Dialogs.heading(m.get("recover.heading")), Dialogs.note(m.get("recover.note")),
                errors, grid.node());
        content.setPrefWidth(520);
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("recover.button"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> null);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.setId("recoverButton");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            char[] pw;
            try {
                pw = PasswordFields.twice(password, again, "field.passwordRepeat");
            } catch (ValidationException refused) {
                Forms.showRefusal(refused, m, errors, grid.fields());
                return;
            }
            String typedKey = key.getText();
            String name = admin.getText();
            okButton.setDisable(true);
            runner.run(m.get("login.checking"), p -> {
                try {
                    return gate.recover(typedKey, name, pw);
                } finally {
                    PasswordFields.wipe(pw);
                }
            }, opening -> {
                okButton.setDisable(false);
                PasswordFields.clear(password, again);
                d.setResult(opening);
                d.close();
            }, ex -> {
                okButton.setDisable(false);
                if (ex instanceof LoginRefusedException refused) {
                    errors.setText(refused.render(m));
                } else if (!Forms.showRefusal(ex, m, errors, grid.fields())) {
                    failure.accept(ex);
                }
            });
        });
    }

    Optional<Opening> showAndWait(Window owner) {
        Dialogs.prepare(d, owner);
        return d.showAndWait();
    }

    Dialog<Opening> dialog() {
        return d;
    }
}
