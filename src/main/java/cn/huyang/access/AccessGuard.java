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
            case NONE -> false;
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

    /** The only department the user reads, or null when they read the whole college. */
    public Long readScope() {
        return reach(Operation.READ) == Reach.ALL ? null : session.actor().departmentId();
    }

    /** Whether full ID numbers of this department's counselors may be shown to the user. */
    public boolean seesFullId(Long departmentId) {
        return may(Operation.VIEW_FULL_ID, departmentId);
    }
}
