package cn.huyang.access;

import java.util.Objects;

/**
 * Who is working now: set once at login (the window, or a batch command's {@code --user}); the
 * window's lock keeps it. Services ask it through {@link AccessGuard} and {@link AuditLog}.
 */
public final class Session {
    private volatile Actor actor;

    public Session(Actor actor) {
        this.actor = Objects.requireNonNull(actor);
    }

    /** A session of the program itself, with every right: tests and migrations only. */
    public static Session system() {
        return new Session(Actor.SYSTEM);
    }

    public Actor actor() {
        return actor;
    }

    /** Another user logs in on the same window. */
    public void switchTo(Actor next) {
        this.actor = Objects.requireNonNull(next);
    }
}
