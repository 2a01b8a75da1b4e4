package cn.huyang.app;

import cn.huyang.access.Operation;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A module's item in the window's 文件 menu: its node id, the bundle key of its text, what it
 * opens once the store is open (the window keeps it disabled until then), and the right a user
 * needs to see it (null: everyone; the window hides it from other roles — the services refuse anyway).
 */
public record MenuAction(String id, String textKey, Consumer<Ui> open, Operation requires) {
    public MenuAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(open);
    }

    public MenuAction(String id, String textKey, Consumer<Ui> open) {
        this(id, textKey, open, null);
    }
}
