package cn.huyang.title;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TitleRank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The counselors' title and rank histories. The history is the record and the roster's 职称/职级
 * show its latest step; the roster's current value is stored as a step before the next one is
 * written whenever the history lacks it, so neither loses anything and an unlock restores the roster.
 */
public final class TitleHistory {
    private final TitleRepository repo;
    private final RosterService roster;
    private final cn.huyang.access.Access access;

    public TitleHistory(TitleRepository repo, RosterService roster, cn.huyang.access.Access access) {
        this.access = access;
        this.repo = repo;
        this.roster = roster;
    }

    /** The steps of a counselor, with the roster's current ones when the history lacks them. */
    List<Promotion> of(long counselorId) {
        List<Promotion> stored = repo.promotions(counselorId);
        List<Promotion> out = new ArrayList<>(stored);
        // The roster's current title or rank shows too when the history does not hold it: before any
        // history was kept, or when it was typed in the roster's own form.
        Counselor c = roster.counselor(counselorId).orElse(null);
        if (c != null) {
            for (Track t : Track.values()) {
                fromRoster(c, t).filter(current -> !held(stored, current)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(Promotion::track).thenComparing(Promotion::obtained));
        return out;
    }

    /** Stores a step (checked by the caller, inside its transaction); the roster follows the latest. */
    Promotion add(Promotion p) {
        seedFromRoster(p.counselorId(), p.track());
        long id = repo.insertPromotion(p);
        syncRoster(p.counselorId(), p.track());
        return new Promotion(id, p.counselorId(), p.track(), p.grade(), p.series(), p.obtained(), p.documentNo(),
                p.applicationId());
    }

    /** Removes a step entered by hand (inside the caller's transaction); a review's steps are refused. */
    void delete(long id) {
        Promotion p = repo.promotion(id).orElseThrow(() ->
                new ValidationException(FieldError.of("title.field.promotion", "title.validation.noPromotion")));
        if (p.applicationId() != null) {
            throw new ValidationException(FieldError.of("title.field.promotion", "title.validation.fromReview"));
        }
        repo.deletePromotion(id);
        syncRoster(p.counselorId(), p.track());
    }

    /** Takes back a step a confirmed review wrote, when the review is unlocked. */
    void takeBack(Promotion p) {
        repo.deletePromotion(p.id());
        syncRoster(p.counselorId(), p.track());
    }

    private Optional<Promotion> fromRoster(Counselor c, Track t) {
        if (t == Track.TITLE && c.title() != null && c.titleDate() != null) {
            return Optional.of(new Promotion(null, c.id(), t, c.title().name(), null, c.titleDate(), null,
                    null));
        }
        if (t == Track.RANK && c.adminRank() != null && !c.adminRank().isBlank() && c.adminRankDate() != null) {
            return Optional.of(new Promotion(null, c.id(), t, c.adminRank(), null, c.adminRankDate(), null,
                    null));
        }
        return Optional.empty();
    }

    /** Before a step is stored, the roster's current value becomes one when the history lacks it, so nothing is lost. */
    private void seedFromRoster(long counselorId, Track track) {
        List<Promotion> stored = repo.promotions(counselorId);
        roster.counselor(counselorId).flatMap(c -> fromRoster(c, track)).filter(current -> !held(stored, current))
                .ifPresent(repo::insertPromotion);
    }

    private static boolean held(List<Promotion> stored, Promotion current) {
        return stored.stream().anyMatch(p -> p.track() == current.track() && p.grade().equals(current.grade())
                && p.obtained().equals(current.obtained()));
    }

    /** The roster's 职称/职级 and their dates follow the latest step of the history. */
    private void syncRoster(long counselorId, Track track) {
        Counselor c = roster.counselor(counselorId).orElseThrow();
        Promotion latest = repo.promotions(counselorId).stream().filter(p -> p.track() == track)
                .max(Comparator.comparing(Promotion::obtained).thenComparing(Promotion::id)).orElse(null);
        Counselor updated;
        if (track == Track.TITLE) {
            updated = latest == null ? c.withTitle(null, null)
                    : c.withTitle(TitleRank.valueOf(latest.grade()), latest.obtained());
        } else {
            updated = latest == null ? c.withAdminRank(null, null) : c.withAdminRank(latest.grade(), latest.obtained());
        }
        if (!updated.equals(c)) {
            // Part of a title step the user was allowed (职称 rights, asked by the caller): the roster's
            // title follows, whoever may change the rest of the roster; its audit row names the user.
            access.guard().asProgram(() -> roster.update(updated));
        }
    }
}
