package cn.huyang.students;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which the student files learn of contacts with students (谈心, 走访宿舍, notes): the work
 * records implement it. {@link #NONE} knows of no contact.
 */
public interface StudentContacts {
    /** The day of the last contact with each of these students that had one. */
    Map<Long, LocalDate> lastContacts(Collection<Long> studentIds);

    /** Every contact with the student, newest first. */
    List<StudentContact> contacts(long studentId);

    StudentContacts NONE = new StudentContacts() {
        @Override
        public Map<Long, LocalDate> lastContacts(Collection<Long> studentIds) {
            return Map.of();
        }

        @Override
        public List<StudentContact> contacts(long studentId) {
            return List.of();
        }
    };
}
