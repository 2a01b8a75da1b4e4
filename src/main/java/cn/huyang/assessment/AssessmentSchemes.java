package cn.huyang.assessment;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The scheme of each year (weights, bonus cap, grade bands, quota, veto items): read, checked, saved. */
public class AssessmentSchemes {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Transactor tx;
    private final AssessmentRepository repo;
    private final Access access;

    public AssessmentSchemes(Transactor tx, AssessmentRepository repo, Access access) {
        this.access = access;
        this.tx = tx;
        this.repo = repo;
    }

    /** The scheme of a year: as stored, else copied from the latest year before, else the defaults. */
    public Scheme scheme(int year) {
        return repo.scheme(year).orElseGet(() -> repo.latestBefore(year).map(s -> s.copyFor(year))
                .orElseGet(() -> Scheme.defaults(year)));
    }

    /** Saves a year's scheme; refused while the year is confirmed (locked). */
    public Scheme saveScheme(Scheme s) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Party p : Party.values()) {
            BigDecimal w = s.weight(p);
            if (w == null || !Scores.inRange(w)) {
                errors.add(FieldError.of(p.messageKey(), "assessment.validation.weight"));
            } else {
                sum = sum.add(w);
            }
        }
        if (errors.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            errors.add(FieldError.of("assessment.scheme.weights", "assessment.validation.weightSum",
                    sum.stripTrailingZeros().toPlainString()));
        }
        check(errors, "assessment.scheme.bonusCap", s.bonusCap());
        check(errors, "assessment.scheme.excellentFrom", s.excellentFrom());
        check(errors, "assessment.scheme.competentFrom", s.competentFrom());
        check(errors, "assessment.scheme.basicFrom", s.basicFrom());
        check(errors, "assessment.scheme.quota", s.quotaPercent());
        if (errors.isEmpty() && !(s.basicFrom().compareTo(s.competentFrom()) < 0
                && s.competentFrom().compareTo(s.excellentFrom()) < 0)) {
            errors.add(FieldError.of("assessment.scheme.bands", "assessment.validation.bands"));
        }
        List<String> vetoes = s.vetoItems().stream().map(Text::clean).filter(v -> v != null).distinct().toList();
        for (String v : vetoes) {
            if (v.length() > 200) {
                errors.add(FieldError.of("assessment.scheme.vetoes", "validation.tooLong", 200));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Scheme clean = new Scheme(s.year(), s.weights(), s.bonusCap(), s.excellentFrom(), s.competentFrom(),
                s.basicFrom(), s.quotaPercent(), vetoes, YearState.DRAFT, true);
        access.guard().require(Operation.SCHEME_EDIT);
        return tx.inTransaction(() -> {
            Scheme before = repo.scheme(s.year()).orElse(null);
            if (before != null) {
                repo.lockYear(s.year());
                before = repo.scheme(s.year()).orElseThrow();
            }
            refuseIfLocked(s.year());
            if ((before == null ? 0 : before.version()) != s.version()) {
                throw access.audit().stale("scheme", s.year(), before, false);
            }
            repo.saveScheme(clean);
            access.audit().changed("scheme", s.year(), before, clean);
            return clean.withVersion(before == null ? 1 : before.version() + 1);
        });
    }

    /**
     * Inside a write's transaction: the year's scheme stored (copied from the year before when it was
     * not yet), its row locked until the transaction ends, so that the writes of a year (scores,
     * confirming, unlocking) happen one after another on every PC.
     *
     * @return the year's scheme as stored now
     */
    Scheme lockYear(int year) {
        Scheme now = scheme(year);
        if (!now.stored()) {
            repo.saveScheme(now);
        }
        repo.lockYear(year);
        return repo.scheme(year).orElseThrow();
    }

    private static void check(List<FieldError> errors, String field, BigDecimal v) {
        if (v == null || !Scores.inRange(v)) {
            errors.add(FieldError.of(field, "assessment.validation.range"));
        }
    }

    /** Refuses any change to a confirmed (locked) year, as the database has it now (inside the write's transaction). */
    void refuseIfLocked(int year) {
        if (repo.scheme(year).map(Scheme::locked).orElse(false)) {
            throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.locked", year));
        }
    }
}
