package cn.huyang.title;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Confirming a year's title review (the results locked, the promotions written) and unlocking it. */
final class TitleYearLock {
    private final Transactor tx;
    private final TitleRepository repo;
    private final TitleHistory history;
    private final TitleService titles;
    private final Access access;
    private final Messages m;

    TitleYearLock(Transactor tx, TitleRepository repo, TitleHistory history, TitleService titles, Access access,
                  Messages m) {
        this.tx = tx;
        this.repo = repo;
        this.history = history;
        this.titles = titles;
        this.access = access;
        this.m = m;
    }

    /**
     * Confirms the year's results and locks it. Every application needs a result; each 通过 adds the
     * target to the counselor's title or rank history on {@code date}, and the roster shows it.
     */
    public void confirm(int year, LocalDate date) {
        LocalDate on = date != null ? date : titles.today();
        if (on.isAfter(titles.today())) {
            throw new ValidationException(FieldError.of("title.field.confirmedOn", "validation.future"));
        }
        access.guard().require(Operation.TITLES_EDIT);
        tx.inTransaction(() -> {
            titles.ensureYear(year);
            titles.requireOpen(year);
            List<Application> apps = repo.applications(year);
            long open = apps.stream().filter(a -> a.verdict() == null).count();
            if (open > 0) {
                throw new ValidationException(FieldError.of("title.field.verdict", "title.validation.undecided", open));
            }
            for (Application a : apps) {
                if (a.verdict() == Verdict.PASSED) {
                    history.add(new Promotion(null, a.counselorId(), a.track(), a.target(),
                            a.track() == Track.TITLE ? m.get("title.series.default") : null, on, null, a.id()));
                }
            }
            repo.setState(year, ReviewState.CONFIRMED, on);
            access.audit().record(AuditAction.CONFIRM, "titleYear", year, Map.of("date", on.toString(),
                    "applications", apps.size(), "passed", apps.stream().filter(a -> a.verdict() == Verdict.PASSED)
                            .count()));
        });
    }

    /** Reopens a confirmed year; the reason is kept and the promotions it wrote are taken back. */
    public void unlock(int year, String rawReason) {
        String reason = rawReason == null ? "" : rawReason.strip();
        if (reason.isEmpty()) {
            throw new ValidationException(FieldError.of("title.field.reason", "validation.required"));
        }
        if (reason.length() > 500) {
            throw new ValidationException(FieldError.of("title.field.reason", "validation.tooLong", 500));
        }
        access.guard().require(Operation.TITLES_EDIT);
        tx.inTransaction(() -> {
            repo.lockReview(year);
            if (!titles.review(year).confirmed()) {
                throw new ValidationException(FieldError.of("title.field.year", "title.validation.notConfirmed", year));
            }
            repo.promotionsOfYear(year).forEach(history::takeBack);
            repo.insertUnlock(year, reason);
            repo.setState(year, ReviewState.DRAFT, null);
            access.audit().record(AuditAction.UNLOCK, "titleYear", year, Map.of("reason", reason));
        });
    }
}
