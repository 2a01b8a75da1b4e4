package cn.huyang.worklog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A work record (谈心谈话, 听课, 走访宿舍, 主题班会 / 年级大会) of one counselor. {@code id} is null until
 * stored; {@code version} the stored row's version (0 for a draft). {@code details} are the kind's
 * fields ({@link RecordKind#fields()}), sealed at rest with {@code students}' names; the rest is plain.
 */
public record WorkRecord(Long id, long counselorId, RecordKind kind, LocalDate date, LocalTime time, String place,
                         String className, String category, LocalDate followUpOn, boolean followUpDone,
                         boolean confidential, Map<String, String> details, List<StudentRef> students, int version) {
    public WorkRecord {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
        students = students == null ? List.of() : List.copyOf(students);
    }

    public String detail(String field) {
        return details.get(field);
    }

    public WorkRecord withId(long newId, int newVersion) {
        return new WorkRecord(newId, counselorId, kind, date, time, place, className, category, followUpOn,
                followUpDone, confidential, details, students, newVersion);
    }

    /** The same record without its texts (what a role that reads counts only may see, and what is audited). */
    public Plain plain() {
        return new Plain(id, counselorId, kind, date, time, place, className, category, followUpOn, followUpDone,
                confidential, students.size());
    }

    /** The fields that are not sealed: the audit diffs these (texts changed are noted as "正文已修改"). */
    public record Plain(Long id, long counselorId, RecordKind kind, LocalDate date, LocalTime time, String place,
                        String className, String category, LocalDate followUpOn, boolean followUpDone,
                        boolean confidential, int studentsCount) {
    }
}
