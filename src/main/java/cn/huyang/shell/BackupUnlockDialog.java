package cn.huyang.shell;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.PasswordFields;
import cn.huyang.security.BackupUnlock;
import cn.huyang.security.RecoveryKey;
import cn.huyang.security.SecurityRefusal;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * An encrypted backup asks what opens it: the user name and password of someone who had an account
 * when it was made, or the recovery key of the folder it came from.
 */
final class BackupUnlockDialog {
    private final Messages m;
    private final String userName;

    BackupUnlockDialog(Messages m, String userName) {
        this.m = m;
        this.userName = userName;
    }

    Optional<BackupUnlock> ask(Window owner, Path file) {
        Dialog<BackupUnlock> d = new Dialog<>();
        d.setTitle(m.get("backup.unlock.title"));
        TextField user = new TextField(userName);
        user.setId("backupUser");
        PasswordField password = new PasswordField();
        password.setId("backupPassword");
        TextField recovery = new TextField();
        recovery.setId("backupRecoveryKey");
        recovery.setPromptText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("field.userName")), user);
        grid.addRow(1, new Label(m.get("field.password")), password);
        grid.addRow(2, new Label(m.get("field.recoveryKey")), recovery);
        Label heading = Dialogs.heading(m.get("backup.unlock.heading", file.getFileName()));
        Label note = Dialogs.note(m.get("backup.unlock.note"));
        Label error = cn.huyang.common.ui.Forms.dialogErrors("backupUnlockError");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, heading, note, error, grid);
        d.getDialogPane().setContent(box);
        ButtonType open = new ButtonType(m.get("backup.unlock.open"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Dialogs.prepare(d, owner);
        Dialogs.keepOpen(d, open, attempt -> {
            if (!recovery.getText().isBlank()) {
                try {
                    attempt.accept(BackupUnlock.recovery(RecoveryKey.parse(recovery.getText())));
                } catch (SecurityRefusal e) {
                    error.setText(e.render(m));
                    attempt.refuse();
                }
            } else {
                char[] typed = PasswordFields.take(password);
                attempt.accept(BackupUnlock.password(user.getText().strip(), typed));
            }
        });
        return d.showAndWait();
    }
}
