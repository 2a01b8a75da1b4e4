package cn.huyang.common.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * A text cut to "…" (a long name in a narrow column, a path in the status bar) shows whole in a
 * tooltip when the mouse rests on it: every window of the program, every label, button and cell.
 * A tooltip a screen set itself is left alone.
 */
public final class ClippedText {
    private static final String AUTO = "huyang.clippedTooltip";
    private static boolean installed;

    private ClippedText() {
    }

    /** Watches every window, those open now and those opened later (call once, on the JavaFX thread). */
    public static void installEverywhere() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(ClippedText::install);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(ClippedText::install);
            }
        });
    }

    private static void install(Window w) {
        if (w.getProperties().containsKey(AUTO)) {
            return;
        }
        w.getProperties().put(AUTO, Boolean.TRUE);
        w.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof Labeled)) {
                n = n.getParent();
            }
            if (n instanceof Labeled l) {
                update(l);
            }
        });
    }

    /** Gives a cut text its tooltip, takes it away when the text shows whole again. */
    static void update(Labeled l) {
        if (l.tooltipProperty().isBound()) {
            return; // the label's own tooltip (the status bar's, the import dialog's file)
        }
        Tooltip t = l.getTooltip();
        boolean ours = t != null && t.getProperties().containsKey(AUTO);
        if (t != null && !ours) {
            return;
        }
        if (isClipped(l)) {
            if (t == null) {
                Tooltip tip = new Tooltip(l.getText());
                tip.getProperties().put(AUTO, Boolean.TRUE);
                tip.setWrapText(true);
                tip.setMaxWidth(600);
                l.setTooltip(tip);
            } else if (!l.getText().equals(t.getText())) {
                t.setText(l.getText());
            }
        } else if (ours) {
            l.setTooltip(null);
        }
    }

    /** True when the label shows less than its text (cut to "…" by its skin). */
    public static boolean isClipped(Labeled l) {
        String text = l.getText();
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text shown && c.getStyleClass().contains("text")) {
                return !text.equals(shown.getText());
            }
        }
        return false;
    }
}
