package cn.huyang.common.ui;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every small dialog does the same way: the window's stylesheet, one order of buttons on every
 * system (the action, then 取消, on the right), a heading, the safe button as the default where
 * the action destroys something, and staying open with what was typed when a value is refused.
 */
public final class Dialogs {
    /** The one order of buttons, on Windows and Linux alike: [确定] [取消] at the right. */
    public static final String BUTTON_ORDER = ButtonBar.BUTTON_ORDER_WINDOWS;

    private Dialogs() {
    }

    /** Owner, stylesheet, button order; resizable and kept on the owner's screen. */
    public static void prepare(Dialog<?> d, Window owner) {
        if (owner != null && d.getOwner() == null) {
            d.initOwner(owner);
        }
        d.setResizable(true);
        style(d.getDialogPane());
        if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() instanceof Stage s) {
            Screens.keepOn(s, owner);
        }
    }

    /** The stylesheet and the one button order for a dialog pane. */
    public static void style(DialogPane pane) {
        if (!pane.getStylesheets().contains(Styles.stylesheet())) {
            pane.getStylesheets().add(Styles.stylesheet());
        }
        if (pane.lookup(".button-bar") instanceof ButtonBar bar) {
            bar.setButtonOrder(BUTTON_ORDER);
        }
    }

    /**
     * Makes {@code safe} (取消, 继续编辑) the button Enter presses and the one focused, for a dialog
     * whose other button deletes or discards: Enter never destroys anything.
     */
    public static void safeDefault(DialogPane pane, ButtonType safe) {
        for (ButtonType t : pane.getButtonTypes()) {
            Node n = pane.lookupButton(t);
            if (n instanceof Button b) {
                b.setDefaultButton(t == safe);
            }
        }
        Node safeButton = pane.lookupButton(safe);
        if (safeButton != null && pane.getScene() != null && pane.getScene().getWindow() != null) {
            pane.getScene().getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                    e -> safeButton.requestFocus());
        }
    }

    /** The bold line on top of a dialog that says what it does. */
    public static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dialog-heading");
        l.setId("dialogHeading");
        l.setWrapText(true);
        return l;
    }

    /** A grey explanation under the heading, wrapped. */
    public static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("dialog-note");
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /**
     * The dialog stays open when {@code ok} is pressed: {@code attempt} gets a way to close it with
     * a result once the value was accepted (in the background, perhaps); until then everything
     * typed stays, and a refusal is shown in the dialog. The button is disabled while an attempt runs.
     */
    public static <T> void keepOpen(Dialog<T> d, ButtonType ok, Consumer<Attempt<T>> attempt) {
        Button button = (Button) d.getDialogPane().lookupButton(ok);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            button.setDisable(true);
            attempt.accept(new Attempt<>() {
                @Override
                public void accept(T result) {
                    button.setDisable(false);
                    d.setResult(result);
                    d.close();
                }

                @Override
                public void refuse() {
                    button.setDisable(false);
                }
            });
        });
    }

    /** One press of OK: accepted (the dialog closes with the result) or refused (it stays open). */
    public interface Attempt<T> {
        void accept(T result);

        void refuse();
    }
}
