package cn.huyang.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A column's value as text in the line format and back, by the column's Java type: ISO-8601 dates,
 * times and timestamps, plain decimals, {@code true}/{@code false}, canonical UUIDs. Reading refuses
 * what is not exactly such a text.
 */
final class ValueText {
    private ValueText() {
    }

    static String write(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toString();
        }
        return PackageTable.text(value);
    }

    /** The value of that type the text names; {@link IllegalArgumentException} when it names none. */
    static Object read(Class<?> type, String text) {
        if (text == null) {
            return null;
        }
        try {
            if (type == String.class) {
                return text;
            }
            if (type == Integer.class) {
                return Integer.valueOf(text);
            }
            if (type == Long.class) {
                return Long.valueOf(text);
            }
            if (type == BigDecimal.class) {
                if (!text.matches("-?[0-9]{1,18}(\\.[0-9]{1,6})?")) {
                    throw new IllegalArgumentException("not a plain decimal");
                }
                return new BigDecimal(text);
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            }
            if (type == LocalTime.class) {
                return LocalTime.parse(text);
            }
            if (type == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("not a boolean");
                }
                return Boolean.valueOf(text);
            }
            if (type == UUID.class) {
                UUID u = UUID.fromString(text);
                if (!u.toString().equals(text)) {
                    throw new IllegalArgumentException("not a canonical uuid");
                }
                return u;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        throw new IllegalStateException("no text form for " + type);
    }
}
