package cn.huyang.db;

import cn.huyang.common.JsonReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table of a backup as UTF-8 JSON Lines ({@code docs/backup-format.md}): a header object
 * {@code {"table":"department","columns":[{"name":"id","type":"bigint"},…]}}, then one JSON array of
 * scalars per row, in the header's column order. No SQL, nothing specific to a database.
 */
final class TableFile {
    /** How deep a table line may nest: an array of plain values. */
    private static final int MAX_DEPTH = 4;

    /** The longest line read: far above any row the schema allows, far below a memory problem. */
    static final int MAX_LINE = 1 << 20;

    private TableFile() {
    }

    static String entryName(String table) {
        return "tables/" + table + ".jsonl";
    }

    /** Writes the table's rows (ordered by primary key) and returns how many. */
    static long write(Connection c, Catalog.Table table, Writer out) throws SQLException, IOException {
        StringBuilder line = new StringBuilder("{\"table\":");
        line.append(cn.huyang.common.Json.string(table.name()));
        line.append(",\"columns\":[");
        for (int i = 0; i < table.columns().size(); i++) {
            Catalog.Column col = table.columns().get(i);
            line.append(i == 0 ? "" : ",").append("{\"name\":");
            line.append(cn.huyang.common.Json.string(col.name()));
            line.append(",\"type\":\"").append(col.type().fileName()).append("\"}");
        }
        out.append(line).append("]}\n");
        String select = "select " + table.columns().stream().map(col -> Catalog.quote(col.sqlName()))
                .collect(Collectors.joining(", ")) + " from " + Catalog.quote(table.sqlName())
                + (table.primaryKey().isEmpty() ? "" : " order by " + table.primaryKey().stream()
                .map(Catalog::quote).collect(Collectors.joining(", ")));
        long rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
            while (rs.next()) {
                line.setLength(0);
                line.append('[');
                for (int i = 0; i < table.columns().size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    Values.write(line, rs, i + 1, table.columns().get(i));
                }
                out.append(line).append("]\n");
                rows++;
            }
        }
        return rows;
    }

    /** Reads a table file strictly: the header must name the table and exactly its columns and types. */
    static final class Reader implements AutoCloseable {
        private final java.io.Reader in;
        private final Catalog.Table table;
        private final Catalog.Column[] order;
        private long row;

        Reader(InputStream bytes, Catalog.Table table) throws IOException, Values.BadValue {
            this.in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            this.table = table;
            String header = line();
            if (header == null) {
                throw new Values.BadValue("no header");
            }
            this.order = header(header);
        }

        private Catalog.Column[] header(String line) throws Values.BadValue {
            Object parsed;
            try {
                parsed = JsonReader.parse(line, MAX_DEPTH);
            } catch (JsonReader.SyntaxException e) {
                throw new Values.BadValue("header: " + e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> map) || !map.keySet().equals(Set.of("table", "columns"))
                    || !table.name().equals(map.get("table")) || !(map.get("columns") instanceof List<?> cols)) {
                throw new Values.BadValue("header does not name " + table.name() + " and its columns");
            }
            List<Catalog.Column> result = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Object o : cols) {
                if (!(o instanceof Map<?, ?> c) || !c.keySet().equals(Set.of("name", "type"))
                        || !(c.get("name") instanceof String name) || !(c.get("type") instanceof String type)) {
                    throw new Values.BadValue("header column is not {name, type}");
                }
                Catalog.Column col = table.column(name);
                if (col == null || !seen.add(name)) {
                    throw new Values.BadValue("unknown or repeated column " + name);
                }
                if (col.type() != ColumnType.ofFileName(type)) {
                    throw new Values.BadValue(name + " is a " + col.type().fileName() + ", not " + type);
                }
                result.add(col);
            }
            if (result.size() != table.columns().size()) {
                throw new Values.BadValue("columns missing from " + table.name());
            }
            return result.toArray(new Catalog.Column[0]);
        }

        /** The next row in the catalog's column order, or null at the end. */
        Object[] next() throws IOException, Values.BadValue {
            String line = line();
            if (line == null) {
                return null;
            }
            row++;
            Object parsed;
            try {
                parsed = JsonReader.parse(line, MAX_DEPTH);
            } catch (JsonReader.SyntaxException e) {
                throw new Values.BadValue(e.getMessage());
            }
            if (!(parsed instanceof List<?> values) || values.size() != order.length) {
                throw new Values.BadValue("not an array of " + order.length + " values");
            }
            Object[] out = new Object[order.length];
            for (int i = 0; i < order.length; i++) {
                Object v = values.get(i);
                if (v instanceof List || v instanceof Map) {
                    throw new Values.BadValue(order[i].name() + " is not a scalar");
                }
                out[table.columns().indexOf(order[i])] = Values.convert(order[i], v);
            }
            return out;
        }

        /** Rows read so far: the number of the row a problem is in. */
        long row() {
            return row;
        }

        private String line() throws IOException, Values.BadValue {
            StringBuilder sb = new StringBuilder();
            int ch = in.read();
            if (ch < 0) {
                return null;
            }
            while (ch >= 0 && ch != '\n') {
                if (sb.length() >= MAX_LINE) {
                    throw new Values.BadValue("line longer than " + MAX_LINE);
                }
                sb.append((char) ch);
                ch = in.read();
            }
            int end = sb.length();
            if (end > 0 && sb.charAt(end - 1) == '\r') {
                sb.setLength(end - 1);
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
