package cn.huyang.common.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A table cell's or row's state as the style sheet draws it, a pseudo-class ({@code .table-cell:shortfall},
 * {@code .table-row-cell:tie-row}), and its tooltip. Tables reuse their cells as rows scroll and reload:
 * a pseudo-class is switched in place, where adding or removing a style class makes JavaFX match the
 * cell's styles, and its children's, from scratch; and a cell keeps one tooltip, its text replaced,
 * where a new one would be a new popup each time.
 */
public final class CellState {
    private static final String TIP = "huyang.cellTip";

    private CellState() {
    }

    /** The node is in the state, or not. */
    public static void set(Node node, String state, boolean on) {
        node.pseudoClassStateChanged(PseudoClass.getPseudoClass(state), on);
    }

    /** The control's tooltip shows this text; null: no tooltip. */
    public static void tip(Control control, String text) {
        if (text == null) {
            control.setTooltip(null);
            return;
        }
        Tooltip t = (Tooltip) control.getProperties().computeIfAbsent(TIP, k -> new Tooltip());
        t.setText(text);
        control.setTooltip(t);
    }
}
