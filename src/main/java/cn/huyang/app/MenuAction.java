package cn.huyang.app;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A module's item in the window's 文件 menu: its node id, the bundle key of its text, and what it
 * opens once the store is open (the window keeps it disabled until then).
 */
public record MenuAction(String id, String textKey, Consumer<Ui> open) {
    public MenuAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(open);
    }
}
