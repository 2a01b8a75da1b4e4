package cn.huyang.worklog;

import java.util.List;

/**
 * The student list as the work records see it (the student files feature provides it; the composition root
 * wires it in): the students a counselor is responsible for, as far as the user reaches them.
 * {@link #NONE} knows no students: every name is then typed.
 */
@FunctionalInterface
public interface StudentDirectory {
    StudentDirectory NONE = counselorId -> List.of();

    /** The counselor's students the user may reach, by class and name. */
    List<StudentChoice> studentsOf(long counselorId);
}
