package cn.huyang.access;

import static cn.huyang.access.Reach.ALL;
import static cn.huyang.access.Reach.NONE;
import static cn.huyang.access.Reach.OWN_DEPARTMENT;
import static cn.huyang.access.Reach.OWN_RECORDS;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one table of rights: for each operation, how far each role reaches. {@code docs/roles.md}
 * shows the same table ({@code PermissionsTest} compares them), and every service asks
 * {@link AccessGuard}, which reads it.
 */
public final class Permissions {
    private static final Map<Operation, Map<Role, Reach>> TABLE = new EnumMap<>(Operation.class);

    static {
        //                               ADMIN  OFFICE  DEPARTMENT      PERSONNEL  LEADER  COUNSELOR
        row(Operation.READ,              ALL,   ALL,    OWN_DEPARTMENT, ALL,       ALL, NONE);
        row(Operation.VIEW_FULL_ID,      NONE,  ALL,    OWN_DEPARTMENT, ALL,       NONE, NONE);
        row(Operation.EXPORT,            NONE,  ALL,    OWN_DEPARTMENT, ALL,       ALL, NONE);
        row(Operation.ROSTER_EDIT,       NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE, NONE);
        row(Operation.DEPARTMENTS_EDIT,  NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.TRAINING_EDIT,     NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE, NONE);
        row(Operation.SCHEME_EDIT,       NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.SCORES_OFFICE,     NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.SCORES_BRANCH,     NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE, NONE);
        row(Operation.SCORES_STUDENTS,   NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE, NONE);
        row(Operation.SCORES_PERSONNEL,  NONE,  ALL,    NONE,           ALL,       NONE, NONE);
        row(Operation.RESULTS_CONFIRM,   NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.TITLES_EDIT,       NONE,  ALL,    NONE,           ALL,       NONE, NONE);
        row(Operation.FINDINGS_DECIDE,   NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.IMPORT,            NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.POLICY_EDIT,       ALL,   ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.DEMO_DATA,         ALL,   ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.BACKUP,            ALL,   ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.RESTORE,           ALL,   NONE,   NONE,           NONE,      NONE, NONE);
        row(Operation.ACCOUNTS_MANAGE,   ALL,   NONE,   NONE,           NONE,      NONE, NONE);
        row(Operation.AUDIT_VIEW,        ALL,   ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.DATA_LOCATION,     ALL,   NONE,   NONE,           NONE,      NONE, NONE);
        row(Operation.ALLOWANCE_EDIT,    NONE,  ALL,    NONE,           ALL,       NONE, NONE);
        row(Operation.INCOME_VIEW,       NONE,  ALL,    NONE,           ALL,       ALL, NONE);
        row(Operation.INCOME_EDIT,       NONE,  ALL,    NONE,           ALL,       NONE, NONE);
        row(Operation.FACILITIES_EDIT,   NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.RECRUITMENT,       NONE,  ALL,    NONE,           NONE,      NONE, NONE);
        row(Operation.RECRUITMENT_SCORES, NONE, ALL,    NONE,           ALL,       NONE, NONE);
        row(Operation.WORKLOG_EDIT,      NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  OWN_RECORDS);
        row(Operation.WORKLOG_READ,      NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  OWN_RECORDS);
        row(Operation.WORKLOG_SUMMARY,   NONE,  ALL,    OWN_DEPARTMENT, NONE,      ALL,   OWN_RECORDS);
        row(Operation.JOURNAL_REVIEW,    NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  NONE);
        row(Operation.STUDENTS_EDIT,     NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  OWN_RECORDS);
        row(Operation.STUDENT_FILES,     NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  OWN_RECORDS);
        row(Operation.SENSITIVE_EXPORT,  NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  OWN_RECORDS);
        row(Operation.PACKAGE_RECEIVE,   ALL,   ALL,    NONE,           NONE,      NONE,  NONE);
        row(Operation.PACKAGE_SEND,      NONE,  ALL,    OWN_DEPARTMENT, NONE,      NONE,  OWN_RECORDS);
    }

    private Permissions() {
    }

    private static void row(Operation op, Reach admin, Reach office, Reach department, Reach personnel, Reach leader,
                            Reach counselor) {
        Map<Role, Reach> row = new EnumMap<>(Role.class);
        row.put(Role.ADMIN, admin);
        row.put(Role.OFFICE, office);
        row.put(Role.DEPARTMENT, department);
        row.put(Role.PERSONNEL, personnel);
        row.put(Role.LEADER, leader);
        row.put(Role.COUNSELOR, counselor);
        TABLE.put(op, row);
    }

    /** How far {@code role} may do {@code op}. */
    public static Reach reach(Role role, Operation op) {
        return TABLE.get(op).get(role);
    }
}
