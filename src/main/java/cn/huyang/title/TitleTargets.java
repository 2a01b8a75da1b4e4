package cn.huyang.title;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A year's review as the college edits it: the cut-off date and the targets (plan, criteria,
 * weights), each saved against the version it was read at, in an open year only.
 */
final class TitleTargets {
    private final Transactor tx;
    private final TitleRepository repo;
    private final TitleValidator validator;
    private final TitleService titles;
    private final Access access;

    TitleTargets(Transactor tx, TitleRepository repo, TitleValidator validator, TitleService titles, Access access) {
        this.tx = tx;
        this.repo = repo;
        this.validator = validator;
        this.titles = titles;
        this.access = access;
    }

    /** The cut-off date of a year's review read at {@code version} (null: as stored now); refused when changed since. */
    void saveCutoff(int year, LocalDate cutoff, Integer version) {
        if (cutoff == null || cutoff.getYear() < year - 1 || cutoff.getYear() > year + 1) {
            throw new ValidationException(FieldError.of("title.field.cutoff", "title.validation.cutoff", year));
        }
        access.guard().require(Operation.TITLES_EDIT);
        tx.inTransaction(() -> {
            boolean fresh = repo.review(year).isEmpty();
            titles.ensureYear(year);
            titles.requireOpen(year);
            Review now = titles.review(year);
            if (version != null && !fresh && now.version() != version) {
                throw access.audit().stale("titleReview", year, now, false);
            }
            LocalDate before = now.cutoff();
            repo.saveReview(year, cutoff);
            access.audit().record(AuditAction.UPDATE, "titleReview", year,
                    Map.of("cutoff", List.of(before.toString(), cutoff.toString())));
        });
    }

    /** Saves a target's plan, criteria and weights as the college sets them (no longer a default). */
    Target saveTarget(Target t) {
        validator.target(t);
        access.guard().require(Operation.TITLES_EDIT);
        return tx.inTransaction(() -> {
            boolean fresh = repo.review(t.year()).isEmpty(); // its targets are stored now, as shown
            titles.ensureYear(t.year());
            titles.requireOpen(t.year());
            Target before = repo.targets(t.year()).stream().filter(x -> x.track() == t.track()
                    && x.target().equals(t.target())).findFirst().orElse(null);
            String id = t.year() + "/" + t.track() + "/" + t.target();
            if (before != null && !fresh && before.version() != t.version()) {
                throw access.audit().stale("titleTarget", id, before, false);
            }
            Target edited = t.edited().withVersion(before == null ? 0 : before.version());
            repo.saveTarget(edited);
            access.audit().changed("titleTarget", id, before, edited);
            return edited.withVersion(edited.version() + 1);
        });
    }

    /** Removes a target nobody has applied for. */
    void deleteTarget(int year, Track track, String target) {
        access.guard().require(Operation.TITLES_EDIT);
        tx.inTransaction(() -> {
            titles.ensureYear(year);
            titles.requireOpen(year);
            if (repo.countApplications(year, track, target) > 0) {
                throw new ValidationException(FieldError.of("title.field.target", "title.validation.targetInUse"));
            }
            repo.deleteTarget(year, track, target);
            access.audit().record(AuditAction.DELETE, "titleTarget", year + "/" + track + "/" + target, Map.of());
        });
    }
}
