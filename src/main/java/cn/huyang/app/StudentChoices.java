package cn.huyang.app;

import cn.huyang.worklog.StudentChoice;
import cn.huyang.worklog.StudentDirectory;
import java.util.List;

/**
 * The work records' student list, from the student files: a counselor's students as far as the user reaches
 * them. Asked when used: the student files start after the work records.
 */
final class StudentChoices implements StudentDirectory {
    private final StudentsModule students;

    StudentChoices(StudentsModule students) {
        this.students = students;
    }

    @Override
    public List<StudentChoice> studentsOf(long counselorId) {
        return students.students().ofCounselor(counselorId).stream()
                .map(s -> new StudentChoice(s.id(), s.studentNo(), s.name(), s.className())).toList();
    }
}
