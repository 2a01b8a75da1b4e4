package cn.huyang.app;

import cn.huyang.security.TextCipher;
import cn.huyang.access.Access;
import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditLog;
import cn.huyang.common.Messages;
import cn.huyang.db.Stamps;
import cn.huyang.db.Store;
import cn.huyang.db.Transactor;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * What every module builds on: the open store, the language, the clock, and the access of the
 * user working now (the guard its services ask and the audit log they write), and the office's text
 * cipher that seals student files and talk texts at rest (bound to table, column and record id).
 */
public record Kernel(Store store, Messages messages, Clock clock, Access access, TextCipher textCipher) {
    public AccessGuard guard() {
        return access.guard();
    }

    public AuditLog audit() {
        return access.audit();
    }

    public DSLContext dsl() {
        return store.dsl();
    }

    /** The stamps of travelling rows (issue 20), naming the account working now. */
    public Stamps stamps() {
        return new Stamps(clock, () -> access.guard().actor().userName());
    }

    public Transactor tx() {
        return store.transactor();
    }
}
