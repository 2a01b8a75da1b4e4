package cn.huyang.training;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.db.Transactor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Deleting from the ledger: a whole session or one record, each against the version it was read at
 * (null: as stored now), in one transaction with its audit row and the yearly summary kept.
 */
final class TrainingDeletes {
    private final Transactor tx;
    private final TrainingRepository repo;
    private final Access access;
    private final Function<TrainingSession, Set<Long>> departmentsOf;
    private final BiConsumer<TrainingSession, TrainingSession> refreshSummary;

    TrainingDeletes(Transactor tx, TrainingRepository repo, Access access,
                    Function<TrainingSession, Set<Long>> departmentsOf,
                    BiConsumer<TrainingSession, TrainingSession> refreshSummary) {
        this.tx = tx;
        this.repo = repo;
        this.access = access;
        this.departmentsOf = departmentsOf;
        this.refreshSummary = refreshSummary;
    }

    /**
     * Deletes a session read at {@code version} (null: as stored now) with every record of it; refused
     * when someone changed or deleted it since.
     */
    void deleteSession(long sessionId, Integer version) {
        access.guard().requireSome(Operation.TRAINING_EDIT);
        tx.inTransaction(() -> {
            Optional<TrainingSession> found = repo.findSession(sessionId);
            if (version != null && found.map(x -> x.version() != version).orElse(true)) {
                throw access.audit().stale("training", sessionId, found.orElse(null), found.isEmpty());
            }
            found.ifPresent(before -> {
                access.guard().requireAll(Operation.TRAINING_EDIT, departmentsOf.apply(before));
                repo.deleteSession(sessionId);
                refreshSummary.accept(before, null);
                access.audit().changed("training", sessionId, before, null);
            });
        });
    }

    /**
     * Deletes one record read at {@code version} (null: as stored now); refused when someone changed or
     * deleted it since. A session left without attendees goes with it; one left with others moves to
     * its next version (a form opened on it before is refused).
     */
    void deleteRecord(long recordId, Integer version) {
        access.guard().requireSome(Operation.TRAINING_EDIT);
        tx.inTransaction(() -> {
            Optional<Integer> stored = repo.recordVersion(recordId);
            if (version != null && stored.map(v -> !v.equals(version)).orElse(true)) {
                throw access.audit().stale("trainingRecord", recordId,
                        repo.sessionOf(recordId).flatMap(repo::findSession).orElse(null), stored.isEmpty());
            }
            Optional<TrainingSession> session = repo.sessionOf(recordId).flatMap(repo::findSession);
            TrainingSession.Attendee gone = session.flatMap(x -> x.attendees().stream()
                    .filter(a -> a.recordId() != null && a.recordId() == recordId).findFirst()).orElse(null);
            if (gone != null) {
                access.guard().requireAll(Operation.TRAINING_EDIT,
                        departmentsOf.apply(session.get().withAttendees(List.of(gone))));
            }
            repo.deleteRecords(List.of(recordId));
            if (gone != null) {
                access.audit().record(AuditAction.DELETE, "trainingRecord", recordId, Map.of("session",
                        session.get().id(), "course", session.get().course(), "counselorId", gone.counselorId()));
            }
            session.ifPresent(before -> {
                if (before.attendees().size() <= 1) {
                    repo.deleteSession(before.id());
                } else {
                    repo.refreshTotals(before.id());
                    repo.touchSession(before.id());
                }
                refreshSummary.accept(before.withAttendees(before.attendees().stream()
                        .filter(a -> a.recordId() == recordId).toList()), null);
            });
        });
    }
}
