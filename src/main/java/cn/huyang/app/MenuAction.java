package cn.huyang.app;

import cn.huyang.access.Operation;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A module's item in the window's 文件 menu: its node id, the bundle key of its text, what it
 * opens once the store is open (the window keeps it disabled until then), and the rights a user
 * needs to see it — any one of them (none: everyone; the window hides it from other roles — the
 * services refuse anyway).
 */
public record MenuAction(String id, String textKey, Consumer<Ui> open, List<Operation> shownFor) {
    public MenuAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(open);
        shownFor = shownFor == null ? List.of() : List.copyOf(shownFor);
    }

    /** Shown to a user who may do {@code requires} (null: everyone). */
    public MenuAction(String id, String textKey, Consumer<Ui> open, Operation requires) {
        this(id, textKey, open, requires == null ? List.of() : List.of(requires));
    }

    public MenuAction(String id, String textKey, Consumer<Ui> open) {
        this(id, textKey, open, List.of());
    }
}
