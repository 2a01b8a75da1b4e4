package cn.huyang.access;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The services' one question before they write, export or show a full ID number: may the user of
 * this {@link Session} do it, and for this department? A refusal is an
 * {@link NotPermittedException}, thrown before anything is written.
 */
public final class AccessGuard {
    /** A department id no department has (identities start at 1): a scope that matches nothing. */
    public static final long NO_DEPARTMENT = -1L;
    private final Session session;
    /** How deep the current thread is in a step the program does as a whole (see {@link #asProgram}). */
    private final ThreadLocal<int[]> program = ThreadLocal.withInitial(() -> new int[1]);

    public AccessGuard(Session session) {
        this.session = Objects.requireNonNull(session);
    }

    /** A guard of the program itself, allowing everything: tests and migrations only. */
    public static AccessGuard system() {
        return new AccessGuard(Session.system());
    }

    public Actor actor() {
        return session.actor();
    }

    public Session session() {
        return session;
    }

    /** How far the user reaches for {@code op}. */
    public Reach reach(Operation op) {
        Actor a = session.actor();
        return a.isSystem() || program.get()[0] > 0 ? Reach.ALL : Permissions.reach(a.role(), op);
    }

    /**
     * Runs a step the user was allowed as a whole (the demo data, asked as {@link Operation#DEMO_DATA})
     * with every right: its parts are the program's, not the user's. Ask first, then call this.
     */
    public <T> T asProgram(Supplier<T> work) {
        int[] depth = program.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    /** Whether the user may do {@code op} at all (somewhere). */
    public boolean may(Operation op) {
        return reach(op).any();
    }

    /** Whether the user may do {@code op} for the department with this id (null: the college). */
    public boolean may(Operation op, Long departmentId) {
        return switch (reach(op)) {
            case ALL -> true;
            case OWN_DEPARTMENT -> departmentId != null && departmentId.equals(session.actor().departmentId());
            case OWN_RECORDS, NONE -> false;
        };
    }

    /**
     * Whether the user may do {@code op} for a record of this counselor in this department: a
     * counselor's account only for its own counselor, a department's user for its department.
     */
    public boolean may(Operation op, Long departmentId, Long counselorId) {
        return switch (reach(op)) {
            case ALL -> true;
            case OWN_DEPARTMENT -> departmentId != null && departmentId.equals(session.actor().departmentId());
            case OWN_RECORDS -> counselorId != null && counselorId.equals(session.actor().counselorId());
            case NONE -> false;
        };
    }

    /** Refuses unless the user may do {@code op} for a record of this counselor in this department. */
    public void require(Operation op, Long departmentId, Long counselorId) {
        if (!may(op, departmentId, counselorId)) {
            Reach reach = reach(op);
            throw new NotPermittedException(op, session.actor().role(), reach == Reach.OWN_DEPARTMENT || reach == Reach.OWN_RECORDS);
        }
    }

    /**
     * The only counselor whose records the user reaches for {@code op} (a counselor's account), or
     * null when the reach is a department or the college ({@link #scopeOf} tells which).
     */
    public Long ownCounselor(Operation op) {
        return reach(op) == Reach.OWN_RECORDS ? session.actor().counselorId() : null;
    }

    /**
     * The only department the user reaches for {@code op}, {@link #NO_DEPARTMENT} when the reach is
     * none or only the user's own records, or null for the whole college.
     */
    public Long scopeOf(Operation op) {
        return switch (reach(op)) {
            case ALL -> null;
            case OWN_DEPARTMENT -> session.actor().departmentId();
            case OWN_RECORDS, NONE -> NO_DEPARTMENT;
        };
    }

    /** Refuses unless the user may do {@code op} for the whole college. */
    public void require(Operation op) {
        Reach reach = reach(op);
        if (reach != Reach.ALL) {
            throw new NotPermittedException(op, session.actor().role(), reach == Reach.OWN_DEPARTMENT);
        }
    }

    /** Refuses unless the user may do {@code op} somewhere (their department at least). */
    public void requireSome(Operation op) {
        if (!may(op)) {
            throw new NotPermittedException(op, session.actor().role(), false);
        }
    }

    /** Refuses unless the user may do {@code op} for this department. */
    public void require(Operation op, Long departmentId) {
        if (!may(op, departmentId)) {
            throw new NotPermittedException(op, session.actor().role(), reach(op) == Reach.OWN_DEPARTMENT);
        }
    }

    /** Refuses unless the user may do {@code op} for every one of these departments. */
    public void requireAll(Operation op, Collection<Long> departmentIds) {
        for (Long id : departmentIds) {
            require(op, id);
        }
    }

    /** Whether the user reads the data of the department with this id. */
    public boolean sees(Long departmentId) {
        return may(Operation.READ, departmentId);
    }

    /**
     * The only department the user reads, or null when they read the whole college. A user who reads
     * none of the college's data (a counselor's account) gets {@link #NO_DEPARTMENT}, which matches
     * no department, so a query filtered by it returns nothing.
     */
    public Long readScope() {
        return scopeOf(Operation.READ);
    }

    /** Whether full ID numbers of this department's counselors may be shown to the user. */
    public boolean seesFullId(Long departmentId) {
        return may(Operation.VIEW_FULL_ID, departmentId);
    }
}
