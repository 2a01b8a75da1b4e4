package cn.huyang.students;

import static cn.huyang.db.jooq.Tables.STUDENT;
import static cn.huyang.db.jooq.Tables.STUDENT_FILE_PART;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.StudentRecord;
import cn.huyang.roster.Gender;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The student list and the files' parts. Sealed columns are read and written as stored (the service seals). */
public class StudentRepository {
    private final DSLContext dsl;
    private final Stamps stamps;

    public StudentRepository(DSLContext dsl, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
    }

    /**
     * The students in a scope (department null: every department; counselor non-null: only that counselor's),
     * a class and a name containing the given texts (null: any), by class and student number.
     */
    public List<Student> find(Long departmentId, Long counselorId, String classPart, String namePart) {
        Condition c = DSL.noCondition();
        if (departmentId != null) {
            c = c.and(STUDENT.DEPARTMENT_ID.eq(departmentId));
        }
        if (counselorId != null) {
            c = c.and(STUDENT.COUNSELOR_ID.eq(counselorId));
        }
        if (classPart != null) {
            c = c.and(STUDENT.CLASS_NAME.contains(classPart));
        }
        if (namePart != null) {
            c = c.and(STUDENT.NAME.contains(namePart).or(STUDENT.STUDENT_NO.contains(namePart)));
        }
        return dsl.selectFrom(STUDENT).where(c).orderBy(STUDENT.CLASS_NAME, STUDENT.STUDENT_NO)
                .fetch(StudentRepository::toStudent);
    }

    public Optional<Student> find(long id) {
        return dsl.selectFrom(STUDENT).where(STUDENT.ID.eq(id)).fetchOptional(StudentRepository::toStudent);
    }

    public List<Student> find(Collection<Long> ids) {
        return dsl.selectFrom(STUDENT).where(STUDENT.ID.in(ids)).fetch(StudentRepository::toStudent);
    }

    public List<Student> all() {
        return dsl.selectFrom(STUDENT).orderBy(STUDENT.ID).fetch(StudentRepository::toStudent);
    }

    public Optional<Student> byNumber(String studentNo) {
        return dsl.selectFrom(STUDENT).where(STUDENT.STUDENT_NO.eq(studentNo))
                .fetchOptional(StudentRepository::toStudent);
    }

    public int count() {
        return dsl.fetchCount(STUDENT);
    }

    /** Inserts the student without its sealed texts (sealed after, with the id: {@link #setSealed}); its id. */
    public long insert(Student s, LocalDateTime now) {
        return dsl.insertInto(STUDENT)
                .set(STUDENT.STUDENT_NO, s.studentNo())
                .set(STUDENT.NAME, s.name())
                .set(STUDENT.GENDER, s.gender() == null ? null : s.gender().name())
                .set(STUDENT.ETHNICITY, s.ethnicity())
                .set(STUDENT.CLASS_NAME, s.className())
                .set(STUDENT.DEPARTMENT_ID, s.departmentId())
                .set(STUDENT.DORMITORY, s.dormitory())
                .set(STUDENT.COUNSELOR_ID, s.counselorId())
                .set(STUDENT.CREATED_AT, now)
                .set(STUDENT.UPDATED_AT, now)
                .set(stamps.insert(STUDENT))
                .returningResult(STUDENT.ID)
                .fetchOne(STUDENT.ID);
    }

    /** Completes an {@link #insert} in its transaction: the insert's stamps stand for both. */
    public void setSealed(long id, String phone, String parentContact) {
        dsl.update(STUDENT).set(STUDENT.PHONE, phone).set(STUDENT.PARENT_CONTACT, parentContact)
                .where(STUDENT.ID.eq(id)).execute();
    }

    /** Updates the student (its sealed texts as given) at the version read; false when it changed since. */
    public boolean update(Student s, LocalDateTime now) {
        return dsl.update(STUDENT)
                .set(STUDENT.STUDENT_NO, s.studentNo())
                .set(STUDENT.NAME, s.name())
                .set(STUDENT.GENDER, s.gender() == null ? null : s.gender().name())
                .set(STUDENT.ETHNICITY, s.ethnicity())
                .set(STUDENT.CLASS_NAME, s.className())
                .set(STUDENT.DEPARTMENT_ID, s.departmentId())
                .set(STUDENT.DORMITORY, s.dormitory())
                .set(STUDENT.PHONE, s.phone())
                .set(STUDENT.PARENT_CONTACT, s.parentContact())
                .set(STUDENT.COUNSELOR_ID, s.counselorId())
                .set(STUDENT.UPDATED_AT, now)
                .set(stamps.update(STUDENT))
                .where(STUDENT.ID.eq(s.id()))
                .and(STUDENT.ROW_VERSION.eq(s.version()))
                .execute() == 1;
    }

    /** The stored parts of a student's file (bodies sealed). */
    public List<FileSection> sections(long studentId) {
        return dsl.selectFrom(STUDENT_FILE_PART).where(STUDENT_FILE_PART.STUDENT_ID.eq(studentId))
                .fetch(r -> new FileSection(FilePart.valueOf(r.getPart()), r.getBody(), r.getUpdatedAt(),
                        r.getUpdatedBy(), r.getRowVersion()));
    }

    public boolean insertSection(long studentId, FilePart part, String sealedBody, LocalDateTime at, String by) {
        return dsl.insertInto(STUDENT_FILE_PART)
                .set(STUDENT_FILE_PART.STUDENT_ID, studentId)
                .set(STUDENT_FILE_PART.PART, part.name())
                .set(STUDENT_FILE_PART.BODY, sealedBody)
                .set(STUDENT_FILE_PART.UPDATED_AT, at)
                .set(STUDENT_FILE_PART.UPDATED_BY, by)
                .set(STUDENT_FILE_PART.ROW_VERSION, 1)
                .set(stamps.insert(STUDENT_FILE_PART))
                .onConflict(STUDENT_FILE_PART.STUDENT_ID, STUDENT_FILE_PART.PART).doNothing()
                .execute() == 1;
    }

    public boolean updateSection(long studentId, FilePart part, String sealedBody, LocalDateTime at, String by,
                                 int version) {
        return dsl.update(STUDENT_FILE_PART)
                .set(STUDENT_FILE_PART.BODY, sealedBody)
                .set(STUDENT_FILE_PART.UPDATED_AT, at)
                .set(STUDENT_FILE_PART.UPDATED_BY, by)
                .set(stamps.update(STUDENT_FILE_PART))
                .where(STUDENT_FILE_PART.STUDENT_ID.eq(studentId))
                .and(STUDENT_FILE_PART.PART.eq(part.name()))
                .and(STUDENT_FILE_PART.ROW_VERSION.eq(version))
                .execute() == 1;
    }

    private static Student toStudent(StudentRecord r) {
        return new Student(r.getId(), r.getStudentNo(), r.getName(),
                r.getGender() == null ? null : Gender.valueOf(r.getGender()), r.getEthnicity(), r.getClassName(),
                r.getDepartmentId(), r.getDormitory(), r.getPhone(), r.getParentContact(), r.getCounselorId(),
                r.getRowVersion());
    }
}
