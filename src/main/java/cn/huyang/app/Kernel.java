package cn.huyang.app;

import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.Transactor;
import java.time.Clock;
import org.jooq.DSLContext;

/** What every module builds on: the open store, the language and the clock. */
public record Kernel(Store store, Messages messages, Clock clock) {
    public DSLContext dsl() {
        return store.dsl();
    }

    public Transactor tx() {
        return store.transactor();
    }
}
