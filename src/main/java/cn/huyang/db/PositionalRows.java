package cn.huyang.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;

/**
 * The fast way to read many rows: jOOQ renders the query (from the generated tables), plain JDBC
 * runs it, and each row is read from the result by column position, several times faster than
 * materialising jOOQ records. For the large reads only: a whole roster, a whole year's entries.
 */
public final class PositionalRows {

    /** Reads one row of the result, its columns in the order the query selects them. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PositionalRows() {
    }

    /** Every row of the query, in the query's order, each read by {@code row}. */
    public static <T> List<T> fetch(DSLContext dsl, ResultQuery<?> query, Row<T> row) {
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        return dsl.connectionResult(connection -> {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    st.setObject(i + 1, binds.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.read(rs));
                    }
                    return out;
                }
            }
        });
    }
}
