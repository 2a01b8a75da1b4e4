package cn.huyang.common;

import java.util.Iterator;
import java.util.Map;

/** Just enough JSON for the command line's {@code --json}: objects of strings, numbers, booleans. */
public final class Json {
    private Json() {
    }

    public static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** An object from insertion-ordered entries; values are String, Number, Boolean, null, or nested maps and lists of these. */
    public static String object(Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("{");
        Iterator<? extends Map.Entry<String, ?>> it = fields.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, ?> e = it.next();
            out.append(string(e.getKey())).append(':').append(value(e.getValue()));
            if (it.hasNext()) {
                out.append(',');
            }
        }
        return out.append('}').toString();
    }

    /** An array of values as {@link #object} takes them. */
    public static String array(java.util.List<?> items) {
        return value(items);
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            map.forEach((k, x) -> fields.put(String.valueOf(k), x));
            return object(fields);
        }
        if (v instanceof java.util.List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",").append(value(list.get(i)));
            }
            return out.append(']').toString();
        }
        return string(v.toString());
    }
}
