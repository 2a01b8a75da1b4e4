package cn.huyang.access;

import cn.huyang.common.Messages;

/**
 * A user asked for something their role does not allow: refused before anything is written. The
 * window shows {@link #render}; the command line prints it and exits with its own code.
 */
public final class NotPermittedException extends RuntimeException {
    private final Operation operation;
    private final Role role;
    private final boolean otherDepartment;

    public NotPermittedException(Operation operation, Role role, boolean otherDepartment) {
        super("Not permitted: " + operation + " for " + role + (otherDepartment ? " (other department)" : ""));
        this.operation = operation;
        this.role = role;
        this.otherDepartment = otherDepartment;
    }

    public Operation operation() {
        return operation;
    }

    public String render(Messages m) {
        String what = m.get(operation.messageKey());
        String who = role == null ? "" : m.get(role.messageKey());
        return otherDepartment ? m.get("access.deniedOtherDepartment", who, what) : m.get("access.denied", who, what);
    }
}
