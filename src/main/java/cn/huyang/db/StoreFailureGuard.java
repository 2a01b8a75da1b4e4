package cn.huyang.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the database without a spin when its store failed while writing (a full disk, a vanished
 * drive). H2 2.x leaves a store that failed in the middle of a commit with a closed version counter:
 * the rollback that follows (jOOQ's, or the pool's when the connection is returned) loops for ever
 * in {@code MVStore.registerVersionUsage}. Before the rollback starts, this closes the database
 * immediately — nothing more is written, the file keeps its last committed state (every commit is
 * written through) — so the rollback fails at once with "database closed" and the failure reaches
 * the caller, who reports it.
 */
final class StoreFailureGuard implements TransactionListener {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFailureGuard.class);

    @Override
    public void rollbackStart(TransactionContext ctx) {
        Throwable cause = ctx.causeThrowable();
        if (!StoreFailure.isStoreFailure(cause)) {
            return;
        }
        LOG.error("The database store failed while writing; closing it without rollback", cause);
        Connection c = ctx.configuration().connectionProvider().acquire();
        closeImmediately(c);
        // Thrown here, it keeps jOOQ from the rollback (and its commit) on the failed session.
        throw new StoreFailedException(cause);
    }

    /** The store failed; the transaction's connection is left alone (it would spin), its database closed. */
    static final class StoreFailedException extends RuntimeException {
        StoreFailedException(Throwable cause) {
            super("The database store failed; closed without rollback", cause);
        }
    }

    /** Closes the H2 database behind a connection without writing anything more. */
    static void closeImmediately(Connection c) {
        try {
            if (c != null && c.isWrapperFor(JdbcConnection.class)
                    && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal s) {
                s.getDatabase().shutdownImmediately();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Closing the failed database reported: {}", e.toString());
        }
    }
}
