package cn.huyang.io;

import java.util.function.Function;

/**
 * One column of an exported table: its header, the cell type, the width in characters and how a
 * row gives its value (null for an empty cell).
 */
public record Column<T>(String header, Type type, int width, Function<T, Object> value) {

    /** How a value is written: dates as Excel dates, numbers as numbers, text as text (ID numbers too). */
    public enum Type { TEXT, DATE, INTEGER, DECIMAL }

    public static <T> Column<T> text(String header, int width, Function<T, Object> value) {
        return new Column<>(header, Type.TEXT, width, value);
    }

    public static <T> Column<T> date(String header, Function<T, Object> value) {
        return new Column<>(header, Type.DATE, 12, value);
    }

    public static <T> Column<T> integer(String header, int width, Function<T, Object> value) {
        return new Column<>(header, Type.INTEGER, width, value);
    }

    public static <T> Column<T> decimal(String header, int width, Function<T, Object> value) {
        return new Column<>(header, Type.DECIMAL, width, value);
    }
}
