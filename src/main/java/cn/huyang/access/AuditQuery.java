package cn.huyang.access;

import java.time.LocalDate;

/** What the 操作日志 screen and {@code audit} ask for: every field may be null (no filter). */
public record AuditQuery(String userName, LocalDate from, LocalDate to, String entity, String action, int limit) {
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 10_000);
    }

    public AuditQuery since(LocalDate date) {
        return new AuditQuery(userName, date, to, entity, action, limit);
    }

    public AuditQuery byUser(String name) {
        return new AuditQuery(name, from, to, entity, action, limit);
    }
}
