package cn.huyang.access;

import cn.huyang.common.IdNumber;
import cn.huyang.common.Json;
import cn.huyang.common.PhoneNumber;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a record, field by field, as the audit log keeps it:
 * {@code {"phone":["138****5678","139****0001"]}}. ID numbers and phones are masked, passwords and
 * hashes never written, long values cut.
 */
public final class Changes {
    private static final int MAX_VALUE = 300;
    /** The component a record read from the database carries its row version in. */
    private static final String VERSION = "version";

    private Changes() {
    }

    /** The changed fields of two records of one type (either may be null: created or deleted). */
    public static Map<String, List<String>> between(Record before, Record after) {
        Record shape = after != null ? after : before;
        Map<String, List<String>> changed = new LinkedHashMap<>();
        if (shape == null) {
            return changed;
        }
        for (RecordComponent c : shape.getClass().getRecordComponents()) {
            if (c.getName().equals(VERSION)) {
                continue; // the row's version moves with every save: no change of its own
            }
            Object was = before == null ? null : value(c, before);
            Object is = after == null ? null : value(c, after);
            if (!Objects.equals(was, is)) {
                changed.put(c.getName(), List.of(show(c.getName(), was), show(c.getName(), is)));
            }
        }
        return changed;
    }

    /** The changes as the JSON the audit row keeps. */
    public static String json(Map<String, List<String>> changes) {
        Map<String, Object> out = new LinkedHashMap<>();
        changes.forEach((k, v) -> out.put(k, v));
        return Json.object(out);
    }

    /** One value as the log may show it. */
    public static String show(String field, Object value) {
        if (value == null) {
            return "";
        }
        String lower = field.toLowerCase();
        if (lower.contains("password") || lower.contains("hash") || lower.contains("secret")) {
            return "***";
        }
        if (lower.contains("income")) {
            return "***"; // a counselor's income is personal data: the log says it changed, never what it is
        }
        String text = String.valueOf(value);
        if (lower.contains("idnumber")) {
            return IdNumber.mask(text);
        }
        if (lower.contains("phone")) {
            return PhoneNumber.mask(text);
        }
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
