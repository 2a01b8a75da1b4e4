package cn.huyang.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A form's refused save because someone else saved the record first: the conflict shown (who, when,
 * each field that differs) and the record as stored now, until the user chooses — 用我的修改覆盖 and
 * 采用当前记录 {@link #take} the stored record, 取消 {@link #dismiss}es and the typing stays.
 *
 * @param <T> the record
 */
public final class Conflicts<T> {
    private final ReadOnlyObjectWrapper<Conflict> shown = new ReadOnlyObjectWrapper<>();
    private T theirs;

    /** The save was refused: {@code message} says who and when; the differences are of the typing against {@code current}. */
    public void refused(String message, T current, Function<T, List<Conflict.Difference>> differences) {
        theirs = current;
        shown.set(new Conflict(message, differences.apply(current)));
    }

    /** The record as stored now, for the choice made; the conflict is closed. */
    public Optional<T> take() {
        T now = theirs;
        theirs = null;
        shown.set(null);
        return Optional.ofNullable(now);
    }

    /** 取消: back to the form, the typing kept (a later save is refused again until another choice). */
    public void dismiss() {
        theirs = null;
        shown.set(null);
    }

    /** The conflict to show, or null. */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return shown.getReadOnlyProperty();
    }
}
