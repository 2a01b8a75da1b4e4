package cn.huyang.exchange;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing a package would do here (the preview): its manifest and, table by table, every row's
 * {@link RowChange}. {@link #alreadyApplied()} when this package (or a later one of the same sender,
 * which holds all it holds) was applied before: then it changes nothing.
 */
public record ImportPlan(PackageManifest manifest, String fileSha, boolean alreadyApplied, List<RowChange> changes) {
    public ImportPlan {
        changes = List.copyOf(changes);
    }

    /** Per table, how many rows of each kind (tables in the order applied). */
    public Map<String, Map<RowChange.Kind, Integer>> counts() {
        Map<String, Map<RowChange.Kind, Integer>> out = new LinkedHashMap<>();
        for (RowChange c : changes) {
            out.computeIfAbsent(c.table(), t -> new EnumMap<>(RowChange.Kind.class)).merge(c.kind(), 1, Integer::sum);
        }
        return out;
    }

    public int count(RowChange.Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    public ApplyCounts totals() {
        return new ApplyCounts(count(RowChange.Kind.NEW), count(RowChange.Kind.CHANGED), count(RowChange.Kind.DELETE),
                count(RowChange.Kind.CONFLICT), count(RowChange.Kind.UNCHANGED));
    }
}
