package cn.huyang.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every stored value of every parameter: read once, then asked for the values in force on any day
 * without another query. The value in force on a day is the row with the latest effective date on
 * or before it; of two rows with the same date, the one recorded later.
 */
public final class PolicyTimeline {
    private static final Comparator<PolicyValue> ORDER = Comparator.comparing(PolicyValue::from)
            .thenComparing(v -> v.id() == null ? Long.MAX_VALUE : v.id());
    private final Map<PolicyKey, List<PolicyValue>> rows = new EnumMap<>(PolicyKey.class);

    public PolicyTimeline(List<PolicyValue> values) {
        for (PolicyValue v : values) {
            rows.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        rows.values().forEach(list -> list.sort(ORDER));
    }

    /** The values in force on a day. */
    public Policy at(LocalDate on) {
        Map<PolicyKey, PolicyValue> inForce = new EnumMap<>(PolicyKey.class);
        rows.forEach((key, list) -> {
            PolicyValue found = valueOn(list, on);
            if (found != null) {
                inForce.put(key, found);
            }
        });
        return new Policy(on, inForce);
    }

    /** The values in force on the 31 December of a year: what the year's rules read. */
    public Policy forYear(int year) {
        return at(PolicyService.referenceDate(year));
    }

    /** A parameter's rows, oldest first (by effective date, then by when they were recorded). */
    public List<PolicyValue> history(PolicyKey key) {
        return List.copyOf(rows.getOrDefault(key, List.of()));
    }

    /** True when a later row with the same effective date replaced this one (a correction). */
    public boolean superseded(PolicyValue v) {
        return rows.getOrDefault(v.key(), List.of()).stream()
                .anyMatch(o -> o != v && o.from().equals(v.from()) && ORDER.compare(o, v) > 0);
    }

    /** The first effective date after {@code from} with a row of this parameter, or null. */
    LocalDate nextChangeAfter(PolicyKey key, LocalDate from) {
        return rows.getOrDefault(key, List.of()).stream().map(PolicyValue::from).filter(d -> d.isAfter(from))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static PolicyValue valueOn(List<PolicyValue> sorted, LocalDate on) {
        PolicyValue found = null;
        for (PolicyValue v : sorted) {
            if (v.from().isAfter(on)) {
                break;
            }
            found = v;
        }
        return found;
    }
}
