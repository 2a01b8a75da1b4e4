package cn.huyang.common.ui;

import cn.huyang.common.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The fields of a small form dialog: a label (from the field's bundle key, kept whole) beside each
 * control, and the map of field key → control that {@link Forms#showRefusal} marks.
 */
public final class FieldGrid {
    private final Messages m;
    private final GridPane grid = new GridPane();
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private int rows;

    public FieldGrid(Messages m) {
        this.m = m;
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, controls);
    }

    /** A row: the field's label and its control; the control is marked when the field is refused. */
    public <C extends Control> C add(String fieldKey, C control) {
        Label label = new Label(m.get(fieldKey));
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(rows++, label, control);
        fields.put(fieldKey, control);
        return control;
    }

    /** A row under the controls without a label of its own (a strength bar, a note). */
    public void addBelow(Node node) {
        grid.add(node, 1, rows++);
    }

    public GridPane node() {
        return grid;
    }

    public Map<String, Control> fields() {
        return fields;
    }
}
