package cn.huyang.title;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.assessment.ConfirmedGrade;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TitleRank;
import cn.huyang.training.ComplianceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final TitleValidator validator;
    private final PolicyService policy;
    private final TitleFindings findings;
    private final Messages m;
    private final Access access;
    private final TitleYearLock lock;
    private final TitleSheets sheets;
    private final TitleTargets targets;

    /** The records, the evidence, the histories, the teaching-load rule, the criteria and the checks: built by the caller. */
    public TitleService(Transactor tx, TitleRepository repo, RosterService roster, TitleRecordsService records,
                        EvidenceReader evidenceReader, TitleHistory history, TeachingLoad teachingLoad,
                        EligibilityRules rules, TitleValidator validator, PolicyService policy, Messages m,
                        Access access) {
        this.access = access;
        this.lock = new TitleYearLock(tx, repo, history, this, access, m);
        this.sheets = new TitleSheets(repo, roster, evidenceReader, rules, policy, this, access);
        this.targets = new TitleTargets(tx, repo, validator, this, access);
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.records = records;
        this.validator = validator;
        this.policy = policy;
        this.m = m;
        this.findings = new TitleFindings(teachingLoad, policy, this::review, this::wholeSheet, m);
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
    void ensureYear(int year) {
        if (repo.review(year).isEmpty()) {
            List<Target> targets = targets(year);
            repo.saveReview(year, LocalDate.of(year, 12, 31));
            targets.forEach(repo::saveTarget);
        }
    }

    public void saveCutoff(int year, LocalDate cutoff) {
        saveCutoff(year, cutoff, null);
    }

    /** The cut-off date of a year's review read at {@code version} (null: as stored now); refused when changed since. */
    public void saveCutoff(int year, LocalDate cutoff, Integer version) {
        targets.saveCutoff(year, cutoff, version);
    }

    /** Saves a target's plan, criteria and weights as the college sets them (no longer a default). */
    public Target saveTarget(Target t) {
        return targets.saveTarget(t);
    }

    /** Removes a target nobody has applied for. */
    public void deleteTarget(int year, Track track, String target) {
        targets.deleteTarget(year, track, target);
    }

    /**
     * Refuses a write into a confirmed year, as the database has it now: the year's review row is
     * locked first until the caller's transaction ends, so that a confirm on another PC either came
     * first (refused here) or waits for this write. Inside a transaction.
     */
    void requireOpen(int year) {
        repo.lockReview(year);
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
        access.guard().require(Operation.TITLES_EDIT);
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
            Application stored = new Application(id, year, counselorId, track, target, on, null, null, null, null);
            access.audit().changed("titleApplication", id, null, stored);
            return stored;
        });
    }

    /** Withdraws an application as it is stored now. */
    public void withdraw(long applicationId) {
        withdraw(applicationId, null);
    }

    /**
     * Withdraws an application read at {@code version} (null: as stored now); refused when someone
     * changed or withdrew it since.
     */
    public void withdraw(long applicationId, Integer version) {
        access.guard().require(Operation.TITLES_EDIT);
        tx.inTransaction(() -> {
            Application a = current(applicationId, version);
            requireOpen(a.year());
            if (!repo.deleteApplication(applicationId, a.version())) {
                throw staleApplication(applicationId);
            }
            access.audit().changed("titleApplication", applicationId, a, null);
        });
    }

    /** The panel's scores per group, each 0–100; either may be cleared (null). */
    public Application score(long applicationId, BigDecimal work, BigDecimal research) {
        return score(applicationId, null, work, research);
    }

    /**
     * The panel's scores of an application read at {@code version} (null: as stored now); refused when
     * someone changed it since.
     *
     * @return the application as stored, at its new version
     */
    public Application score(long applicationId, Integer version, BigDecimal work, BigDecimal research) {
        validator.scores(work, research);
        access.guard().require(Operation.TITLES_EDIT);
        return tx.inTransaction(() -> {
            Application a = current(applicationId, version);
            requireOpen(a.year());
            Application scored = a.withScores(work, research);
            if (!repo.updateApplication(scored)) {
                throw staleApplication(applicationId);
            }
            access.audit().changed("titleApplication", applicationId, a, scored);
            return scored.withVersion(a.version() + 1);
        });
    }

    /** The stored application, refused as changed when it is not at {@code version} (null: any) or gone. */
    private Application current(long applicationId, Integer version) {
        Optional<Application> now = repo.application(applicationId);
        if (version != null && (now.isEmpty() || now.get().version() != version)) {
            throw staleApplication(applicationId);
        }
        return now.orElseThrow(() ->
                new ValidationException(FieldError.of("title.field.application", "title.validation.noApplication")));
    }

    private RuntimeException staleApplication(long applicationId) {
        Optional<Application> now = repo.application(applicationId);
        return access.audit().stale("titleApplication", applicationId, now.orElse(null), now.isEmpty());
    }

    /**
     * The office's result. 通过 for an application that is not eligible and within the posts needs a
     * note saying why (the rules judge, the office decides; the note is kept).
     */
    public Application decide(long applicationId, Verdict verdict, String rawNote) {
        return decide(applicationId, null, verdict, rawNote);
    }

    /** The office's result for an application read at {@code version} (null: as stored now); see {@link #decide}. */
    public Application decide(long applicationId, Integer version, Verdict verdict, String rawNote) {
        String note = rawNote == null || rawNote.isBlank() ? null : rawNote.strip();
        if (note != null && note.length() > 500) {
            throw new ValidationException(FieldError.of("title.field.note", "validation.tooLong", 500));
        }
        access.guard().require(Operation.TITLES_EDIT);
        return tx.inTransaction(() -> {
            Application a = current(applicationId, version);
            requireOpen(a.year());
            if (verdict == Verdict.PASSED && note == null) {
                ApplicationRow row = wholeSheet(a.year()).rows().stream()
                        .filter(r -> r.application().id().equals(applicationId)).findFirst().orElseThrow();
                if (row.standing() != QuotaStanding.WITHIN) {
                    throw new ValidationException(FieldError.of("title.field.note", "title.validation.noteNeeded",
                            row.standing().label(m)));
                }
            }
            Application decided = a.withVerdict(verdict, note);
            if (!repo.updateApplication(decided)) {
                throw staleApplication(applicationId);
            }
            access.audit().changed("titleApplication", applicationId, a, decided);
            return decided.withVersion(a.version() + 1);
        });
    }

    private Application application(long id) {
        return repo.application(id).orElseThrow(() ->
                new ValidationException(FieldError.of("title.field.application", "title.validation.noApplication")));
    }

    /**
     * Every application of the year, checked against its target's criteria and ranked against its
     * posts (over the whole college); the rows those the user working now may see, ID numbers masked
     * for a role that may not see them whole.
     */
    public ReviewSheet sheet(int year) {
        return sheets.shown(sheets.whole(year));
    }

    /** The year's sheet over every application, whoever asks: for the rules and the findings. */
    ReviewSheet wholeSheet(int year) {
        return sheets.whole(year);
    }

    /** The criteria of one application as they stand today (for the detail panel and the sheet). */
    public List<CriterionCheck> check(long applicationId) {
        Application a = application(applicationId);
        return wholeSheet(a.year()).rows().stream().filter(r -> r.application().id() == applicationId)
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
        lock.confirm(year, date);
    }

    /** Reopens a confirmed year; the reason is kept and the promotions it wrote are taken back. */
    public void unlock(int year, String rawReason) {
        lock.unlock(year, rawReason);
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
