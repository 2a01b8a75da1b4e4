package cn.huyang.db;

import cn.huyang.common.Json;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A row as one JSON object, its columns by their names in the Flyway scripts (lower case), values as
 * a backup's table files write them ({@code docs/backup-format.md}): what a tombstone keeps of a row.
 */
final class RowJson {
    private RowJson() {
    }

    static StringBuilder object(Record r) {
        StringBuilder out = new StringBuilder(256).append('{');
        Field<?>[] fields = r.fields();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Json.string(fields[i].getName().toLowerCase(Locale.ROOT))).append(':');
            value(out, r.get(i));
        }
        return out.append('}');
    }

    /** Adds {@code "name":[…]} to an object {@link #object} made. */
    static void addArray(StringBuilder object, String name, List<StringBuilder> items) {
        object.setLength(object.length() - 1);
        if (object.length() > 1) {
            object.append(',');
        }
        object.append(Json.string(name)).append(":[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                object.append(',');
            }
            object.append(items.get(i));
        }
        object.append("]}");
    }

    private static void value(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof byte[] b) {
            out.append(Json.string(Base64.getEncoder().encodeToString(b)));
        } else {
            out.append(Json.string(v.toString())); // text, dates and times in ISO-8601, UUIDs
        }
    }
}
