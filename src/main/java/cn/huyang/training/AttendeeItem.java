package cn.huyang.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One attendee in the training form: ticked when attending; own hours empty for the session's;
 * certificate number and note. {@code recordId} is null until stored.
 */
public final class AttendeeItem {
    private final Long recordId;
    private final long counselorId;
    private final String name;
    private final String department;
    public final BooleanProperty included = new SimpleBooleanProperty(true);
    public final StringProperty hours = new SimpleStringProperty("");
    public final StringProperty certificate = new SimpleStringProperty("");
    public final StringProperty note = new SimpleStringProperty("");

    public AttendeeItem(Long recordId, long counselorId, String name, String department) {
        this.recordId = recordId;
        this.counselorId = counselorId;
        this.name = name;
        this.department = department;
    }

    public Long recordId() {
        return recordId;
    }

    public long counselorId() {
        return counselorId;
    }

    public String name() {
        return name;
    }

    public String department() {
        return department;
    }

    /** What identifies the item's state for "unsaved changes". */
    String state() {
        return included.get() + "|" + hours.get() + "|" + certificate.get() + "|" + note.get();
    }
}
