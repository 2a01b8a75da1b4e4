package cn.huyang.training;

import cn.huyang.roster.Department;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The compliance list's order: the roster's department order, then department and name in pinyin order. */
final class ComplianceOrder {
    private ComplianceOrder() {
    }

    private record Sorted(ComplianceRow row, int order, CollationKey department, CollationKey name) {
    }

    /**
     * The rows in that order. Each text's collation key is made once and each row's keys looked up once:
     * comparing Chinese texts with the collator itself costs a normalisation each time, and looking keys up
     * in every comparison cost a year's findings more than the sorting.
     */
    static List<ComplianceRow> sorted(List<ComplianceRow> rows, Map<Long, Department> departments) {
        Collator pinyin = Collator.getInstance(Locale.CHINA);
        Map<String, CollationKey> keys = new HashMap<>();
        java.util.function.Function<String, CollationKey> key = t -> keys.computeIfAbsent(t == null ? "" : t,
                pinyin::getCollationKey);
        return rows.stream()
                .map(r -> {
                    Department d = r.departmentId() == null ? null : departments.get(r.departmentId());
                    return new Sorted(r, d == null ? Integer.MAX_VALUE : d.sortOrder(), key.apply(r.department()),
                            key.apply(r.name()));
                })
                .sorted(Comparator.comparingInt(Sorted::order).thenComparing(Sorted::department)
                        .thenComparing(Sorted::name))
                .map(Sorted::row)
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
