package cn.huyang.title;

import cn.huyang.assessment.ConfirmedGrade;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TitleRank;
import cn.huyang.training.ComplianceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Title evaluation (职称评审) [三(二)3(2), 三(三)1–3, 三(三)6]: each year's plan and criteria; the
 * applications, checked criterion by criterion against the evidence from the roster, the assessment,
 * the training ledger and the counselors' records ({@link TitleRecordsService}); the panel's scores,
 * ranking against the posts and results; confirmation and unlocking.
 */
public class TitleService implements FindingSource, CounselorFindingSource {
    public static final String TEACHING_LOAD = "TEACHING_LOAD";
    public static final String YOUNG_TEACHER_SERVICE = "YOUNG_TEACHER_SERVICE";

    /** The training ledger's compliance of some counselors in a year, for the training criterion. */
    @FunctionalInterface
    public interface TrainingCompliance {
        List<ComplianceRow> compliance(int year, Collection<Long> counselorIds);
    }

    /** The grades of confirmed assessment years. */
    @FunctionalInterface
    public interface AssessmentHistory {
        List<ConfirmedGrade> confirmedGrades(int from, int to);
    }

    private final Transactor tx;
    private final TitleRepository repo;
    private final RosterService roster;
    private final TitleRecordsService records;
    private final EvidenceReader evidenceReader;
    private final TitleHistory history;
    private final EligibilityRules rules;
    private final TitleValidator validator;
    private final PolicyService policy;
    private final TitleFindings findings;
    private final Messages m;

    /** The records, the evidence, the histories, the teaching-load rule, the criteria and the checks: built by the caller. */
    public TitleService(Transactor tx, TitleRepository repo, RosterService roster, TitleRecordsService records,
                        EvidenceReader evidenceReader, TitleHistory history, TeachingLoad teachingLoad,
                        EligibilityRules rules, TitleValidator validator, PolicyService policy, Messages m) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.records = records;
        this.evidenceReader = evidenceReader;
        this.history = history;
        this.rules = rules;
        this.validator = validator;
        this.policy = policy;
        this.m = m;
        this.findings = new TitleFindings(teachingLoad, policy, this::review, this::sheet, m);
    }

    public LocalDate today() {
        return roster.today();
    }

    public RosterService roster() {
        return roster;
    }

    public Messages messages() {
        return m;
    }

    /** 学校名称, as the forms print it (the unit's details). */
    public String unitName() {
        return policy.unitName();
    }

    /** The counselors' records the review reads: histories, outputs, teaching, service. */
    public TitleRecordsService records() {
        return records;
    }

    // ---- the year: review, targets ----------------------------------------------------------------

    /** The year's review, or the defaults of a year not yet stored (cut-off 31 December). */
    public Review review(int year) {
        return repo.review(year).orElse(new Review(year, LocalDate.of(year, 12, 31), ReviewState.DRAFT, null, false));
    }

    /** The year's targets: stored, else copied from the latest earlier year, else the shipped defaults. */
    public List<Target> targets(int year) {
        List<Target> stored = repo.targets(year);
        if (!stored.isEmpty()) {
            return stored;
        }
        return repo.latestYearWithTargetsBefore(year)
                .map(y -> repo.targets(y).stream().map(t -> t.inYear(year)).toList())
                .orElseGet(() -> TitleDefaults.targets(year));
    }

    /** Stores the review and its targets the first time the year is written to. Inside a transaction. */
    private void ensureYear(int year) {
        if (repo.review(year).isEmpty()) {
            List<Target> targets = targets(year);
            repo.saveReview(year, LocalDate.of(year, 12, 31));
            targets.forEach(repo::saveTarget);
        }
    }

    public void saveCutoff(int year, LocalDate cutoff) {
        if (cutoff == null || cutoff.getYear() < year - 1 || cutoff.getYear() > year + 1) {
            throw new ValidationException(FieldError.of("title.field.cutoff", "title.validation.cutoff", year));
        }
        tx.inTransaction(() -> {
            ensureYear(year);
            requireOpen(year);
            repo.saveReview(year, cutoff);
        });
    }

    /** Saves a target's plan, criteria and weights as the college sets them (no longer a default). */
    public Target saveTarget(Target t) {
        validator.target(t);
        Target edited = t.edited();
        tx.inTransaction(() -> {
            ensureYear(t.year());
            requireOpen(t.year());
            repo.saveTarget(edited);
        });
        return edited;
    }

    /** Removes a target nobody has applied for. */
    public void deleteTarget(int year, Track track, String target) {
        tx.inTransaction(() -> {
            ensureYear(year);
            requireOpen(year);
            if (repo.countApplications(year, track, target) > 0) {
                throw new ValidationException(FieldError.of("title.field.target", "title.validation.targetInUse"));
            }
            repo.deleteTarget(year, track, target);
        });
    }

    private void requireOpen(int year) {
        if (review(year).confirmed()) {
            throw new ValidationException(FieldError.of("title.field.year", "title.validation.locked", year));
        }
    }

    // ---- applications --------------------------------------------------------------------------

    /** A counselor applies for a target. Refused: someone not on the roster, a locked year, a second
     *  application on the same track, a target not in the year's plan, a title not above the current one. */
    public Application apply(int year, long counselorId, Track track, String target, LocalDate appliedOn) {
        Counselor c = roster.counselor(counselorId).orElseThrow(() ->
                new ValidationException(FieldError.of("title.field.counselor", "title.validation.noCounselor")));
        if (c.status() == CounselorStatus.DEREGISTERED) {
            throw new ValidationException(FieldError.of("title.field.counselor", "title.validation.deregistered",
                    c.name()));
        }
        LocalDate on = appliedOn != null ? appliedOn : today();
        if (on.isAfter(today())) {
            throw new ValidationException(FieldError.of("title.field.appliedOn", "validation.future"));
        }
        return tx.inTransaction(() -> {
            ensureYear(year);
            requireOpen(year);
            if (targets(year).stream().noneMatch(t -> t.track() == track && t.target().equals(target))) {
                throw new ValidationException(FieldError.of("title.field.target", "title.validation.notInPlan",
                        targetLabel(track, target), year));
            }
            if (track == Track.TITLE && c.title() != null
                    && TitleRank.valueOf(target).compareTo(c.title()) <= 0) {
                throw new ValidationException(FieldError.of("title.field.target", "title.validation.notAbove",
                        c.name(), c.title().label(m)));
            }
            if (repo.hasApplication(year, counselorId, track)) {
                throw new ValidationException(FieldError.of("title.field.counselor", "title.validation.twice",
                        c.name(), year, track.label(m)));
            }
            Application a = new Application(null, year, counselorId, track, target, on, null, null, null, null);
            long id = repo.insertApplication(a);
            return new Application(id, year, counselorId, track, target, on, null, null, null, null);
        });
    }

    public void withdraw(long applicationId) {
        tx.inTransaction(() -> {
            Application a = application(applicationId);
            requireOpen(a.year());
            repo.deleteApplication(applicationId);
        });
    }

    /** The panel's scores per group, each 0–100; either may be cleared (null). */
    public Application score(long applicationId, BigDecimal work, BigDecimal research) {
        validator.scores(work, research);
        return tx.inTransaction(() -> {
            Application a = application(applicationId);
            requireOpen(a.year());
            Application scored = a.withScores(work, research);
            repo.updateApplication(scored);
            return scored;
        });
    }

    /**
     * The office's result. 通过 for an application that is not eligible and within the posts needs a
     * note saying why (the rules judge, the office decides; the note is kept).
     */
    public Application decide(long applicationId, Verdict verdict, String rawNote) {
        String note = rawNote == null || rawNote.isBlank() ? null : rawNote.strip();
        if (note != null && note.length() > 500) {
            throw new ValidationException(FieldError.of("title.field.note", "validation.tooLong", 500));
        }
        return tx.inTransaction(() -> {
            Application a = application(applicationId);
            requireOpen(a.year());
            if (verdict == Verdict.PASSED && note == null) {
                ApplicationRow row = sheet(a.year()).rows().stream()
                        .filter(r -> r.application().id().equals(applicationId)).findFirst().orElseThrow();
                if (row.standing() != QuotaStanding.WITHIN) {
                    throw new ValidationException(FieldError.of("title.field.note", "title.validation.noteNeeded",
                            row.standing().label(m)));
                }
            }
            Application decided = a.withVerdict(verdict, note);
            repo.updateApplication(decided);
            return decided;
        });
    }

    private Application application(long id) {
        return repo.application(id).orElseThrow(() ->
                new ValidationException(FieldError.of("title.field.application", "title.validation.noApplication")));
    }

    /** Every application of the year, checked against its target's criteria and ranked against its posts. */
    public ReviewSheet sheet(int year) {
        Review review = review(year);
        List<Target> targets = targets(year);
        List<Application> apps = repo.applications(year);
        Map<Long, Evidence> evidence = evidenceReader.read(apps.stream().map(Application::counselorId)
                .collect(Collectors.toSet()), year, targets.stream().anyMatch(Target::requireTraining));
        Map<String, Target> byKey = new HashMap<>();
        targets.forEach(t -> byKey.put(t.track() + "/" + t.target(), t));
        Map<Long, List<CriterionCheck>> checks = new HashMap<>();
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        Policy inForce = policy.inForce(review.cutoff()); // the parameters in force on the cut-off
        for (Application a : apps) {
            Target t = byKey.get(a.track() + "/" + a.target());
            checks.put(a.id(), rules.check(a, t, evidence.get(a.counselorId()), review.cutoff(), inForce));
            totals.put(a.id(), ReviewRanking.total(a, t));
        }
        Map<Long, ReviewRanking.Place> places = new HashMap<>();
        for (Target t : targets) {
            Map<Long, BigDecimal> ofTarget = new LinkedHashMap<>();
            Set<Long> eligible = new HashSet<>();
            for (Application a : apps) {
                if (a.track() == t.track() && a.target().equals(t.target())) {
                    ofTarget.put(a.id(), totals.get(a.id()));
                    if (EligibilityRules.eligible(checks.get(a.id()))) {
                        eligible.add(a.id());
                    }
                }
            }
            places.putAll(ReviewRanking.rank(ofTarget, eligible, t.posts()));
        }
        Map<Long, String> departments = roster.departmentNames();
        List<ApplicationRow> rows = new ArrayList<>();
        for (Application a : apps) {
            Counselor c = evidence.get(a.counselorId()).counselor();
            ReviewRanking.Place p = places.get(a.id());
            rows.add(new ApplicationRow(a, c.name(), departments.get(c.departmentId()), c.idNumber(),
                    current(c, a.track()), targetLabel(a.track(), a.target()), checks.get(a.id()), totals.get(a.id()),
                    p.rank(), p.standing()));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            order.put(targets.get(i).track() + "/" + targets.get(i).target(), i);
        }
        rows.sort(Comparator.<ApplicationRow>comparingInt(r -> order.getOrDefault(
                        r.application().track() + "/" + r.application().target(), 0))
                .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.application().id()));
        return new ReviewSheet(review, targets, rows, repo.unlockReasons(year));
    }

    /** The criteria of one application as they stand today (for the detail panel and the sheet). */
    public List<CriterionCheck> check(long applicationId) {
        Application a = application(applicationId);
        return sheet(a.year()).rows().stream().filter(r -> r.application().id() == applicationId)
                .findFirst().map(ApplicationRow::checks).orElseThrow();
    }

    /** The current title or rank in words, with the date obtained (as the records show it). */
    public String current(Counselor c, Track track) {
        return records.current(c, track);
    }

    public String targetLabel(Track track, String target) {
        return track == Track.TITLE ? TitleRank.valueOf(target).label(m) : target;
    }

    // ---- confirm and unlock ----------------------------------------------------------------------

    /**
     * Confirms the year's results and locks it. Every application needs a result; each 通过 adds the
     * target to the counselor's title or rank history on {@code date}, and the roster shows it.
     */
    public void confirm(int year, LocalDate date) {
        LocalDate on = date != null ? date : today();
        if (on.isAfter(today())) {
            throw new ValidationException(FieldError.of("title.field.confirmedOn", "validation.future"));
        }
        tx.inTransaction(() -> {
            ensureYear(year);
            requireOpen(year);
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
        tx.inTransaction(() -> {
            if (!review(year).confirmed()) {
                throw new ValidationException(FieldError.of("title.field.year", "title.validation.notConfirmed", year));
            }
            repo.promotionsOfYear(year).forEach(history::takeBack);
            repo.insertUnlock(year, reason);
            repo.setState(year, ReviewState.DRAFT, null);
        });
    }

    // ---- findings ------------------------------------------------------------------------------

    @Override
    public java.util.Set<String> codes() {
        return java.util.Set.of(TEACHING_LOAD, YOUNG_TEACHER_SERVICE);
    }

    /** TEACHING_LOAD for the semesters of the year, YOUNG_TEACHER_SERVICE for its title applications. */
    @Override
    public List<Finding> findings(int year) {
        return findings.findings(year);
    }

    /** On the roster rows: teaching load in the semesters of the current year. */
    @Override
    public Map<Long, List<Finding>> findingsByCounselor(LocalDate today) {
        return findings.findingsByCounselor(today);
    }
}
