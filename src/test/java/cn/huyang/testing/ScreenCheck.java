package cn.huyang.testing;

import cn.huyang.common.ui.ClippedText;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;

/**
 * What a user would see wrong on a window: a label, button, tab, header or box showing its text cut
 * to "…" (a cell of a table or list may be cut: resting the mouse on it shows it whole, as may a
 * text whose tooltip holds it whole), a button or field lying outside the window, a window larger
 * than the screen.
 */
public final class ScreenCheck {
    private ScreenCheck() {
    }

    /** Every problem of a window, each naming where it is and what. */
    public static List<String> problems(Window w, String where, Rectangle2D screen) {
        List<String> out = new ArrayList<>();
        Scene scene = w.getScene();
        if (scene == null || scene.getRoot() == null) {
            return out;
        }
        if (w.getWidth() > screen.getWidth() + 1 || w.getHeight() > screen.getHeight() + 1) {
            out.add(where + ": window " + (int) w.getWidth() + "×" + (int) w.getHeight() + " larger than the screen "
                    + (int) screen.getWidth() + "×" + (int) screen.getHeight());
        }
        walk(scene.getRoot(), scene, where, false, out);
        return out;
    }

    private static void walk(Node n, Scene scene, String where, boolean scrolled, List<String> out) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        boolean inScroller = scrolled || n instanceof ScrollPane || n instanceof VirtualFlow<?>
                || n instanceof TableView<?> || n instanceof ListView<?>;
        if (n instanceof Labeled l && ClippedText.isClipped(l) && !cellInAList(l, scrolled) && !wholeInTooltip(l)) {
            out.add(where + ": cut text '" + l.getText() + "' (" + describe(l) + ", shows '" + shown(l) + "', "
                    + (int) l.getWidth() + " px wide)");
        }
        if (!scrolled && isControl(n)) {
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getWidth() < 1 || b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                    || b.getMaxY() > scene.getHeight() + 1) {
                out.add(where + ": " + describe(n) + " outside the window: " + (int) b.getMinX() + "," + (int) b.getMinY()
                        + " " + (int) b.getWidth() + "×" + (int) b.getHeight() + " in " + (int) scene.getWidth() + "×"
                        + (int) scene.getHeight());
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, scene, where, inScroller, out);
            }
        }
    }

    private static boolean isControl(Node n) {
        return n instanceof ButtonBase || n instanceof TextInputControl && !(n.getParent() instanceof Spinner<?>)
                && !(n.getParent() instanceof ComboBoxBase<?>) || n instanceof ComboBoxBase<?> || n instanceof Spinner<?>
                || n instanceof ChoiceBox<?>;
    }

    /** A row of a table or list (not the shown value of a drop-down): shown whole in a tooltip on hover. */
    private static boolean cellInAList(Labeled l, boolean scrolled) {
        return l instanceof IndexedCell<?> && scrolled;
    }

    private static boolean wholeInTooltip(Labeled l) {
        Tooltip t = l.getTooltip();
        return t != null && l.getText().equals(t.getText());
    }

    private static String shown(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof javafx.scene.text.Text t && c.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return "";
    }

    private static String describe(Node n) {
        String id = n.getId() != null ? "#" + n.getId() : "";
        Node p = n.getParent();
        while (id.isEmpty() && p != null) {
            id = p.getId() != null ? "in #" + p.getId() : "";
            p = p.getParent();
        }
        return n.getClass().getSimpleName() + " " + id;
    }
}
