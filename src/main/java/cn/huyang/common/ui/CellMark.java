package cn.huyang.common.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Cell;
import javafx.scene.control.Tooltip;

/**
 * How a table cell is marked: red for a rule that must hold ({@code :finding-warning}), orange for one
 * that holds in principle ({@code :finding-notice}), or not at all. Tables reuse their cells as rows
 * scroll and reload, so the mark is a pseudo-class and the tooltip one per cell with its text replaced:
 * a changed style class restyles the cell from scratch and a new tooltip is a new popup each time.
 */
public enum CellMark {
    NONE, WARNING, NOTICE;

    private static final PseudoClass WARNING_STATE = PseudoClass.getPseudoClass("finding-warning");
    private static final PseudoClass NOTICE_STATE = PseudoClass.getPseudoClass("finding-notice");
    private static final String TIP = "huyang.cellTip";

    /** Marks the cell so, with this tooltip text (null: no tooltip). */
    public void on(Cell<?> cell, String tip) {
        cell.pseudoClassStateChanged(WARNING_STATE, this == WARNING);
        cell.pseudoClassStateChanged(NOTICE_STATE, this == NOTICE);
        if (tip == null) {
            cell.setTooltip(null);
            return;
        }
        Tooltip t = (Tooltip) cell.getProperties().computeIfAbsent(TIP, k -> new Tooltip());
        t.setText(tip);
        cell.setTooltip(t);
    }
}
