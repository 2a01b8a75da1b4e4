package cn.huyang.app;

import cn.huyang.access.AccessGuard;
import cn.huyang.access.Operation;
import cn.huyang.common.ui.FeatureTab;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A module's tab: its node id, the bundle keys of its title and of what it shows until the store
 * is open, its place from the left, how it is built once the module has started, and the rights of
 * which a user needs one to have the tab at all (a 辅导员 account, which reads no roster, has only the
 * work records and the student files; an administrator, who reads no work records, not those).
 */
public record TabSpec(String id, String titleKey, String placeholderKey, int order, Function<Ui, FeatureTab> create,
                      List<Operation> anyOf) {
    public TabSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(create);
        anyOf = List.copyOf(anyOf);
    }

    /** A tab of what everyone who reads the data reads ({@link Operation#READ}). */
    public TabSpec(String id, String titleKey, String placeholderKey, int order, Function<Ui, FeatureTab> create) {
        this(id, titleKey, placeholderKey, order, create, List.of(Operation.READ));
    }

    /** Whether the user working now has the tab. */
    public boolean shownTo(AccessGuard guard) {
        return anyOf.stream().anyMatch(guard::may);
    }
}
