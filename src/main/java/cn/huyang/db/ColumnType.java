package cn.huyang.db;

import java.util.Locale;

/**
 * The database-neutral column types of a backup's table files ({@code docs/backup-format.md}), named
 * as in the file headers: {@code string}, {@code integer}, {@code bigint}, {@code decimal},
 * {@code boolean}, {@code date}, {@code time}, {@code timestamp}, {@code binary}, {@code uuid}.
 */
enum ColumnType {
    STRING, INTEGER, BIGINT, DECIMAL, BOOLEAN, DATE, TIME, TIMESTAMP, BINARY, UUID;

    /** The name in a table file's header. */
    String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ColumnType ofFileName(String name) {
        for (ColumnType t : values()) {
            if (t.fileName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The type of a column as {@code information_schema.columns.data_type} names it (H2 2.x, PostgreSQL). */
    static ColumnType ofSql(String dataType) {
        String t = dataType.toUpperCase(Locale.ROOT);
        return switch (t) {
            case "CHARACTER VARYING", "CHARACTER", "VARCHAR", "CHAR", "TEXT", "CHARACTER LARGE OBJECT" -> STRING;
            case "INTEGER", "INT", "SMALLINT", "TINYINT" -> INTEGER;
            case "BIGINT" -> BIGINT;
            case "NUMERIC", "DECIMAL" -> DECIMAL;
            case "BOOLEAN" -> BOOLEAN;
            case "DATE" -> DATE;
            case "TIME", "TIME WITHOUT TIME ZONE" -> TIME;
            case "TIMESTAMP", "TIMESTAMP WITHOUT TIME ZONE" -> TIMESTAMP;
            case "BINARY VARYING", "BINARY", "VARBINARY", "BYTEA", "BINARY LARGE OBJECT" -> BINARY;
            case "UUID" -> UUID;
            default -> throw new IllegalStateException("A column of type " + dataType + " cannot be backed up");
        };
    }
}
