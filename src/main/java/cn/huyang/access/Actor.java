package cn.huyang.access;

/**
 * The user a piece of work is done for: the account's id and name, the role, for a department's
 * user the department, and for a counselor's account the counselor it belongs to (with that
 * counselor's department). {@link #SYSTEM} is the program itself (migrations, tests built on the
 * composition root without a login); no login ever yields it.
 */
public record Actor(long id, String userName, String displayName, Role role, Long departmentId, Long counselorId) {
    public static final Actor SYSTEM = new Actor(0, "system", "系统", null, null);

    /** A user who is not a counselor. */
    public Actor(long id, String userName, String displayName, Role role, Long departmentId) {
        this(id, userName, displayName, role, departmentId, null);
    }

    public boolean isSystem() {
        return role == null;
    }

    @Override
    public String toString() {
        return userName + (role == null ? "" : " (" + role + ")");
    }
}
