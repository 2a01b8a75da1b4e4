package cn.huyang.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * One value of a backup, checked against its column before it goes anywhere near a database: the
 * right kind (a JSON string for text, dates and binary; a number for numbers; true/false), a string
 * no longer than the column, a number that fits its precision and scale, no null in a NOT NULL
 * column. Values come out as the Java types bound to the program's own parameterised INSERTs.
 */
final class Values {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    /** A value that does not fit its column; the reason goes to the log. */
    static final class BadValue extends Exception {
        BadValue(String reason) {
            super(reason);
        }
    }

    /** A typed literal of a format-1 script: {@code DATE '2026-01-05'}, {@code TIME '…'}, {@code TIMESTAMP '…'}. */
    record SqlLiteral(ColumnType type, String text) {
    }

    private Values() {
    }

    /**
     * The value for the column: from a table file (strings, {@link BigDecimal}s, booleans, null) or a
     * format-1 script (the same, {@link SqlLiteral}s for dates and {@code byte[]} for X'..').
     */
    static Object convert(Catalog.Column col, Object raw) throws BadValue {
        if (raw == null) {
            if (!col.nullable()) {
                throw new BadValue(col.name() + " is NOT NULL");
            }
            return null;
        }
        try {
            return switch (col.type()) {
                case STRING -> {
                    String s = as(String.class, raw, col);
                    if (col.length() != null && s.length() > col.length()) {
                        throw new BadValue(col.name() + " longer than " + col.length());
                    }
                    yield s;
                }
                case INTEGER -> as(BigDecimal.class, raw, col).intValueExact();
                case BIGINT -> as(BigDecimal.class, raw, col).longValueExact();
                case DECIMAL -> decimal(col, as(BigDecimal.class, raw, col));
                case BOOLEAN -> as(Boolean.class, raw, col);
                case DATE -> LocalDate.parse(text(col, raw));
                case TIME -> LocalTime.parse(text(col, raw));
                case TIMESTAMP -> LocalDateTime.parse(raw instanceof SqlLiteral
                        ? text(col, raw).replaceFirst(" ", "T") : text(col, raw));
                case BINARY -> raw instanceof byte[] b ? b : Base64.getDecoder().decode(as(String.class, raw, col));
                case UUID -> uuid(col, text(col, raw));
            };
        } catch (ArithmeticException | DateTimeParseException | IllegalArgumentException e) {
            throw new BadValue(col.name() + ": " + e.getMessage());
        }
    }

    /** A UUID in its canonical form only (36 characters, lower or upper case hex). */
    private static java.util.UUID uuid(Catalog.Column col, String s) throws BadValue {
        if (!s.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new BadValue(col.name() + " is no UUID");
        }
        return java.util.UUID.fromString(s);
    }

    private static BigDecimal decimal(Catalog.Column col, BigDecimal d) throws BadValue {
        BigDecimal stripped = d.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        int integerDigits = Math.max(0, stripped.precision() - stripped.scale());
        if (col.precision() > 0 && (scale > col.scale() || integerDigits > col.precision() - col.scale())) {
            throw new BadValue(col.name() + " does not fit (" + col.precision() + "," + col.scale() + ")");
        }
        return d;
    }

    /** The text of a date, time or UUID: a JSON string, or a format-1 literal of exactly the column's type. */
    private static String text(Catalog.Column col, Object raw) throws BadValue {
        if (raw instanceof SqlLiteral l) {
            if (l.type() != col.type()) {
                throw new BadValue(col.name() + " is a " + col.type().fileName() + ", not a " + l.type().fileName());
            }
            return l.text();
        }
        return as(String.class, raw, col);
    }

    private static <T> T as(Class<T> type, Object raw, Catalog.Column col) throws BadValue {
        if (!type.isInstance(raw)) {
            throw new BadValue(col.name() + " is a " + col.type().fileName() + ", not " + raw.getClass().getSimpleName());
        }
        return type.cast(raw);
    }

    /** Binds a converted value to the program's own INSERT. */
    static void bind(PreparedStatement ps, int index, Catalog.Column col, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, switch (col.type()) {
                case STRING -> Types.VARCHAR;
                case INTEGER -> Types.INTEGER;
                case BIGINT -> Types.BIGINT;
                case DECIMAL -> Types.DECIMAL;
                case BOOLEAN -> Types.BOOLEAN;
                case DATE -> Types.DATE;
                case TIME -> Types.TIME;
                case TIMESTAMP -> Types.TIMESTAMP;
                case BINARY -> Types.VARBINARY;
                case UUID -> Types.OTHER;
            });
            return;
        }
        switch (col.type()) {
            case STRING -> ps.setString(index, (String) v);
            case INTEGER -> ps.setInt(index, (Integer) v);
            case BIGINT -> ps.setLong(index, (Long) v);
            case DECIMAL -> ps.setBigDecimal(index, (BigDecimal) v);
            case BOOLEAN -> ps.setBoolean(index, (Boolean) v);
            case BINARY -> ps.setBytes(index, (byte[]) v);
            default -> ps.setObject(index, v);
        }
    }

    /**
     * The column's value of the current row as the Java type {@link #bind} takes (String, Integer, Long,
     * BigDecimal, Boolean, LocalDate, LocalTime, LocalDateTime, byte[], UUID; null), whichever store it comes from.
     */
    static Object read(ResultSet rs, int index, Catalog.Column col) throws SQLException {
        Object v = switch (col.type()) {
            case STRING -> rs.getString(index);
            case INTEGER -> rs.getInt(index);
            case BIGINT -> rs.getLong(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case DATE -> rs.getObject(index, LocalDate.class);
            case TIME -> rs.getObject(index, LocalTime.class);
            case TIMESTAMP -> rs.getObject(index, LocalDateTime.class);
            case BINARY -> rs.getBytes(index);
            case UUID -> rs.getObject(index, java.util.UUID.class);
        };
        return rs.wasNull() ? null : v;
    }

    /** Appends the column's value of the current row as JSON. */
    static void write(StringBuilder out, ResultSet rs, int index, Catalog.Column col) throws SQLException {
        Object v = read(rs, index, col);
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            out.append(cn.huyang.common.Json.string(s));
        } else if (v instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof LocalDateTime t) {
            out.append(cn.huyang.common.Json.string(TIMESTAMP.format(t)));
        } else if (v instanceof byte[] b) {
            out.append(cn.huyang.common.Json.string(Base64.getEncoder().encodeToString(b)));
        } else {
            out.append(cn.huyang.common.Json.string(v.toString())); // LocalDate, LocalTime: ISO-8601; UUID: canonical
        }
    }
}
