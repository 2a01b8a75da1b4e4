package cn.huyang.shell;

import cn.huyang.common.Messages;
import cn.huyang.access.NotPermittedException;
import cn.huyang.common.ValidationException;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The dialogs of the window: JavaFX alerts owned by the main stage, styled like it. */
public class FxDialogService implements DialogService {
    private final Messages messages;
    private final Path logFolder;
    private Window owner;
    private Consumer<String> notices = s -> { };

    public FxDialogService(Messages messages, Path logFolder) {
        this.messages = messages;
        this.logFolder = logFolder;
    }

    @Override
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void error(String message) {
        show(Alert.AlertType.ERROR, messages.get("dialog.error.title"), message);
    }

    @Override
    public void info(String message) {
        show(Alert.AlertType.INFORMATION, messages.get("app.title"), message);
    }

    /** A failure of background work: refused input or a right the role lacks in plain words, anything else with the log's location. */
    @Override
    public void failure(Throwable e) {
        if (e instanceof ValidationException v) {
            error(v.render(messages));
        } else if (cn.huyang.common.StaleRecordException.in(e) != null) {
            error(cn.huyang.common.StaleRecordException.in(e).render(messages));
        } else if (denied(e) != null) {
            error(denied(e).render(messages));
        } else if (e instanceof cn.huyang.access.LoginRefusedException refused) {
            error(refused.render(messages));
        } else if (e instanceof cn.huyang.db.DatabaseInUseException inUse) {
            error(messages.get("error.inUse", inUse.folder()));
        } else if (e instanceof cn.huyang.db.SchemaTooNewException tooNew) {
            error(cn.huyang.db.BackupTexts.schemaTooNew(tooNew, messages));
        } else if (e instanceof cn.huyang.db.EncryptedFolderException encrypted) {
            error(encrypted.render(messages));
        } else {
            error(messages.get("dialog.unexpected", logFolder));
        }
    }

    /** The refusal of a right anywhere in the causes (a background task may wrap it), or null. */
    private static NotPermittedException denied(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof NotPermittedException a) {
                return a;
            }
        }
        return null;
    }

    /** Where {@link #notice} writes: the window's status bar. */
    public void setNotices(Consumer<String> notices) {
        this.notices = notices;
    }

    @Override
    public void notice(String message) {
        notices.accept(message);
    }

    @Override
    public boolean confirmDestructive(String message, String action) {
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", act, cancel);
        prepare(alert, messages.get("app.title"), message);
        alert.getDialogPane().lookupButton(act).setId("destructiveButton");
        alert.getDialogPane().lookupButton(cancel).setId("safeButton");
        Dialogs.safeDefault(alert.getDialogPane(), cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == act;
    }

    @Override
    public boolean confirm(String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "",
                new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        prepare(alert, messages.get("app.title"), message);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        prepare(alert, title, message);
        alert.showAndWait();
    }

    private void prepare(Alert alert, String title, String message) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("dialogMessage");
        // a fixed width to wrap in: the dialog is as wide as that, not as the text on one line
        double width = Math.min(520, Screens.bounds(owner).getWidth() - 120);
        content.setPrefWidth(width);
        content.setMaxWidth(width);
        content.setMinHeight(Label.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        Dialogs.prepare(alert, owner);
    }
}
