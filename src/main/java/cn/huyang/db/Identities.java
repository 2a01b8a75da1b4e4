package cn.huyang.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Identity columns continue after the highest id written with an explicit value (a restore, a copy):
 * inserting explicit ids moves neither H2's identity nor PostgreSQL's sequence, and the next insert
 * without an id would collide. Each store has its own statement for it. The same for the sequence
 * {@code change_seq} (schema 19 on): it continues above the highest change_seq of any table.
 */
final class Identities {
    private Identities() {
    }

    /** Sets every identity column of the catalog's tables to continue after its table's highest id (from 1 when empty). */
    static void restartAfterMax(Connection c, Catalog catalog) throws SQLException {
        boolean postgres = isPostgres(c);
        restartChangeSeq(c, catalog, postgres);
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

    /** Sets the sequence change_seq to continue above every table's highest change_seq; nothing before schema 19. */
    private static void restartChangeSeq(Connection c, Catalog catalog, boolean postgres) throws SQLException {
        long max = 0;
        boolean any = false;
        for (Catalog.Table t : catalog.tables()) {
            Catalog.Column col = t.column(Stamps.CHANGE_SEQ_NAME);
            if (col == null) {
                continue;
            }
            any = true;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max("
                    + Catalog.quote(col.sqlName()) + "), 0) from " + Catalog.quote(t.sqlName()))) {
                rs.next();
                max = Math.max(max, rs.getLong(1));
            }
        }
        if (!any) {
            return;
        }
        try (Statement st = c.createStatement()) {
            if (postgres) {
                st.executeQuery("select setval('change_seq', " + (max + 1) + ", false)").close();
            } else {
                st.execute("alter sequence change_seq restart with " + (max + 1));
            }
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
}
