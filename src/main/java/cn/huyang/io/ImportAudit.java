package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every import asks and leaves behind: the right to import before the backup and the writes,
 * and one audit row with the counts, written in the import's transaction (the rows the services
 * would write for each counselor, training or score are left out: the import is one step).
 */
final class ImportAudit {
    private ImportAudit() {
    }

    /** Refuses before anything (the backup included) is written unless the user may import. */
    static void require(Access access) {
        access.guard().requireSome(Operation.IMPORT);
    }

    /** Runs the import's writes inside its transaction, then writes its one row with the counts. */
    static <T> T asOne(Access access, String kind, Supplier<T> writes, java.util.function.Function<T, Map<String, ?>> counts) {
        T done = access.audit().asOne(writes);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.putAll(counts.apply(done));
        access.audit().record(AuditAction.IMPORT, kind, null, details);
        return done;
    }
}
