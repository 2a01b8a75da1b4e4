package cn.huyang.access;

import static cn.huyang.access.RightsMatrixTest.c;
import static cn.huyang.access.RightsMatrixTest.college;
import static cn.huyang.access.RightsMatrixTest.f;
import static cn.huyang.access.RightsMatrixTest.ownDepartment;

import cn.huyang.access.RightsMatrixTest.Case;
import cn.huyang.app.AppContext;
import cn.huyang.app.StudentsModule;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Gender;
import cn.huyang.students.StudentService;
import cn.huyang.students.Student;
import java.util.List;
import java.util.function.Predicate;

/**
 * The matrix's steps on the daily work (issue 17): students and their files. A counselor's account
 * (a1's) reaches its own students only; a department's user its department's; 学工部 everyone's.
 */
final class RightsWorkCases {
    private RightsWorkCases() {
    }

    /** Department A's data that is not the counselor's own: a role reaching the department or all. */
    static Predicate<Role> departmentWide(Operation op) {
        return r -> Permissions.reach(r, op) == Reach.OWN_DEPARTMENT || Permissions.reach(r, op) == Reach.ALL;
    }

    static List<Case> cases() {
        return List.of(
                c("add a student of one's own", ownDepartment(Operation.STUDENTS_EDIT), r -> students(r.user())
                        .save(student("2025010199", "新生甲", f.deptA, f.a1)), "CREATE student"),
                c("add a student of another counselor of the department", departmentWide(Operation.STUDENTS_EDIT),
                        r -> students(r.user()).save(student("2025010198", "新生乙", f.deptA, f.a2)), "CREATE student"),
                c("add a student of another department", college(Operation.STUDENTS_EDIT), r -> students(r.user())
                        .save(student("2025020199", "新生丙", f.deptB, f.b1)), "CREATE student"),
                c("open one's own student's file", ownDepartment(Operation.STUDENT_FILES),
                        r -> students(r.user()).openFile(f.studentA1), "VIEW_FILE student"),
                c("open the file of another counselor's student", departmentWide(Operation.STUDENT_FILES),
                        r -> students(r.user()).openFile(f.studentA2), "VIEW_FILE student"),
                c("open the file of another department's student", college(Operation.STUDENT_FILES),
                        r -> students(r.user()).openFile(f.studentB1), "VIEW_FILE student"));
    }

    static Student student(String no, String name, long departmentId, Counselor counselor) {
        return new Student(null, no, name, Gender.FEMALE, "汉族", "计算机2501班", departmentId, "1号楼101", null, null,
                counselor.id(), 0);
    }

    private static StudentService students(AppContext ctx) {
        return StudentsModule.of(ctx).students();
    }
}
