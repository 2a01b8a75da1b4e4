package cn.huyang.app;

import cn.huyang.access.Access;
import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditLog;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.Transactor;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * What every module builds on: the open store, the language, the clock, and the access of the
 * user working now (the guard its services ask and the audit log they write).
 */
public record Kernel(Store store, Messages messages, Clock clock, Access access) {
    public AccessGuard guard() {
        return access.guard();
    }

    public AuditLog audit() {
        return access.audit();
    }

    public DSLContext dsl() {
        return store.dsl();
    }

    public Transactor tx() {
        return store.transactor();
    }
}
