package cn.huyang.assessment;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Changes;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year's scores [三(四)1–3]: the grid with its computed results, the scores typed, overrides and
 * reviews, confirming (which stores the results and locks the year) and unlocking. Every write is
 * validated and runs in one transaction.
 */
public class AssessmentScoring {
    private final Transactor tx;
    private final AssessmentRepository repo;
    private final AssessmentSchemes schemes;
    private final RosterService roster;
    private final Access access;

    public AssessmentScoring(Transactor tx, AssessmentRepository repo, AssessmentSchemes schemes, RosterService roster,
                             Access access) {
        this.access = access;
        this.tx = tx;
        this.repo = repo;
        this.schemes = schemes;
        this.roster = roster;
    }

    /** The grid of a year: every counselor on the roster that year, and anyone with scores stored. */
    public Sheet sheet(int year) {
        Scheme scheme = schemes.scheme(year);
        Map<Long, Entry> entries = repo.entries(year);
        Set<Long> ids = new HashSet<>(roster.idsInPost(year));
        ids.addAll(entries.keySet());
        Map<Long, Department> depts = roster.departmentsById();
        List<Counselor> counselors = roster.counselors().stream().filter(c -> ids.contains(c.id()))
                .sorted(Comparator.comparing((Counselor c) -> sortOrder(depts, c)).thenComparing(Counselor::id))
                .toList();
        List<Entry> ordered = new ArrayList<>(counselors.size());
        for (Counselor c : counselors) {
            ordered.add(entries.getOrDefault(c.id(), Entry.empty(year, c.id())));
        }
        Results results = AssessmentCalculator.compute(scheme, ordered);
        List<SheetRow> rows = new ArrayList<>(counselors.size());
        for (int i = 0; i < counselors.size(); i++) {
            Counselor c = counselors.get(i);
            Department d = depts.get(c.departmentId());
            rows.add(new SheetRow(c, d == null ? "" : d.name(), ordered.get(i), results.rows().get(i)));
        }
        return new Sheet(scheme, rows, results, repo.unlockReasons(year));
    }

    /**
     * The rows of a sheet computed over the whole year that the user working now may see (a
     * department's user its own department's), ID numbers masked as the roster masks them; the
     * results (ranks, quota) stay the year's. What the grid, the exports and the forms show.
     */
    public Sheet shown(Sheet whole) {
        List<SheetRow> rows = new ArrayList<>(whole.rows().size());
        for (SheetRow r : whole.rows()) {
            List<Counselor> seen = roster.visible(List.of(r.counselor()));
            if (!seen.isEmpty()) {
                rows.add(new SheetRow(seen.get(0), r.department(), r.entry(), r.result()));
            }
        }
        return new Sheet(whole.scheme(), rows, whole.results(), whole.unlockReasons());
    }

    /** The right a changed score of this party needs. */
    static Operation scoresOf(Party p) {
        return switch (p) {
            case OFFICE -> Operation.SCORES_OFFICE;
            case BRANCH -> Operation.SCORES_BRANCH;
            case STUDENTS -> Operation.SCORES_STUDENTS;
            case PERSONNEL -> Operation.SCORES_PERSONNEL;
        };
    }

    /**
     * The cells that change, before → after (a value typed back unchanged is no change), after
     * refusing unless the user may change each: a party's score needs its party's right for the
     * counselor's department; bonus, veto and summary are the office's.
     */
    private Map<String, List<String>> mayChange(Entry base, Entry after, Long departmentId) {
        Map<String, List<String>> changed = new java.util.LinkedHashMap<>();
        for (Party p : Party.values()) {
            if (!same(base.score(p), after.score(p))) {
                access.guard().require(scoresOf(p), departmentId);
                changed.put(p.name(), List.of(plain(base.score(p)), plain(after.score(p))));
            }
        }
        if (!same(base.bonus(), after.bonus())) {
            changed.put("bonus", List.of(plain(base.bonus()), plain(after.bonus())));
        }
        if (!java.util.Objects.equals(base.veto(), after.veto())) {
            changed.put("veto", List.of(Changes.show("veto", base.veto()), Changes.show("veto", after.veto())));
        }
        if (!java.util.Objects.equals(base.summary(), after.summary())) {
            changed.put("summary", List.of(Changes.show("summary", base.summary()),
                    Changes.show("summary", after.summary())));
        }
        if (changed.keySet().stream().anyMatch(k -> k.equals("bonus") || k.equals("veto") || k.equals("summary"))) {
            access.guard().require(Operation.SCORES_OFFICE, departmentId);
        }
        return changed;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static int sortOrder(Map<Long, Department> depts, Counselor c) {
        Department d = depts.get(c.departmentId());
        return d == null ? Integer.MAX_VALUE : d.sortOrder();
    }

    /**
     * Saves what was typed for some counselors of a year: scores, bonus, veto and summary. Overrides
     * and reviews stay as stored. Refused as a whole when any value is impossible, naming the counselor
     * and the column, or when the year is confirmed.
     */
    public void saveEntries(int year, List<Entry> typed) {
        Scheme scheme = schemes.scheme(year);
        Map<Long, String> names = CounselorLookup.names(roster, typed.stream().map(Entry::counselorId).toList());
        List<FieldError> errors = new ArrayList<>();
        for (Entry e : typed) {
            String who = names.getOrDefault(e.counselorId(), String.valueOf(e.counselorId()));
            for (Party p : Party.values()) {
                BigDecimal v = e.score(p);
                if (v != null && !Scores.inRange(v)) {
                    errors.add(FieldError.of(p.messageKey(), "assessment.validation.score", who));
                }
            }
            if (e.bonus() != null && !Scores.inRange(e.bonus())) {
                errors.add(FieldError.of("assessment.column.bonus", "assessment.validation.score", who));
            }
            if (e.vetoed() && !scheme.vetoItems().contains(e.veto())) {
                errors.add(FieldError.of("assessment.column.veto", "assessment.validation.veto", who, e.veto()));
            }
            if (e.summary() != null && e.summary().length() > 20000) {
                errors.add(FieldError.of("assessment.column.summary", "validation.tooLong", 20000));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<Long, Long> departments = new java.util.HashMap<>();
        roster.counselors(typed.stream().map(Entry::counselorId).toList())
                .forEach(c -> departments.put(c.id(), c.departmentId()));
        tx.inTransaction(() -> {
            lockOpenYear(year);
            Map<Long, Entry> stored = repo.entries(year);
            List<Entry> changedSince = new ArrayList<>();
            List<Entry> merged = new ArrayList<>(typed.size());
            List<Map<String, List<String>>> cells = new ArrayList<>(typed.size());
            for (Entry e : typed) {
                Entry base = stored.getOrDefault(e.counselorId(), Entry.empty(year, e.counselorId()));
                if (base.version() != e.version()) {
                    changedSince.add(base);
                    continue;
                }
                Entry after = base.withScores(e.scores(), e.bonus(), Text.clean(e.veto()),
                        Text.isBlank(e.summary()) ? null : e.summary().strip()).withVersion(base.version() + 1);
                cells.add(mayChange(base, after, departments.get(e.counselorId())));
                merged.add(after);
            }
            if (!changedSince.isEmpty()) {
                // someone saved these rows after the grid read them: nothing is stored, the stored rows go back
                throw access.audit().stale("assessment", year + "/" + changedSince.get(0).counselorId(),
                        List.copyOf(changedSince), false);
            }
            repo.saveEntries(merged);
            for (int i = 0; i < merged.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    access.audit().record(AuditAction.SCORES, "assessment", year + "/" + merged.get(i).counselorId(),
                            Changes.json(cells.get(i)));
                }
            }
        });
    }

    /**
     * Inside a write's transaction: the year's scheme row locked until the transaction ends, then the
     * write refused when the year is confirmed — as the database has it now, never as a screen opened
     * earlier showed it. A confirm on another PC either finished first (refused here) or waits for this.
     */
    private void lockOpenYear(int year) {
        schemes.lockYear(year);
        schemes.refuseIfLocked(year);
    }

    /** Sets (or with a null grade clears) the grade that stands instead of the proposed one; a reason is required. */
    public void override(int year, long counselorId, Grade grade, String rawReason) {
        String reason = Text.clean(rawReason);
        if (grade != null && reason == null) {
            throw new ValidationException(FieldError.of("assessment.override.reason", "validation.required"));
        }
        if (reason != null && reason.length() > 500) {
            throw new ValidationException(FieldError.of("assessment.override.reason", "validation.tooLong", 500));
        }
        access.guard().require(Operation.RESULTS_CONFIRM);
        tx.inTransaction(() -> {
            lockOpenYear(year);
            Entry e = repo.entries(year).getOrDefault(counselorId, Entry.empty(year, counselorId));
            repo.saveEntries(List.of(e.withOverride(grade, grade == null ? null : reason).withVersion(e.version() + 1)));
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("grade", java.util.Arrays.asList(e.overrideGrade() == null ? "" : e.overrideGrade().name(),
                    grade == null ? "" : grade.name()));
            if (grade != null) {
                details.put("reason", reason);
            }
            access.audit().record(AuditAction.OVERRIDE, "assessment", year + "/" + counselorId, details);
        });
    }

    /**
     * Records a review request (复核) and, later, its outcome. Allowed on a confirmed year: a request
     * comes after the results are known. A changed grade is entered by unlocking and overriding.
     */
    public void recordReview(int year, long counselorId, Entry.Review review) {
        if (review.requested() == null) {
            throw new ValidationException(FieldError.of("assessment.review.requested", "validation.required"));
        }
        if (review.reason() != null && review.reason().length() > 500
                || review.note() != null && review.note().length() > 500) {
            throw new ValidationException(FieldError.of("assessment.review.reason", "validation.tooLong", 500));
        }
        access.guard().require(Operation.RESULTS_CONFIRM);
        tx.inTransaction(() -> {
            schemes.lockYear(year);
            Entry e = repo.entries(year).getOrDefault(counselorId, Entry.empty(year, counselorId));
            Entry.Review next = new Entry.Review(review.requested(), Text.clean(review.reason()),
                    review.outcome() == null ? ReviewOutcome.PENDING : review.outcome(), Text.clean(review.note()));
            repo.saveEntries(List.of(e.withReview(next).withVersion(e.version() + 1)));
            access.audit().changed("assessmentReview", year + "/" + counselorId, e.review(), next);
        });
    }

    // ---- confirming ---------------------------------------------------------------------------

    /**
     * Confirms a year: the results are stored and the scheme and scores are locked. Refused while
     * anyone on the sheet lacks a score. Ties left at the quota edge are the office's to decide; left
     * undecided, they show as {@code QUOTA_EXCEEDED}.
     */
    public Results confirm(int year, Set<Long> notAssessed) {
        access.guard().require(Operation.RESULTS_CONFIRM);
        return tx.inTransaction(() -> {
            lockOpenYear(year);
            Sheet sheet = sheet(year);
            // Left out only when nothing at all was scored: a row begun must be finished.
            Set<Long> leftOut = new HashSet<>();
            for (SheetRow r : sheet.rows()) {
                if (notAssessed.contains(r.counselor().id()) && r.entry().scores().isEmpty()) {
                    leftOut.add(r.counselor().id());
                }
            }
            long incomplete = sheet.rows().stream().filter(r -> !r.result().complete()
                    && !leftOut.contains(r.counselor().id())).count();
            if (incomplete > 0) {
                throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.incomplete",
                        year, incomplete));
            }
            if (sheet.rows().size() == leftOut.size()) {
                throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.nobody", year));
            }
            repo.replaceResults(year, sheet.results().rows().stream()
                    .filter(r -> !leftOut.contains(r.counselorId())).toList());
            repo.setState(year, YearState.CONFIRMED);
            access.audit().record(AuditAction.CONFIRM, "assessmentYear", year, Map.of("assessed",
                    sheet.results().assessed(), "leftOut", leftOut.size()));
            return sheet.results();
        });
    }

    /** Opens a confirmed year again; the reason is required and kept. */
    public void unlock(int year, String rawReason) {
        String reason = Text.clean(rawReason);
        if (reason == null) {
            throw new ValidationException(FieldError.of("assessment.unlock.reason", "validation.required"));
        }
        if (reason.length() > 500) {
            throw new ValidationException(FieldError.of("assessment.unlock.reason", "validation.tooLong", 500));
        }
        access.guard().require(Operation.RESULTS_CONFIRM);
        tx.inTransaction(() -> {
            if (repo.scheme(year).isPresent()) {
                repo.lockYear(year);
            }
            if (!repo.scheme(year).map(Scheme::locked).orElse(false)) {
                throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.notLocked", year));
            }
            repo.insertUnlock(year, reason);
            repo.setState(year, YearState.DRAFT);
            access.audit().record(AuditAction.UNLOCK, "assessmentYear", year, Map.of("reason", reason));
        });
    }
}
