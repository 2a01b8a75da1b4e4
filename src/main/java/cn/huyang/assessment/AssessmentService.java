package cn.huyang.assessment;

import cn.huyang.common.ConfirmedYears;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.print.AppraisalForm;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The annual assessment [三(四)1–4], as the window, the command line, the imports and the exports
 * see it: one door to its parts, which do the work. The scheme of each year
 * ({@link AssessmentSchemes}); the scores, results, overrides, reviews, confirming and unlocking
 * ({@link AssessmentScoring}); the Top Ten ({@link AssessmentTopTen}); the findings of confirmed
 * years ({@link AssessmentFindings}); the appraisal forms' data ({@link AppraisalForms}).
 */
public class AssessmentService implements FindingSource, CounselorFindingSource, ConfirmedYears {
    public static final String INCOMPETENT_ADJUST = "INCOMPETENT_ADJUST";
    public static final String TWO_YEARS_INCOMPETENT = "TWO_YEARS_INCOMPETENT";
    public static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";

    private final RosterService roster;
    private final AssessmentSchemes schemes;
    private final AssessmentScoring scoring;
    private final AssessmentTopTen topTen;
    private final AssessmentFindings findings;
    private final AppraisalForms forms;

    public AssessmentService(RosterService roster, AssessmentSchemes schemes, AssessmentScoring scoring,
                             AssessmentTopTen topTen, AssessmentFindings findings, AppraisalForms forms) {
        this.roster = roster;
        this.schemes = schemes;
        this.scoring = scoring;
        this.topTen = topTen;
        this.findings = findings;
        this.forms = forms;
    }

    public int currentYear() {
        return today().getYear();
    }

    /** Today, by the injected clock. */
    public LocalDate today() {
        return roster.today();
    }

    public List<Department> departments() {
        return roster.departments();
    }

    // ---- the scheme -------------------------------------------------------------------------

    /** The scheme of a year: as stored, else copied from the latest year before, else the defaults. */
    public Scheme scheme(int year) {
        return schemes.scheme(year);
    }

    /** Saves a year's scheme; refused while the year is confirmed (locked). */
    public Scheme saveScheme(Scheme s) {
        return schemes.saveScheme(s);
    }

    // ---- scores, confirming -----------------------------------------------------------------

    /**
     * The grid of a year: every counselor on the roster that year, and anyone with scores stored —
     * computed over the whole year, then only the rows the user working now may see (masked where
     * the roster masks). The grid, the exports and the command line show this.
     */
    public Sheet sheet(int year) {
        return scoring.shown(scoring.sheet(year));
    }

    /** Saves what was typed for some counselors of a year; see {@link AssessmentScoring#saveEntries}. */
    public void saveEntries(int year, List<Entry> typed) {
        scoring.saveEntries(year, typed);
    }

    /** Sets (or with a null grade clears) the grade that stands instead of the proposed one; a reason is required. */
    public void override(int year, long counselorId, Grade grade, String rawReason) {
        scoring.override(year, counselorId, grade, rawReason);
    }

    /** Records a review request (复核) and, later, its outcome. */
    public void recordReview(int year, long counselorId, Entry.Review review) {
        scoring.recordReview(year, counselorId, review);
    }

    /** Confirms a year: the results are stored and the scheme and scores are locked. */
    public Results confirm(int year) {
        return scoring.confirm(year, java.util.Set.of());
    }

    /**
     * Confirms a year, leaving out those named in {@code notAssessed}, who have no score at all (asked
     * on screen first: joined late, on leave); they have no result that year.
     */
    public Results confirm(int year, Collection<Long> notAssessed) {
        return scoring.confirm(year, java.util.Set.copyOf(notAssessed));
    }

    /** Opens a confirmed year again; the reason is required and kept. */
    public void unlock(int year, String rawReason) {
        scoring.unlock(year, rawReason);
    }

    // ---- the Top Ten [三(四)4] ------------------------------------------------------------------

    /** The year's 优秀, ranked by total: those the Top Ten is chosen from (those the user may see). */
    public List<SheetRow> topTenCandidates(int year) {
        return topTen.topTenCandidates(year).stream()
                .filter(r -> roster.visible(List.of(r.counselor())).size() == 1).toList();
    }

    /** How many the year's Top Ten holds at most (the parameter in force on its 31 December). */
    public int topTenSize(int year) {
        return topTen.size(year);
    }

    /** Records the chosen Top Ten as the year's awards, replacing an earlier choice. */
    public void chooseTopTen(int year, Collection<Long> counselorIds) {
        topTen.chooseTopTen(year, counselorIds);
    }

    public Map<Long, List<String>> awards(int year) {
        return topTen.awards(year);
    }

    // ---- findings (rule 8) ----------------------------------------------------------------------

    /** The grades of the confirmed years from {@code from} to {@code to} (for title evaluation). */
    public List<ConfirmedGrade> confirmedGrades(int from, int to) {
        return findings.confirmedGrades(from, to);
    }

    /** The years whose assessment is confirmed, oldest first. */
    @Override
    public java.util.Set<Integer> confirmedYears() {
        return findings.confirmedYears();
    }

    @Override
    public java.util.Set<String> codes() {
        return java.util.Set.of(QUOTA_EXCEEDED, INCOMPETENT_ADJUST, TWO_YEARS_INCOMPETENT);
    }

    @Override
    public List<Finding> findings(int year) {
        return findings.findings(year);
    }

    @Override
    public Map<Long, List<Finding>> findingsByCounselor(LocalDate today) {
        return findings.findingsByCounselor(today);
    }

    // ---- appraisal forms ------------------------------------------------------------------------

    /** The year's work records by counselor [三(一)3], as far as the user may see them counted. */
    public Map<Long, WorkCounts> workCounts(int year) {
        return forms.workCounts(year);
    }

    /** The appraisal forms of a year: every counselor on its sheet, or one department's, or one counselor's. */
    public List<AppraisalForm> forms(int year, Long departmentId, Long counselorId) {
        return forms.forms(year, departmentId, counselorId);
    }
}
