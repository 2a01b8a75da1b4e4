package cn.huyang.shell;

import cn.huyang.app.AppContext;
import cn.huyang.app.DataChanges;
import cn.huyang.app.FolderState;
import cn.huyang.app.Gate;
import cn.huyang.app.Opening;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Dialogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/**
 * The way from a {@link Gate} to the window's content: the first-start wizard (a new folder), the
 * same wizard running the upgrade (a folder of an earlier version; then the offer to delete the
 * unencrypted backup, 保留 being the default), or the login; then, for a first or reset password,
 * 修改密码 — and only then the data in the window, with the user's name in its title and the lock.
 */
public final class StartFlow {
    private final MainWindow window;
    private final Messages m;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Settings settings;
    private final Clock clock;
    private final SaveAs saveAs;
    private static final java.time.format.DateTimeFormatter RESTORED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** @param saveAs where the recovery key's file goes (a title and a file name in, a path or null out) */
    public StartFlow(MainWindow window, Messages m, BackgroundRunner runner, DialogService dialogs, Settings settings,
                     Clock clock, SaveAs saveAs) {
        this.window = window;
        this.m = m;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.clock = clock;
        this.saveAs = saveAs;
    }

    /** Asks where to save a text file: the system's chooser, or a fixed answer in the screen tests. */
    @FunctionalInterface
    public interface SaveAs {
        Path choose(String title, String initialName);
    }

    private String autoUser;
    private char[] autoPassword;

    /** Logs this user in without asking, if the folder has accounts and the password is right; else the dialog asks. */
    public StartFlow withLogin(String user, char[] password) {
        this.autoUser = user;
        this.autoPassword = password;
        return this;
    }

    /**
     * Asks the gate what the folder needs and leads the user through it.
     *
     * @param started the opened context and whether its first tab has loaded
     * @param cancelled the user gave up (the program ends)
     */
    public void begin(Gate gate, String location, BiConsumer<AppContext, ReadOnlyBooleanProperty> started,
                      Runnable cancelled) {
        if (autoUser != null) {
            String user = autoUser;
            char[] password = autoPassword;
            autoUser = null;
            autoPassword = null;
            // HUYANG_USER and HUYANG_PASSWORD (a kiosk, the start-up benchmark): logged in without the dialog
            runner.run(m.get("startup.opening"), p -> gate.state() == FolderState.LOGIN
                    ? Optional.of(gate.login(user, password)) : Optional.<Opening>empty(), opened -> {
                java.util.Arrays.fill(password, '\0');
                if (opened.isPresent()) {
                    open(opened.get(), started, cancelled);
                } else {
                    begin(gate, location, started, cancelled);
                }
            }, e -> {
                java.util.Arrays.fill(password, '\0');
                begin(gate, location, started, cancelled);
            });
            return;
        }
        runner.run(m.get("startup.opening"), p -> gate.state(), state -> {
            Optional<Opening> opening = switch (state) {
                case NEW, UPGRADE -> new AdminWizard(m, runner, gate, state == FolderState.UPGRADE, location,
                        LocalDate.now(clock), saveAs, dialogs, dialogs::failure).showAndWait(window.stage());
                case LOGIN -> new LoginDialog(m, runner, gate, settings, dialogs::failure).showAndWait(window.stage());
            };
            if (opening.isEmpty()) {
                cancelled.run();
                return;
            }
            if (opening.get().plainBackup() != null) {
                offerDeletion(gate, opening.get().plainBackup());
            }
            open(opening.get(), started, cancelled);
        }, e -> {
            dialogs.failure(e);
            cancelled.run();
        });
    }

    /** The modules start on the opened store; a first or reset password is changed before the window opens. */
    private void open(Opening opening, BiConsumer<AppContext, ReadOnlyBooleanProperty> started, Runnable cancelled) {
        runner.run(m.get("startup.opening"), p -> new AppContext(opening, m, clock), ctx -> {
            if (opening.mustChangePassword() && !new ChangePasswordDialog(m, runner, ctx.accounts(), true,
                    dialogs::failure).showAndWait(window.stage())) {
                cancelled.run();
                return;
            }
            show(opening, ctx, started, cancelled);
        }, e -> {
            dialogs.failure(e);
            cancelled.run();
        });
    }

    private void show(Opening opening, AppContext ctx, BiConsumer<AppContext, ReadOnlyBooleanProperty> started,
                      Runnable cancelled) {
        ctx.changes().onRestoredElsewhere(restored -> Platform.runLater(() ->
                reconnect(opening, restored, started, cancelled)));
        ReadOnlyBooleanProperty loaded = window.attach(ctx);
        window.signedIn(opening.passwordCheck());
        started.accept(ctx, loaded);
    }

    /**
     * Another PC restored a backup into the shared database: what this window shows, and every form
     * open in it, belongs to the data that was replaced. The user is told who restored and when, then
     * the window reconnects: a new context (its services read afresh) for the same user, every tab
     * loaded again from the restored data.
     */
    private void reconnect(Opening opening, DataChanges.RestoredElsewhere restored,
                           BiConsumer<AppContext, ReadOnlyBooleanProperty> started, Runnable cancelled) {
        window.stopWatching();
        dialogs.info(m.get("restore.elsewhere", restored.by(),
                restored.at() == null ? "" : restored.at().format(RESTORED_AT)));
        runner.run(m.get("restore.reconnecting"), p -> new AppContext(opening, m, clock),
                ctx -> show(opening, ctx, started, cancelled), e -> {
                    dialogs.failure(e);
                    cancelled.run();
                });
    }

    /** After an upgrade: delete the unencrypted backup? 保留 is the default; deleting goes through the gate. */
    private void offerDeletion(Gate gate, Path backup) {
        ButtonType delete = new ButtonType(m.get("wizard.deleteBackupAction"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(m.get("wizard.keepBackup"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "", delete, keep);
        ask.initOwner(window.stage());
        ask.setTitle(m.get("app.title"));
        ask.setHeaderText(null);
        Label text = new Label(m.get("wizard.deleteBackup", backup));
        text.setWrapText(true);
        text.setPrefWidth(500);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.setId("dialogMessage");
        ask.getDialogPane().setContent(text);
        ask.getDialogPane().lookupButton(delete).setId("destructiveButton");
        ask.getDialogPane().lookupButton(keep).setId("safeButton");
        Dialogs.prepare(ask, window.stage());
        Dialogs.safeDefault(ask.getDialogPane(), keep);
        if (ask.showAndWait().filter(delete::equals).isEmpty()) {
            return;
        }
        runner.run(m.get("wizard.deletingBackup"), p -> {
            gate.deletePlainBackup(backup);
            return backup;
        }, done -> dialogs.notice(m.get("wizard.deleteBackupDone", done)),
                e -> dialogs.error(m.get("wizard.deleteBackupFailed", backup)));
    }
}
