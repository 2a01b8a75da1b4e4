package cn.huyang.worklog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counselor's 工作周记 of one week (from its Monday): an entry per duty of 三(一)2 ({@code duty1} …
 * {@code duty11}), the students' situation, problems to report to the department, plans — sealed at rest;
 * submitted to the department, which marks it read with a comment.
 */
public record Journal(Long id, long counselorId, LocalDate weekStart, Map<String, String> entries,
                      LocalDateTime submittedAt, LocalDateTime reviewedAt, String reviewedBy, String reviewComment,
                      int version) {
    /** The entries' keys, in the form's order (labels {@code worklog.journal.<key>}). */
    public static final List<String> KEYS = List.of("duty1", "duty2", "duty3", "duty4", "duty5", "duty6", "duty7",
            "duty8", "duty9", "duty10", "duty11", "students", "problems", "plans");

    public Journal {
        entries = entries == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /** What the audit diffs: everything but the sealed entries. */
    public Plain plain() {
        return new Plain(id, counselorId, weekStart, submittedAt, reviewedAt, reviewedBy, reviewComment);
    }

    public record Plain(Long id, long counselorId, LocalDate weekStart, LocalDateTime submittedAt,
                        LocalDateTime reviewedAt, String reviewedBy, String reviewComment) {
    }
}
