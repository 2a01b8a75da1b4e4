package cn.huyang.common.ui;

import javafx.scene.control.Cell;

/**
 * How a table cell is marked: red for a rule that must hold ({@code :finding-warning}), orange for one
 * that holds in principle ({@code :finding-notice}), or not at all; with the tooltip that says why
 * ({@link CellState}).
 */
public enum CellMark {
    NONE, WARNING, NOTICE;

    /** Marks the cell so, with this tooltip text (null: no tooltip). */
    public void on(Cell<?> cell, String tip) {
        CellState.set(cell, "finding-warning", this == WARNING);
        CellState.set(cell, "finding-notice", this == NOTICE);
        CellState.tip(cell, tip);
    }
}
