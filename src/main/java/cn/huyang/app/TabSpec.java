package cn.huyang.app;

import cn.huyang.common.ui.FeatureTab;
import java.util.Objects;
import java.util.function.Function;

/**
 * A module's tab: its node id, the bundle keys of its title and of what it shows until the store
 * is open, its place from the left, and how it is built once the module has started.
 */
public record TabSpec(String id, String titleKey, String placeholderKey, int order, Function<Ui, FeatureTab> create) {
    public TabSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(create);
    }
}
