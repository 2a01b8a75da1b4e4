package cn.huyang.exchange;

import static cn.huyang.db.jooq.Tables.APP_USER;
import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The departments and accounts as the packages name them: by code and by user name, never by numeric key. */
public class DirectoryRepository {
    private final DSLContext dsl;

    public DirectoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A department as an office package carries it: code, name, sort_order, active. */
    List<String> departmentRow(long id) {
        var d = dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOne();
        return java.util.Arrays.asList(d.getCode(), d.getName(), String.valueOf(d.getSortOrder()),
                String.valueOf(d.getActive()));
    }

    /** Adds a department an office package names, when no department here has its code. */
    void ensureDepartment(String code, String name, int sortOrder, boolean active) {
        if (departmentId(code) == null) {
            dsl.insertInto(DEPARTMENT).set(DEPARTMENT.CODE, code).set(DEPARTMENT.NAME, name)
                    .set(DEPARTMENT.SORT_ORDER, sortOrder).set(DEPARTMENT.ACTIVE, active).execute();
        }
    }

    /**
     * The department's own accounts (its 系部 users, its counselors' accounts), enabled ones, as an office
     * package for a new PC names them: user_name, display_name, role, department_code, counselor_uid.
     */
    List<List<String>> accountsOf(long departmentId) {
        var u = APP_USER;
        List<List<String>> out = new ArrayList<>();
        dsl.select(u.USER_NAME, u.DISPLAY_NAME, u.ROLE, DEPARTMENT.CODE, COUNSELOR.UID).from(u)
                .leftJoin(COUNSELOR).on(COUNSELOR.ID.eq(u.COUNSELOR_ID))
                .join(DEPARTMENT).on(DEPARTMENT.ID.eq(DSL.coalesce(u.DEPARTMENT_ID, COUNSELOR.DEPARTMENT_ID)))
                .where(DEPARTMENT.ID.eq(departmentId)).and(u.DISABLED.isFalse())
                .and(u.ROLE.in("DEPARTMENT", "COUNSELOR")).orderBy(u.USER_NAME)
                .forEach(r -> out.add(java.util.Arrays.asList(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? null : r.value5().toString())));
        return out;
    }

    /** The uid of the counselor the account of that name is (a counselor's account here), or null. */
    UUID counselorOfAccount(String userName) {
        return dsl.select(COUNSELOR.UID).from(APP_USER).join(COUNSELOR)
                .on(COUNSELOR.ID.eq(APP_USER.COUNSELOR_ID))
                .where(APP_USER.USER_NAME.eq(userName)).fetchOne(COUNSELOR.UID);
    }

    /** The id of the department with that code, or null. */
    Long departmentId(String code) {
        return dsl.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOne(DEPARTMENT.ID);
    }

    /** The code of the department with that id, or null. */
    String departmentCode(long id) {
        return dsl.select(DEPARTMENT.CODE).from(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOne(DEPARTMENT.CODE);
    }

}
