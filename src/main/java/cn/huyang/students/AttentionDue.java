package cn.huyang.students;

import java.time.LocalDate;

/**
 * An active attention with when its next contact is due: the student (no contacts), the responsible
 * counselor's name, the last contact since it started (null: none), the days allowed, the due day, and
 * whether it is overdue today.
 */
public record AttentionDue(Attention attention, Student student, String department, String counselor,
                           LocalDate lastContact, int days, LocalDate dueOn, boolean overdue) {
}
