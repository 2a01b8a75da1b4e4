package cn.huyang.common.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The rows of filters and commands above the tables. A row wraps onto a second line when the window
 * is narrow instead of cutting its buttons and boxes to "…": each keeps the width its text needs.
 */
public final class Toolbars {
    private Toolbars() {
    }

    /** A toolbar that wraps: its tools in order, each kept whole. */
    public static FlowPane row(Node... tools) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("toolbar-flow");
        add(row, tools);
        return row;
    }

    /** Adds tools at the end of a row, each kept whole. */
    public static void add(FlowPane row, Node... tools) {
        for (Node n : tools) {
            row.getChildren().add(whole(n));
        }
    }

    /** A control never narrower than its text (a button, a label, a drop-down, a year box). */
    public static <N extends Node> N whole(N n) {
        if (n instanceof Labeled || n instanceof ComboBoxBase<?> || n instanceof Spinner<?>
                || n instanceof TextField) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        return n;
    }

    /** Every button, label and box under {@code root} kept whole (for rows built as HBoxes). */
    public static void keepWhole(Region root) {
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof Labeled l && l.isWrapText()) {
                continue; // a wrapping text may wrap
            }
            whole(n);
        }
    }
}
