package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static cn.huyang.db.jooq.Tables.DEPARTMENT_ENROLMENT;

import cn.huyang.db.jooq.DepartmentRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Departments and their enrolled students per year. */
public class DepartmentRepository {
    private final DSLContext dsl;

    public DepartmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Department> findAll() {
        return dsl.selectFrom(DEPARTMENT)
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE)
                .fetch(DepartmentRepository::toDepartment);
    }

    public Optional<Department> findByName(String name) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.NAME.eq(name)).fetchOptional(DepartmentRepository::toDepartment);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.CODE.eq(code)
                .and(exceptId == null ? DEPARTMENT.ID.isNotNull() : DEPARTMENT.ID.ne(exceptId)));
    }

    public boolean nameTaken(String name, Long exceptId) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.NAME.eq(name)
                .and(exceptId == null ? DEPARTMENT.ID.isNotNull() : DEPARTMENT.ID.ne(exceptId)));
    }

    public long insert(Department d) {
        return dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.CODE, d.code())
                .set(DEPARTMENT.NAME, d.name())
                .set(DEPARTMENT.SORT_ORDER, d.sortOrder())
                .set(DEPARTMENT.ACTIVE, d.active())
                .returningResult(DEPARTMENT.ID)
                .fetchOne(DEPARTMENT.ID);
    }

    public void update(Department d) {
        dsl.update(DEPARTMENT)
                .set(DEPARTMENT.CODE, d.code())
                .set(DEPARTMENT.NAME, d.name())
                .set(DEPARTMENT.SORT_ORDER, d.sortOrder())
                .set(DEPARTMENT.ACTIVE, d.active())
                .where(DEPARTMENT.ID.eq(d.id()))
                .execute();
    }

    /** Enrolled students per department id for a year; departments without a figure are absent. */
    public Map<Long, Integer> enrolment(int year) {
        return dsl.select(DEPARTMENT_ENROLMENT.DEPARTMENT_ID, DEPARTMENT_ENROLMENT.STUDENTS)
                .from(DEPARTMENT_ENROLMENT)
                .where(DEPARTMENT_ENROLMENT.ENROL_YEAR.eq(year))
                .fetchMap(DEPARTMENT_ENROLMENT.DEPARTMENT_ID, DEPARTMENT_ENROLMENT.STUDENTS);
    }

    public void setEnrolment(long departmentId, int year, int students) {
        dsl.insertInto(DEPARTMENT_ENROLMENT)
                .set(DEPARTMENT_ENROLMENT.DEPARTMENT_ID, departmentId)
                .set(DEPARTMENT_ENROLMENT.ENROL_YEAR, year)
                .set(DEPARTMENT_ENROLMENT.STUDENTS, students)
                .onConflict(DEPARTMENT_ENROLMENT.DEPARTMENT_ID, DEPARTMENT_ENROLMENT.ENROL_YEAR)
                .doUpdate()
                .set(DEPARTMENT_ENROLMENT.STUDENTS, students)
                .execute();
    }

    public int count() {
        return dsl.fetchCount(DEPARTMENT);
    }

    private static Department toDepartment(DepartmentRecord r) {
        return new Department(r.getId(), r.getCode(), r.getName(), r.getSortOrder(), r.getActive());
    }
}
