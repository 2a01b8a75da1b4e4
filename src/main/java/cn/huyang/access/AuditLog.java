package cn.huyang.access;

import cn.huyang.db.Transactor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Writes the audit rows. A change is recorded inside the service's own transaction (the row is
 * written through the same thread-bound connection, so a write that fails leaves no row, and a row
 * is never missing for a write that stayed); an event (a login, an export) in a transaction of its own.
 */
public final class AuditLog {
    private final AccessGuard guard;
    private final AuditRepository repository;
    private final Transactor tx;
    private final Clock clock;
    /** How deep the current thread is in a step recorded as one row (see {@link #asOne}). */
    private final ThreadLocal<int[]> quiet = ThreadLocal.withInitial(() -> new int[1]);
    /** Told the id of every row this log writes (the change watcher leaves the user's own changes out). */
    private volatile java.util.function.LongConsumer written = id -> { };

    public AuditLog(AccessGuard guard, AuditRepository repository, Transactor tx, Clock clock) {
        this.guard = guard;
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    /** A record created, changed or deleted: the changed fields before → after (before null: created). */
    public void changed(String entity, Object id, Record before, Record after) {
        AuditAction action = before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
        record(action, entity, id, Changes.json(Changes.between(before, after)));
    }

    /**
     * The refusal of a save or delete that found the record changed since it was read (or gone): who
     * changed it last and when, as this log has it. Throw it inside the save's transaction, so that
     * nothing of the save stays and no audit row is written.
     *
     * @param current the record as stored now, or null when it is gone or was not read
     * @param gone    true when the record was deleted
     */
    public cn.huyang.common.StaleRecordException stale(String entity, Object id, Object current, boolean gone) {
        var last = tx.inTransaction(() -> repository.lastChange(entity, id == null ? null : String.valueOf(id)));
        return new cn.huyang.common.StaleRecordException(entity, id, last.map(AuditRepository.LastChange::displayName)
                .orElse(null), last.map(AuditRepository.LastChange::at).orElse(null), current, gone,
                LocalDate.now(clock));
    }

    /** An action on an entity with its details (already masked where they hold personal data). */
    public void record(AuditAction action, String entity, Object id, Map<String, ?> details) {
        record(action, entity, id, details == null || details.isEmpty() ? null : cn.huyang.common.Json.object(details));
    }

    /** An action on an entity with details as JSON text. */
    public void record(AuditAction action, String entity, Object id, String details) {
        Actor a = guard.actor();
        write(new AuditEntry(0, now(), a.userName(), a.role(), action.name(), entity,
                id == null ? null : String.valueOf(id), details));
    }

    /** An event of a user who is not (yet) the session's, such as a failed login. */
    public void recordFor(String userName, Role role, AuditAction action, LocalDateTime at, String details) {
        write(new AuditEntry(0, at, userName, role, action.name(), null, null, details));
    }

    /**
     * Runs a step that the caller records as one row (an import, the demo data): the rows its parts
     * would write are left out. Call {@link #record} for the step after this returns.
     */
    public <T> T asOne(java.util.function.Supplier<T> work) {
        int[] depth = quiet.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    /** Whether the current thread is inside {@link #asOne}: its changes write no rows until the step ends. */
    public boolean quiet() {
        return quiet.get()[0] > 0;
    }

    private void write(AuditEntry entry) {
        if (quiet.get()[0] > 0) {
            return;
        }
        long id = tx.inTransaction(() -> repository.insert(entry));
        written.accept(id);
    }

    /** Who is told the id of each row this log writes: the change watcher of the same window. */
    public void setOnWritten(java.util.function.LongConsumer onWritten) {
        this.written = onWritten == null ? id -> { } : onWritten;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where the log stands now: every change writes a row, so an unchanged mark means unchanged data. */
    public AuditRepository.ChangeMark mark() {
        return repository.mark();
    }

    /** What was done between two marks, oldest first; null when that cannot be told whole. */
    public java.util.List<AuditRepository.ActionOn> between(AuditRepository.ChangeMark from,
                                                          AuditRepository.ChangeMark to, int limit) {
        return repository.between(from, to, limit);
    }

    /** The rows a query asks for, newest first: for 学工部 and administrators only. */
    public java.util.List<AuditEntry> find(AuditQuery query) {
        guard.require(Operation.AUDIT_VIEW);
        return repository.find(query);
    }
}
