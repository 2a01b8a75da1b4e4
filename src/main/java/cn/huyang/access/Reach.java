package cn.huyang.access;

/**
 * How far a role's right goes: nowhere, the user's own records (a counselor's own work records and
 * own students), its own department, or the whole college.
 */
public enum Reach {
    NONE, OWN_RECORDS, OWN_DEPARTMENT, ALL;

    public boolean any() {
        return this != NONE;
    }
}
