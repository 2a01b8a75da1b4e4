package cn.huyang.shell;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.PasswordFields;
import cn.huyang.common.ui.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The lock layer: an opaque window laid exactly over the main window, modal for the whole program
 * (so it takes the keyboard even while a modal form is open under it), asking for the password of
 * the user working now. Nothing under it is closed or changed.
 */
final class LockScreen {
    private final Stage owner;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final PasswordField password = new PasswordField();
    private final Label errors = Forms.dialogErrors("lockErrors");
    private final Button unlock;

    /** @param attempt gets the typed password (wiped after) */
    LockScreen(Stage owner, Messages m, String who, Consumer<char[]> attempt) {
        this.owner = owner;
        stage.initOwner(owner);
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle(m.get("lock.heading"));
        password.setId("lockPassword");
        password.setMaxWidth(280);
        unlock = new Button(m.get("lock.unlock"));
        unlock.setId("unlockButton");
        unlock.setDefaultButton(true);
        unlock.setMinWidth(Button.USE_PREF_SIZE);
        unlock.setOnAction(e -> {
            char[] typed = PasswordFields.take(password);
            password.clear();
            unlock.setDisable(true);
            attempt.accept(typed);
        });
        Label note = Dialogs.note(m.get("lock.note", who));
        note.setMaxWidth(360);
        VBox box = new VBox(10, Dialogs.heading(m.get("lock.heading")), note, errors, password, unlock);
        box.getStyleClass().add("lock-box");
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        StackPane layer = new StackPane(box);
        layer.setId("lockLayer");
        layer.getStyleClass().add("lock-layer");
        Scene scene = new Scene(layer);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.setOnCloseRequest(javafx.event.Event::consume); // only the password ends the lock
        owner.xProperty().addListener((o, a, b) -> follow());
        owner.yProperty().addListener((o, a, b) -> follow());
        owner.widthProperty().addListener((o, a, b) -> follow());
        owner.heightProperty().addListener((o, a, b) -> follow());
    }

    private void follow() {
        stage.setX(owner.getX());
        stage.setY(owner.getY());
        stage.setWidth(owner.getWidth());
        stage.setHeight(owner.getHeight());
    }

    void show() {
        errors.setText("");
        unlock.setDisable(false);
        follow();
        stage.show();
        follow();
        password.requestFocus();
    }

    /** A wrong password: the refusal in the layer, the field empty for the next try. */
    void refuse(String refusal) {
        errors.setText(refusal);
        unlock.setDisable(false);
        password.requestFocus();
    }

    void hide() {
        stage.hide();
    }

    Stage stage() {
        return stage;
    }
}
