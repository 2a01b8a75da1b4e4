package cn.huyang.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 set up for one transaction that inserts very many rows (the demo data: 560,000 training records
 * at 10,000 counselors), and set back after it, committed or not. Two settings, each of which cost the
 * demo much of its time:
 *
 * <ul>
 * <li><b>Sequences keep {@value #BULK_CACHE} values in hand</b> (the sequence {@code change_seq} and every
 *     identity column's), not 32. Each time those run out, H2 records the sequence's new bound and commits
 *     it at once, and with {@code WRITE_DELAY=0} that commit writes the whole store, every changed page of
 *     the open transaction: every 32 rows, half the demo's time and a 4.4 GB file. A value is still handed
 *     out only below a bound H2 has written, so a killed program never hands one out twice; it skips the
 *     rest of the range, as it skips the rest of 32 now (ids and change_seq promise order, not
 *     gaplessness: {@code docs/identity.md}).</li>
 * <li><b>The store is written in the background</b> ({@value #BACKGROUND_MS} ms of H2's write delay): the
 *     pages the transaction changes are serialised, encrypted and written by H2's own threads while it
 *     goes on, not on its own thread whenever 19 MB of them have piled up. Nothing of durability changes:
 *     the transaction's commit is written before the work returns (the delay is set back to 0 first, which
 *     waits for H2's threads, then the store is written), and a commit of another thread meanwhile still
 *     waits for the write that holds it ({@code H2Store.storeNow}).</li>
 * </ul>
 *
 * <p>On PostgreSQL, and inside a transaction (changing a sequence commits it), the work just runs.
 */
final class BulkFill {
    static final int BULK_CACHE = 100_000;
    static final int BACKGROUND_MS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(BulkFill.class);

    private BulkFill() {
    }

    /** One sequence as found: the statement that sets its cache, without the number, and its own cache. */
    private record Cached(String alter, long cache) {
    }

    /** Runs the work with the settings of a bulk fill, set back after it. */
    static <T> T run(DSLContext dsl, Supplier<T> work) {
        if (dsl.dialect().family() != SQLDialect.H2 || Transactor.active()) {
            return work.get();
        }
        List<Cached> found = dsl.connectionResult(BulkFill::find);
        dsl.connection(c -> set(c, found, true));
        boolean background = dsl.connectionResult(c -> background(c, true));
        try {
            return work.get();
        } finally {
            try {
                if (background) {
                    dsl.connection(c -> background(c, false));
                }
                dsl.connection(c -> set(c, found, false));
            } catch (RuntimeException e) {
                // the work's own outcome stands: its commit was written (Transactor) or it rolled back
                LOG.warn("Setting H2 back after a bulk fill failed: {}", e.toString());
            }
        }
    }

    /**
     * Switches H2's background writing on (from a write delay of 0 only) or back off: off waits for the
     * background threads, whose last writes are then on the file. Not stored in the database.
     */
    private static boolean background(Connection c, boolean on) throws SQLException {
        MVStore store = H2Store.mvStore(c);
        if (store == null || on && store.getAutoCommitDelay() != 0) {
            return false;
        }
        store.setAutoCommitDelay(on ? BACKGROUND_MS : 0);
        return true;
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
