package cn.huyang.roster;

import cn.huyang.common.ui.CellState;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The 在校生数 cell of a department's row (the college's total is not typed): Enter stores what was
 * typed. A value refused (not a whole number, negative) stays in the cell, marked, with the refusal
 * naming the field in {@code refusal} (the red line above the table); nothing is stored. Escape puts
 * back the stored number.
 */
final class EnrolmentCell extends TableCell<StaffingRow, String> {
    private final RosterViewModel vm;
    private final StringProperty refusal;
    private TextField field;

    EnrolmentCell(RosterViewModel vm, StringProperty refusal) {
        this.vm = vm;
        this.refusal = refusal;
    }

    @Override
    public void startEdit() {
        StaffingRow row = getTableRow() == null ? null : getTableRow().getItem();
        if (row == null || row.isCollege()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (field == null) {
            field = new TextField();
            field.setId("studentsEditor");
            field.setOnAction(e -> store());
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
        }
        field.setText(getItem());
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void store() {
        StaffingRow row = getTableRow().getItem();
        String typed = field.getText();
        vm.setEnrolment(row, typed, () -> {
            unmark();
            if (isEditing() && getTableRow().getItem() == row) {
                commitEdit(typed);
            }
        }, refused -> {
            if (isEditing() && getTableRow().getItem() == row) {
                refusal.set(refused);
                CellState.set(this, "cell-refused", true); // marked as the scores grid marks a refused score
                field.setTooltip(new Tooltip(refused));
                field.requestFocus();
            }
        });
    }

    private void unmark() {
        refusal.set("");
        CellState.set(this, "cell-refused", false);
        if (field != null) {
            field.setTooltip(null);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        unmark();
        setGraphic(null);
        setText(getItem());
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        setGraphic(null);
        setText(value);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null); // what was typed stays in the field
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }
}
