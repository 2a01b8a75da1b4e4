package cn.huyang.db;

import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Runs a service's steps in one transaction: every repository call inside uses the same
 * thread-bound connection, and a failure rolls all of them back.
 */
public final class Transactor {
    private final DSLContext dsl;

    public Transactor(DSLContext dsl) {
        this.dsl = dsl;
    }

    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    public void inTransaction(Runnable work) {
        dsl.transaction(work::run);
    }
}
