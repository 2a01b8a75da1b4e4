package cn.huyang.worklog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The students of a record being entered: those picked from the counselor's student list (linked to their
 * files) and names typed for anyone else. A typed name that is exactly one student's of the list is linked
 * too, so keyboard entry fills the files' timelines as well. Imports no control.
 */
public final class StudentPicks {
    private static final String SEPARATORS = "[,，、;；\\s]+";
    private final ObservableList<StudentChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<StudentRef> picked = FXCollections.observableArrayList();
    private final StringProperty typed = new SimpleStringProperty("");

    /** The counselor's students one can pick (replaced when another counselor is chosen). */
    public ObservableList<StudentChoice> choices() {
        return choices;
    }

    /** The students picked from the list, in the order picked. */
    public ObservableList<StudentRef> picked() {
        return picked;
    }

    /** Names typed for students not on the list, separated by commas, 顿号 or spaces. */
    public StringProperty typedProperty() {
        return typed;
    }

    public void pick(StudentChoice s) {
        if (s != null && picked.stream().noneMatch(p -> Objects.equals(p.studentId(), s.id()))) {
            picked.add(s.ref());
        }
    }

    /** Picks the student of this id if the list holds it; false when it does not (not the user's to reach). */
    public boolean pick(long studentId) {
        StudentChoice s = choices.stream().filter(c -> c.id() == studentId).findFirst().orElse(null);
        pick(s);
        return s != null;
    }

    public void remove(StudentRef s) {
        picked.remove(s);
    }

    /** Shows a stored record's students: the linked ones as picked, the others as typed names. */
    public void show(List<StudentRef> refs) {
        picked.setAll(refs.stream().filter(r -> r.studentId() != null).toList());
        typed.set(String.join("，", refs.stream().filter(r -> r.studentId() == null).map(StudentRef::name).toList()));
    }

    public void clear() {
        picked.clear();
        typed.set("");
    }

    public boolean isEmpty() {
        return picked.isEmpty() && (typed.get() == null || typed.get().isBlank());
    }

    /** What the record names: the picked students, then each typed name (linked when exactly one student has it). */
    public List<StudentRef> refs() {
        List<StudentRef> out = new ArrayList<>(picked);
        String text = typed.get() == null ? "" : typed.get();
        for (String name : Arrays.stream(text.split(SEPARATORS)).filter(s -> !s.isBlank()).toList()) {
            List<StudentChoice> same = choices.stream().filter(c -> c.name().equals(name)).toList();
            StudentRef ref = same.size() == 1 ? same.get(0).ref() : new StudentRef(null, name);
            if (ref.studentId() == null || out.stream().noneMatch(p -> Objects.equals(p.studentId(), ref.studentId()))) {
                out.add(ref);
            }
        }
        return out;
    }
}
