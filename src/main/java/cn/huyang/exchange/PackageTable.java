package cn.huyang.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One table of a package: its name (the Flyway scripts' table name), its column names, and its rows,
 * every value as text or null (see {@link #text}). Rows have as many values as there are columns.
 */
public record PackageTable(String name, List<String> columns, List<List<String>> rows) {
    /** A table or column name: lower case letters, digits and underscores, starting with a letter. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public PackageTable {
        Objects.requireNonNull(name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a table name: " + name);
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has columns");
        }
        for (String c : columns) {
            if (!NAME.matcher(c).matches()) {
                throw new IllegalArgumentException("not a column name: " + c);
            }
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("a column named twice in " + name);
        }
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }

    /**
     * A value as the line format holds it: null stays null; dates and timestamps ISO-8601
     * ({@code 2026-06-15}, {@code 2026-06-15T10:30:00}); decimals plain ({@code 1500.50}, never
     * {@code 1.5E+3}); booleans {@code true}/{@code false}; anything else its {@code toString()}.
     */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString(); // LocalDate, LocalDateTime: ISO-8601 already
    }

    /** The number of the column with this name, or -1. */
    public int column(String columnName) {
        return columns.indexOf(columnName);
    }
}
