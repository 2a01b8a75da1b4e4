package cn.huyang.access;

/** How far a role's right goes: nowhere, its own department, or the whole college. */
public enum Reach {
    NONE, OWN_DEPARTMENT, ALL;

    public boolean any() {
        return this != NONE;
    }
}
