package cn.huyang.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2's sequences (the sequence {@code change_seq} and every identity column's) keep 32 values in hand;
 * each time those run out, H2 records the sequence's new bound and commits it at once, and with
 * {@code WRITE_DELAY=0} that commit writes the whole store: every changed page of an open transaction,
 * every 32 rows. A bulk insert (the demo data: 560,000 training records at 10,000 counselors) spent half
 * its time there. While such work runs the sequences here keep {@value #BULK_CACHE} values in hand, and
 * get their own sizes back after it, committed or not.
 *
 * <p>Nothing of durability changes: a value is handed out only below the bound H2 has written, so a
 * killed program never hands one out twice; it skips the rest of the range, as it skips the rest of 32
 * now (ids and change_seq promise order, not gaplessness: {@code docs/identity.md}). On PostgreSQL, and
 * inside a transaction (H2 commits at every change of a sequence), the work just runs.
 */
final class BulkSequences {
    static final int BULK_CACHE = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(BulkSequences.class);

    private BulkSequences() {
    }

    /** One sequence as found: the statement that sets its cache, without the number, and its own cache. */
    private record Cached(String alter, long cache) {
    }

    static <T> T widened(DSLContext dsl, Supplier<T> work) {
        if (dsl.dialect().family() != SQLDialect.H2 || Transactor.active()) {
            return work.get();
        }
        List<Cached> found = dsl.connectionResult(BulkSequences::find);
        dsl.connection(c -> set(c, found, true));
        try {
            return work.get();
        } finally {
            try {
                dsl.connection(c -> set(c, found, false));
            } catch (RuntimeException e) {
                // the work's own outcome stands; a larger cache only leaves larger gaps after a kill
                LOG.warn("Giving the sequences their caches back failed: {}", e.toString());
            }
        }
    }

    private static List<Cached> find(Connection c) throws SQLException {
        List<Cached> out = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select sequence_schema, sequence_name, cache from information_schema.sequences"
                    + " where sequence_schema = current_schema")) {
                while (rs.next()) {
                    out.add(new Cached("alter sequence " + Catalog.quote(rs.getString(1)) + "." + Catalog.quote(rs.getString(2))
                            + " cache ", rs.getLong(3)));
                }
            }
            try (ResultSet rs = st.executeQuery("select table_schema, table_name, column_name, identity_cache"
                    + " from information_schema.columns where is_identity = 'YES' and table_schema = current_schema")) {
                while (rs.next()) {
                    out.add(new Cached("alter table " + Catalog.quote(rs.getString(1)) + "." + Catalog.quote(rs.getString(2))
                            + " alter column " + Catalog.quote(rs.getString(3)) + " set cache ", rs.getLong(4)));
                }
            }
        }
        return out;
    }

    private static void set(Connection c, List<Cached> sequences, boolean bulk) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Cached s : sequences) {
                long cache = bulk ? Math.max(BULK_CACHE, s.cache()) : s.cache();
                st.execute(s.alter() + cache);
            }
        }
    }
}
