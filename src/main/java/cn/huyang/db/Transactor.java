package cn.huyang.db;

import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Runs a service's steps in one transaction: every repository call inside uses the same
 * thread-bound connection, and a failure rolls all of them back.
 */
public final class Transactor {
    /** How deep the current thread is in transactions: the store is written after the outermost commit. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final DSLContext dsl;
    private final Runnable afterCommit;

    public Transactor(DSLContext dsl) {
        this(dsl, () -> { });
    }

    /** @param afterCommit what makes a commit durable in this store, run after each outermost commit */
    public Transactor(DSLContext dsl, Runnable afterCommit) {
        this.dsl = dsl;
        this.afterCommit = afterCommit;
    }

    /** Whether the current thread is inside a transaction (its reads see its own uncommitted writes). */
    public static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    public <T> T inTransaction(Supplier<T> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        T result;
        try {
            result = dsl.transactionResult(work::get);
        } finally {
            depth[0]--;
        }
        if (depth[0] == 0) {
            afterCommit.run();
        }
        return result;
    }

    /**
     * {@link #inTransaction(Supplier)} for work that inserts very many rows (the demo data, a large import):
     * on H2, when no transaction is open yet, the store is set up for it while it runs ({@link BulkFill}: large
     * sequence caches, writing in the background) and set back after it; then the store is written once more, so
     * the commit is on the file when this returns, as after any transaction.
     */
    public <T> T inBulkTransaction(Supplier<T> work) {
        boolean outermost = !active();
        T result = BulkFill.run(dsl, () -> inTransaction(work));
        if (outermost) {
            afterCommit.run();
        }
        return result;
    }

    /**
     * The rows from which one write is a bulk one: an import of a roster, a ledger or a student list. Below,
     * setting H2 up for it and back (about 15 ms warm) costs more than the sequences' commits it spares.
     */
    public static final int BULK_ROWS = 500;

    /**
     * {@link #inTransaction(Supplier)} for work that writes about {@code rows} rows, in a
     * {@link #inBulkTransaction(Supplier) bulk transaction} from {@link #BULK_ROWS} on. A 10,000-row roster
     * import commits its sequences' bounds, and with them every page it has changed, every 32 rows otherwise.
     */
    public <T> T inTransactionWriting(int rows, Supplier<T> work) {
        return rows >= BULK_ROWS ? inBulkTransaction(work) : inTransaction(work);
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
