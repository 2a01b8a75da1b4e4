package cn.huyang.shell;

import cn.huyang.access.LoginRefusedException;
import cn.huyang.app.Gate;
import cn.huyang.app.Opening;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.FieldGrid;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The login before the window's content: 用户名 (the last one remembered), 密码, 登录. A refusal
 * shows in the dialog with the password emptied and the name kept; 忘记密码？用恢复密钥 opens the
 * recovery, which logs the administrator in too.
 */
final class LoginDialog {
    static final String LAST_USER = "login.lastUser";

    private final Messages m;
    private final Dialog<Opening> d = new Dialog<>();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label errors = Forms.dialogErrors("loginErrors");

    LoginDialog(Messages m, BackgroundRunner runner, Gate gate, Remembered remembered, Consumer<Throwable> failure) {
        this.m = m;
        d.setTitle(m.get("login.title"));
        user.setId("loginUserName");
        password.setId("loginPassword");
        remembered.get(LAST_USER).ifPresent(user::setText);
        FieldGrid grid = new FieldGrid(m);
        grid.add("field.userName", user);
        grid.add("field.password", password);
        Hyperlink forgot = new Hyperlink(m.get("login.forgot"));
        forgot.setId("loginForgot");
        forgot.setOnAction(e -> new RecoveryDialog(m, runner, gate, failure).showAndWait(window())
                .ifPresent(this::finish));
        VBox content = new VBox(10, Dialogs.heading(m.get("login.heading")), errors, grid.node(), forgot);
        content.setPrefWidth(400);
        d.getDialogPane().setContent(content);
        ButtonType login = new ButtonType(m.get("login.button"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(login,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> null);
        Button loginButton = (Button) d.getDialogPane().lookupButton(login);
        loginButton.setId("loginButton");
        loginButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            char[] pw = PasswordFields.take(password);
            String name = user.getText();
            loginButton.setDisable(true);
            runner.run(m.get("login.checking"), p -> {
                try {
                    return gate.login(name, pw);
                } finally {
                    PasswordFields.wipe(pw);
                }
            }, opening -> {
                loginButton.setDisable(false);
                password.clear();
                remembered.put(LAST_USER, opening.session().actor().userName());
                finish(opening);
            }, ex -> {
                loginButton.setDisable(false);
                password.clear();
                if (ex instanceof LoginRefusedException refused) {
                    errors.setText(refused.render(m));
                    password.requestFocus();
                } else if (!Forms.showRefusal(ex, m, errors, grid.fields())) {
                    failure.accept(ex);
                }
            });
        });
        Platform.runLater(() -> (user.getText().isEmpty() ? user : password).requestFocus());
    }

    Optional<Opening> showAndWait(Window owner) {
        Dialogs.prepare(d, owner);
        return d.showAndWait();
    }

    Dialog<Opening> dialog() {
        return d;
    }

    private Window window() {
        return d.getDialogPane().getScene().getWindow();
    }

    private void finish(Opening opening) {
        d.setResult(opening);
        d.close();
    }

    /** The text of the refusal shown (for tests). */
    String refusal() {
        return errors.getText();
    }
}
