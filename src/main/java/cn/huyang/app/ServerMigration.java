package cn.huyang.app;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditRepository;
import cn.huyang.access.Operation;
import cn.huyang.access.Session;
import cn.huyang.common.Progress;
import cn.huyang.db.ServerStore;
import cn.huyang.db.StoreCopy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves an office onto the shared server: every row of this PC's data folder — counselors, their
 * histories, accounts with their password hashes, the audit log — copied to an empty server database
 * with ids kept, checked table by table (rows and checksum) before it commits. Only an administrator
 * may; the server's audit log records the copy in the same transaction. The folder is only read.
 */
public final class ServerMigration {
    private ServerMigration() {
    }

    /**
     * @throws cn.huyang.access.NotPermittedException unless the local user may restore (an administrator)
     * @throws StoreCopy.TargetNotEmptyException      when the server database holds data already
     * @throws StoreCopy.CopyMismatchException        when the copy's figures differ; nothing is written
     */
    public static StoreCopy.Result run(AppContext local, ServerStore server, Progress progress) {
        local.access().guard().require(Operation.RESTORE);
        Access there = Access.of(new Session(local.access().actor()), new AuditRepository(server.dsl()),
                server.transactor(), local.clock());
        return StoreCopy.copy(local.store(), server, progress, () -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("from", local.store().location());
            there.audit().record(AuditAction.MIGRATE, "database", server.location(), details);
        });
    }
}
