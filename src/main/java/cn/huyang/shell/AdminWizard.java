package cn.huyang.shell;

import cn.huyang.access.PasswordRules;
import cn.huyang.app.Gate;
import cn.huyang.app.Opening;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import cn.huyang.print.PrintFlow;
import cn.huyang.print.RecoveryKeySheet;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.FieldGrid;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import cn.huyang.common.ui.PasswordStrength;
import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first start of a data folder, one dialog in two steps: 创建系统管理员 (user name, name, the
 * password twice with its strength; a refusal stays in the dialog, naming the field, with what was
 * typed kept), then the recovery key shown once, until the user ticks that it is kept safe. For a
 * folder of an earlier version the same wizard explains the encryption and runs the upgrade.
 */
final class AdminWizard {
    private final Messages m;
    private final BackgroundRunner runner;
    private final Gate gate;
    private final boolean upgrade;
    private final Dialog<Opening> d = new Dialog<>();
    private final TextField user = new TextField();
    private final TextField display = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final Label errors = Forms.dialogErrors("wizardErrors");
    private final FieldGrid grid;
    private final ButtonType go;
    private final StartFlow.SaveAs saveAs;
    private final DialogService dialogs;
    private final String location;
    private final LocalDate today;
    private final java.util.function.Consumer<Throwable> failure;

    AdminWizard(Messages m, BackgroundRunner runner, Gate gate, boolean upgrade, String location, LocalDate today,
                StartFlow.SaveAs saveAs, DialogService dialogs, java.util.function.Consumer<Throwable> failure) {
        this.failure = failure;
        this.dialogs = dialogs;
        this.m = m;
        this.runner = runner;
        this.gate = gate;
        this.upgrade = upgrade;
        this.location = location;
        this.today = today;
        this.saveAs = saveAs;
        d.setTitle(m.get("wizard.title"));
        user.setId("wizardUserName");
        display.setId("wizardDisplayName");
        password.setId("wizardPassword");
        again.setId("wizardPasswordAgain");
        grid = new FieldGrid(m);
        grid.add("field.userName", user);
        grid.add("field.displayName", display);
        grid.add("field.password", password);
        grid.add("field.passwordRepeat", again);
        grid.addBelow(new PasswordStrength(m, password, PasswordRules::strength));
        ProgressBar progress = new ProgressBar();
        progress.setId("wizardProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(runner.progressProperty());
        progress.visibleProperty().bind(runner.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        String kind = upgrade ? "upgrade" : "new";
        VBox content = new VBox(10, Dialogs.heading(m.get("wizard.heading." + kind)),
                Dialogs.note(m.get("wizard.note." + kind)), errors, grid.node(), progress);
        content.setPrefWidth(520);
        d.getDialogPane().setContent(content);
        go = new ButtonType(m.get(upgrade ? "wizard.upgrade" : "wizard.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(go, cancel);
        d.getDialogPane().lookupButton(go).setId("wizardGo");
        d.setResultConverter(b -> null);
        Button goButton = (Button) d.getDialogPane().lookupButton(go);
        goButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit(goButton);
        });
    }

    /** Shows the wizard; empty when the user cancelled the first step. */
    Optional<Opening> showAndWait(Window owner) {
        Dialogs.prepare(d, owner);
        return d.showAndWait();
    }

    Dialog<Opening> dialog() {
        return d;
    }

    private void submit(Button goButton) {
        char[] pw;
        try {
            pw = PasswordFields.twice(password, again, "field.passwordRepeat");
        } catch (ValidationException refused) {
            Forms.showRefusal(refused, m, errors, grid.fields());
            return;
        }
        goButton.setDisable(true);
        String name = user.getText();
        String shown = display.getText();
        runner.run(m.get(upgrade ? "wizard.upgrading" : "wizard.creating"), p -> {
            try {
                return upgrade ? gate.upgrade(name, shown, pw, p) : gate.create(name, shown, pw);
            } finally {
                PasswordFields.wipe(pw);
            }
        }, opening -> {
            goButton.setDisable(false);
            PasswordFields.clear(password, again);
            if (opening.recoveryKey() == null) {
                finish(opening);
            } else {
                showKey(opening);
            }
        }, e -> {
            goButton.setDisable(false);
            if (!Forms.showRefusal(e, m, errors, grid.fields())) {
                failure.accept(e);
            }
        });
    }

    /** The second step: the key, until 我已将恢复密钥保存在安全的地方 is ticked; no way back or out. */
    void showKey(Opening opening) {
        String key = opening.recoveryKey();
        Runnable print = () -> new PrintFlow(runner, dialogs, () -> d.getDialogPane().getScene().getWindow(), m,
                Remembered.inMemory()).print(m.get("print.recoveryKey.printing"),
                p -> new RecoveryKeySheet(m).pages(new RecoveryKeySheet.Key(key, location, today)), "");
        RecoveryKeyStep step = new RecoveryKeyStep(m, runner, key, location, today, saveAs, print);
        d.getDialogPane().setContent(step.node());
        ButtonType cont = new ButtonType(m.get("wizard.continue"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(cont);
        Dialogs.style(d.getDialogPane());
        Button contButton = (Button) d.getDialogPane().lookupButton(cont);
        contButton.setId("wizardContinue");
        contButton.disableProperty().bind(step.confirmedProperty().not());
        contButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            finish(opening);
        });
        d.getDialogPane().getScene().getWindow().sizeToScene();
    }

    private void finish(Opening opening) {
        d.setResult(opening);
        d.close();
    }
}
