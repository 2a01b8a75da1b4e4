package cn.huyang.app;

import cn.huyang.students.StudentContact;
import cn.huyang.students.StudentContacts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The student files' contacts, from the work records: the last day a work record named each student
 * (for the attention list and ATTENTION_OVERDUE) and the records naming one student (a file's
 * timeline, as far as the user may read their texts). Asked when used: the work records start first.
 */
final class WorkContacts implements StudentContacts {
    private final WorklogModule worklog;

    WorkContacts(WorklogModule worklog) {
        this.worklog = worklog;
    }

    @Override
    public Map<Long, LocalDate> lastContacts(Collection<Long> studentIds) {
        return studentIds.isEmpty() ? Map.of() : worklog.records().lastContactDates(studentIds);
    }

    @Override
    public List<StudentContact> contacts(long studentId) {
        return worklog.records().contactsOf(studentId).stream()
                .map(c -> new StudentContact(c.date(), c.kindLabel(), c.summary())).toList();
    }
}
