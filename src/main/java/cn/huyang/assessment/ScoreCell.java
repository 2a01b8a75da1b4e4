package cn.huyang.assessment;

import cn.huyang.common.ui.CellState;
import javafx.application.Platform;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A score cell typed from the keyboard: Enter commits and moves down, Tab (Shift+Tab) commits and
 * moves right (left), Escape cancels; leaving the cell commits too, so nothing typed is lost. A
 * refused value stays in the cell, marked, with the refusal naming the counselor and the column.
 */
final class ScoreCell extends TableCell<GridRow, String> {
    /** Table property: characters typed to start an edit, before the editor had focus. */
    static final String PENDING = "assessment.pendingTyped";
    /** Table property: the cell being edited. */
    static final String EDITOR = "assessment.editor";

    private final String column;
    private TextField field;

    ScoreCell(String column) {
        this.column = column;
        getStyleClass().add("score-cell");
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = new TextField();
            field.setId("scoreEditor");
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }
        Object typed = getTableView().getProperties().remove(PENDING);
        getTableView().getProperties().put(EDITOR, this);
        setText(null);
        setGraphic(field);
        field.requestFocus();
        if (typed instanceof String t) {
            field.setText(t);
            field.end();
        } else {
            field.setText(getItem() == null ? "" : getItem());
            field.selectAll();
        }
    }

    /** A character typed while the editor is open but the keyboard focus has not reached it yet. */
    void type(String ch) {
        if (field != null) {
            field.appendText(ch);
            field.requestFocus();
            field.end();
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            commitEdit(field.getText());
            move(0, 1);
            e.consume();
        } else if (e.getCode() == KeyCode.TAB) {
            commitEdit(field.getText());
            move(e.isShiftDown() ? -1 : 1, 0);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
            e.consume();
        }
    }

    private void move(int dx, int dy) {
        TableView<GridRow> table = getTableView();
        int row = getIndex() + dy;
        int col = table.getVisibleLeafIndex(getTableColumn());
        if (dx != 0) {
            do {
                col += dx;
            } while (col >= 0 && col < table.getVisibleLeafColumns().size() && !isTyped(table.getVisibleLeafColumn(col)));
        }
        if (col < 0 || col >= table.getVisibleLeafColumns().size() || row < 0 || row >= table.getItems().size()) {
            return;
        }
        TableColumn<GridRow, ?> next = table.getVisibleLeafColumn(col);
        int r = row;
        // select now, so keys typed before the next editor opens start it themselves
        table.getSelectionModel().clearAndSelect(r, next);
        table.getFocusModel().focus(r, next);
        table.requestFocus();
        Platform.runLater(() -> {
            table.scrollTo(Math.max(0, r - 3));
            if (table.getEditingCell() == null) {
                table.edit(r, next);
            }
        });
    }

    /** The columns typed from the keyboard carry an id starting with "edit-". */
    static boolean isTyped(TableColumn<?, ?> c) {
        return c.getId() != null && c.getId().startsWith("edit-") && c.isEditable();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        show(getItem());
    }

    @Override
    public void commitEdit(String value) {
        if (isEditing()) {
            super.commitEdit(value);
        }
        show(value);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
            CellState.tip(this, null);
            CellState.set(this, "cell-refused", false);
            return;
        }
        if (isEditing() && field != null) {
            field.setText(item);
            setText(null);
            setGraphic(field);
        } else {
            show(item);
        }
    }

    private void show(String item) {
        setGraphic(null);
        setText(item);
        GridRow row = getTableRow() == null ? null : getTableRow().getItem();
        String error = row == null ? null : row.errors().get(column);
        CellState.set(this, "cell-refused", error != null);
        CellState.tip(this, error);
    }
}
