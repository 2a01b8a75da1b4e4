package cn.huyang.students;

import java.time.LocalDate;

/**
 * A student under special attention (一人一档): category, level (1 一级 weekly, 2 二级 fortnightly, 3 三级
 * monthly contact), reason and measures (sealed at rest), the responsible counselor, since when, and the
 * release (date and reason). A draft has id null and version 0.
 */
public record Attention(Long id, long studentId, AttentionCategory category, int level, String reason,
                        String measures, Long counselorId, LocalDate startedOn, AttentionStatus status,
                        LocalDate releasedOn, String releaseReason, int version) {

    public boolean active() {
        return status == AttentionStatus.ACTIVE;
    }

    /** What the audit log may hold: the sealed texts only as "***". */
    Attention forAudit() {
        return new Attention(id, studentId, category, level, reason == null ? null : "***",
                measures == null ? null : "***", counselorId, startedOn, status, releasedOn,
                releaseReason == null ? null : "***", version);
    }
}
