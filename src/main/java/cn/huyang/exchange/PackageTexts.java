package cn.huyang.exchange;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How the package screens name what a package holds, in the user's words: a table ("辅导员"), a column
 * ("联系电话"), a value (a code as its label, true/false as 是/否, a department's code as its name, none as
 * "（空）") and a row ("阿尔曼·巴合提", "张三 · 2026-03-01"). The codes of each column come from the features
 * (the window's module knows them); a name without a text of its own shows as it is.
 */
public final class PackageTexts {
    private static final List<String> NAMES = List.of("name", "course", "caption", "grade_name", "student_no");
    private static final List<String> WHEN = List.of("start_date", "occurred_on", "week_start", "event_date",
            "obtained_on", "assess_year", "school_year", "started_on", "output_year", "part");
    private final Messages m;
    private final Map<String, Map<String, String>> codes = new HashMap<>();
    private final Supplier<Map<String, String>> departments;
    private Map<String, String> departmentNames;

    /**
     * @param codes       per column ({@code table.column}, or {@code column} for every table) the coded values it holds
     * @param departments the departments' names by code (read in the background, once)
     */
    public PackageTexts(Messages m, Map<String, List<? extends Coded>> codes, Supplier<Map<String, String>> departments) {
        this.m = m;
        codes.forEach((column, values) -> {
            Map<String, String> labels = new HashMap<>();
            values.forEach(v -> labels.put(v.name(), v.label(m)));
            this.codes.put(column, labels);
        });
        this.departments = departments;
    }

    /** Without codes and departments: names and values as they travel. */
    public static PackageTexts plain(Messages m) {
        return new PackageTexts(m, Map.of(), Map::of);
    }

    public Messages messages() {
        return m;
    }

    /** A table's name: 辅导员, 培训记录… */
    public String table(String name) {
        String key = "package.entity." + name;
        return m.has(key) ? m.get(key) : name;
    }

    /** A column's name: 姓名, 联系电话… */
    public String column(String name) {
        String key = "package.column." + name;
        return m.has(key) ? m.get(key) : name;
    }

    public String kind(RowChange.Kind kind) {
        return m.get("package.kind." + kind.name());
    }

    /** A value as the user reads it; null is "（空）". */
    public String value(String table, String column, String text) {
        if (text == null || text.isEmpty()) {
            return m.get("package.value.none");
        }
        if ("department_code".equals(column)) {
            return department(text);
        }
        Map<String, String> labels = codes.getOrDefault(table + "." + column, codes.get(column));
        if (labels != null && labels.containsKey(text)) {
            return labels.get(text);
        }
        if ("true".equals(text) || "false".equals(text)) {
            return m.get("package.value." + text);
        }
        return text;
    }

    /** A department's name for its code (the code itself when this database has no such department). */
    public String department(String code) {
        return code == null ? m.get("package.value.none") : departments().getOrDefault(code, code);
    }

    /** The departments' names by code, in their order (read once, when first asked: in the background). */
    public synchronized Map<String, String> departments() {
        if (departmentNames == null) {
            departmentNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(departments.get()));
        }
        return departmentNames;
    }

    /**
     * What names a row for a person: its name (or course, caption…) and its date, after the name of the
     * counselor or student it belongs to (and a training record's course) when {@code names} knows them;
     * else the beginning of its uid.
     *
     * @param names the counselors' and students' names by uid, as far as known
     */
    public String caption(String table, UUID uid, Map<String, String> row, Map<UUID, String> names) {
        StringBuilder out = new StringBuilder();
        if (row != null) {
            for (String owner : List.of("counselor_uid", "student_uid")) {
                String name = owner(row.get(owner), names);
                if (name != null) {
                    out.append(name);
                    break;
                }
            }
            append(out, owner(row.get("session_uid"), names)); // a training record's course
            append(out, first(table, row, NAMES));
            append(out, first(table, row, WHEN));
        }
        if (out.length() == 0) {
            out.append(uid.toString(), 0, 8);
        }
        return out.toString();
    }

    private static String owner(String ref, Map<UUID, String> names) {
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        try {
            return names.get(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String first(String table, Map<String, String> row, List<String> columns) {
        for (String c : columns) {
            String v = row.get(c);
            if (v != null && !v.isBlank()) {
                return value(table, c, v);
            }
        }
        return null;
    }

    private static void append(StringBuilder out, String part) {
        if (part != null && out.indexOf(part) < 0) {
            out.append(out.length() == 0 ? "" : " · ").append(part);
        }
    }

    /** The counselors' and students' names and the sessions' courses by uid among these rows (for {@link #caption}). */
    public static void collectNames(String table, UUID uid, Map<String, String> row, Map<UUID, String> names) {
        String name = row == null ? null : "training_session".equals(table) ? row.get("course")
                : "counselor".equals(table) || "student".equals(table) ? row.get("name") : null;
        if (name != null) {
            names.putIfAbsent(uid, name);
        }
    }
}
