package cn.huyang.access;

import java.time.LocalDateTime;

/**
 * One row of the audit log: when, who (name and role at the time), the action, what it touched
 * (entity and id) and the details — changed fields before → after, sensitive ones masked.
 */
public record AuditEntry(long id, LocalDateTime at, String userName, Role role, String action, String entity,
                         String entityId, String details) {
}
