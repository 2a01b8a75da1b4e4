package cn.huyang.common.ui;

import cn.huyang.common.Remembered;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Filters kept from one start to the next: a filter's value is remembered under a key as the user
 * changes it and chosen again at the next start (a department once the list of departments has
 * loaded). A value that no longer exists is forgotten quietly.
 */
public final class Remembering {
    private Remembering() {
    }

    /** A filter whose values can be written and read back by themselves (an enum, a text). */
    public static <T> void value(Remembered r, String key, Property<T> filter, Function<T, String> write,
                                 Function<String, T> read) {
        r.get(key).ifPresent(saved -> {
            try {
                filter.setValue(saved.isEmpty() ? null : read.apply(saved));
            } catch (IllegalArgumentException gone) {
                r.put(key, null);
            }
        });
        filter.addListener((o, a, b) -> r.put(key, b == null ? "" : write.apply(b)));
    }

    /** An enum filter (null: all). */
    public static <E extends Enum<E>> void choice(Remembered r, String key, Property<E> filter, Class<E> type) {
        value(r, key, filter, Enum::name, s -> Enum.valueOf(type, s));
    }

    /**
     * A filter among items loaded later (departments): chosen again, by {@code id}, once the list
     * holds it — until the user chooses something else.
     */
    public static <T> void among(Remembered r, String key, Property<T> filter, ObservableList<T> items,
                                 Function<T, String> id) {
        String saved = r.get(key).orElse(null);
        boolean[] pending = {saved != null && !saved.isEmpty()};
        boolean[] restoring = {false};
        Runnable restore = () -> {
            if (!pending[0]) {
                return;
            }
            for (T t : items) {
                if (Objects.equals(id.apply(t), saved)) {
                    pending[0] = false;
                    restoring[0] = true;
                    filter.setValue(t);
                    restoring[0] = false;
                    return;
                }
            }
        };
        items.addListener((ListChangeListener<T>) c -> restore.run());
        restore.run();
        filter.addListener((o, a, b) -> {
            if (!restoring[0] && !(b == null && pending[0])) {
                pending[0] = false;
                r.put(key, b == null ? "" : id.apply(b));
            }
        });
    }
}
