package cn.huyang.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Identity columns continue after the highest id written with an explicit value (a restore, a copy):
 * inserting explicit ids moves neither H2's identity nor PostgreSQL's sequence, and the next insert
 * without an id would collide. Each store has its own statement for it.
 */
final class Identities {
    private Identities() {
    }

    /** Sets every identity column of the catalog's tables to continue after its table's highest id (from 1 when empty). */
    static void restartAfterMax(Connection c, Catalog catalog) throws SQLException {
        boolean postgres = isPostgres(c);
        for (Catalog.Table t : catalog.tables()) {
            if (t.identity() == null) {
                continue;
            }
            if (postgres) {
                // the sequence's next value is max + 1; pg_get_serial_sequence reads its first argument as SQL
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select setval("
                        + "pg_get_serial_sequence('" + Catalog.quote(t.sqlName()).replace("'", "''") + "', '"
                        + t.identity().replace("'", "''") + "'), coalesce(max(" + Catalog.quote(t.identity())
                        + "), 0) + 1, false) from " + Catalog.quote(t.sqlName()))) {
                    rs.next();
                }
            } else {
                long next;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max("
                        + Catalog.quote(t.identity()) + "), 0) + 1 from " + Catalog.quote(t.sqlName()))) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement st = c.createStatement()) {
                    st.execute("alter table " + Catalog.quote(t.sqlName()) + " alter column "
                            + Catalog.quote(t.identity()) + " restart with " + next);
                }
            }
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
