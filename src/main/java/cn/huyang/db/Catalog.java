package cn.huyang.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tables and columns of a schema version, read from a database the program's own Flyway scripts
 * made: what a backup may hold. Tables come parents first (by their foreign keys), the order rows are
 * loaded in. Names are lower case, as the Flyway scripts write them; {@link Table#sqlName()} is how
 * the database spells them.
 */
record Catalog(String version, List<Table> tables) {
    private static final Map<String, Catalog> BY_VERSION = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Long>> SEEDED = new ConcurrentHashMap<>();
    private static final AtomicLong SCRATCH = new AtomicLong();

    record Column(String name, String sqlName, ColumnType type, Long length, int precision, int scale,
                  boolean nullable) {
    }

    record Table(String name, String sqlName, List<Column> columns, List<String> primaryKey, String identity) {
        Column column(String columnName) {
            for (Column c : columns) {
                if (c.name().equals(columnName)) {
                    return c;
                }
            }
            return null;
        }
    }

    Table table(String name) {
        for (Table t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }

    /** The catalog of a shipped schema version, from an in-memory database migrated to exactly it. */
    static Catalog forVersion(String version) {
        return BY_VERSION.computeIfAbsent(version, v -> {
            String url = "jdbc:h2:mem:huyang-catalog-" + SCRATCH.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(url, H2Store.USER, "")) {
                Migrations.flyway(url, H2Store.USER, "").target(v).load().migrate();
                Catalog catalog = read(c, v);
                SEEDED.put(v, BackupFile.tableCounts(c));
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
                return catalog;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the schema of version " + v, e);
            }
        });
    }

    /**
     * The rows each table holds in a new database of a shipped version, by upper-case table name:
     * what its migrations seed (the policy parameters' defaults), nothing a user entered.
     */
    static Map<String, Long> seeded(String version) {
        forVersion(version);
        return SEEDED.get(version);
    }

    /**
     * The catalog of the database behind the connection, in its current schema (H2's {@code PUBLIC},
     * PostgreSQL's {@code public} or whatever its search path names first); Flyway's history left out.
     */
    static Catalog read(Connection c, String version) throws SQLException {
        // tables in the same order whichever case the store spells them in
        Map<String, List<Column>> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> identity = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String schema = c.getSchema();
        try (PreparedStatement st = c.prepareStatement(
                "select c.table_name, c.column_name, c.data_type, c.character_maximum_length,"
                        + " c.numeric_precision, c.numeric_scale, c.is_nullable, c.is_identity"
                        + " from information_schema.columns c join information_schema.tables t"
                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                        + " where c.table_schema = ? and t.table_type = 'BASE TABLE'"
                        + " order by c.table_name, c.ordinal_position")) {
            st.setString(1, schema);
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                String table = rs.getString(1);
                if (BackupFile.HISTORY.equalsIgnoreCase(table)) {
                    continue;
                }
                long length = rs.getLong(4);
                Long max = rs.wasNull() ? null : length;
                Column col = new Column(lower(rs.getString(2)), rs.getString(2), ColumnType.ofSql(rs.getString(3)),
                        max, rs.getInt(5), rs.getInt(6), "YES".equals(rs.getString(7)));
                columns.computeIfAbsent(table, t -> new ArrayList<>()).add(col);
                if ("YES".equals(rs.getString(8))) {
                    identity.put(table, rs.getString(2));
                }
            }
        }
        DatabaseMetaData md = c.getMetaData();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        Map<String, List<String>> keys = new TreeMap<>();
        for (String table : columns.keySet()) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(table, p);
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
                while (rs.next()) {
                    pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
            keys.put(table, List.copyOf(pk.values()));
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < columns.size()) {
            boolean progress = false;
            for (String table : columns.keySet()) {
                if (!done.contains(table) && done.containsAll(parents.get(table))) {
                    done.add(table);
                    ordered.add(new Table(lower(table), table, List.copyOf(columns.get(table)), keys.get(table),
                            identity.get(table)));
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("Foreign keys form a cycle among " + columns.keySet());
            }
        }
        return new Catalog(version, List.copyOf(ordered));
    }

    static String lower(String sqlName) {
        return sqlName.toLowerCase(Locale.ROOT);
    }

    /** A double-quoted SQL identifier. */
    static String quote(String sqlName) {
        return "\"" + sqlName.replace("\"", "\"\"") + "\"";
    }
}
