package cn.huyang.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Copies every table's rows from one database into another of the same schema version, whichever
 * stores they are: tables and columns are matched by their names in the Flyway scripts (each store
 * spells them in its own case), values go through the same typed reads and binds as a backup's, rows
 * are inserted parents first in batches. The caller owns both transactions.
 */
final class TableCopy {
    private static final int BATCH = 1000;

    private TableCopy() {
    }

    /** Copies the rows of every table of {@code target} from {@code source}; returns the rows copied per upper-case table name. */
    static Map<String, Long> copy(Connection from, Catalog source, Connection to, Catalog target) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        if (source.tables().size() != target.tables().size()) {
            throw new IllegalStateException("Different tables: " + names(source) + " and " + names(target));
        }
        for (Catalog.Table t : target.tables()) {
            Catalog.Table s = source.table(t.name());
            List<Catalog.Column> read = new ArrayList<>();
            for (Catalog.Column col : t.columns()) {
                Catalog.Column c = s == null ? null : s.column(col.name());
                if (c == null || c.type() != col.type()) {
                    throw new IllegalStateException("No column " + t.name() + "." + col.name() + " of type "
                            + col.type().fileName() + " in the source");
                }
                read.add(c);
            }
            if (s.columns().size() != t.columns().size()) {
                throw new IllegalStateException("Different columns in " + t.name());
            }
            counts.put(t.name().toUpperCase(Locale.ROOT), copy(from, s, read, to, t));
        }
        return counts;
    }

    private static long copy(Connection from, Catalog.Table s, List<Catalog.Column> read, Connection to,
                             Catalog.Table t) throws SQLException {
        String select = "select " + read.stream().map(c -> Catalog.quote(c.sqlName())).collect(Collectors.joining(", "))
                + " from " + Catalog.quote(s.sqlName());
        String insert = "insert into " + Catalog.quote(t.sqlName()) + " ("
                + t.columns().stream().map(c -> Catalog.quote(c.sqlName())).collect(Collectors.joining(", "))
                + ") values (" + t.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        try (Statement st = from.createStatement(); PreparedStatement ps = to.prepareStatement(insert)) {
            st.setFetchSize(BATCH);
            ResultSet rs = st.executeQuery(select);
            while (rs.next()) {
                for (int i = 0; i < read.size(); i++) {
                    Values.bind(ps, i + 1, t.columns().get(i), Values.read(rs, i + 1, read.get(i)));
                }
                ps.addBatch();
                if (++rows % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            if (rows % BATCH != 0) {
                ps.executeBatch();
            }
        }
        return rows;
    }

    private static List<String> names(Catalog c) {
        return c.tables().stream().map(Catalog.Table::name).toList();
    }
}
