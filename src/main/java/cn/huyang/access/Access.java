package cn.huyang.access;

import cn.huyang.db.Transactor;
import java.time.Clock;

/**
 * What every service that writes gets: the guard it asks before writing, exporting or showing a
 * full ID number, and the audit log it writes in the same transaction.
 */
public record Access(AccessGuard guard, AuditLog audit) {
    public static Access of(Session session, AuditRepository repository, Transactor tx, Clock clock) {
        AccessGuard guard = new AccessGuard(session);
        return new Access(guard, new AuditLog(guard, repository, tx, clock));
    }

    public Actor actor() {
        return guard.actor();
    }
}
