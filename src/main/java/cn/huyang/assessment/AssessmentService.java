package cn.huyang.assessment;

import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Finding.Severity;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.print.AppraisalForm;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual assessment [三(四)1–4]: the scheme of each year, the scores, the results, confirmation
 * and unlocking, overrides and reviews, the Top Ten, and the appraisal forms' data. Every write is
 * validated and runs in one transaction. Findings come from confirmed years only: a draft's grades
 * still move as scores are typed, so they are shown in the grid, not reported.
 */
public class AssessmentService implements FindingSource, CounselorFindingSource {
    public static final String INCOMPETENT_ADJUST = "INCOMPETENT_ADJUST";
    public static final String TWO_YEARS_INCOMPETENT = "TWO_YEARS_INCOMPETENT";
    public static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";
    public static final int TOP_TEN = 10;

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final Transactor tx;
    private final AssessmentRepository repo;
    private final RosterService roster;
    private final TrainingHoursSource training;
    private final Messages messages;

    public AssessmentService(Transactor tx, AssessmentRepository repo, RosterService roster,
                             TrainingHoursSource training, Messages messages) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.training = training;
        this.messages = messages;
    }

    public int currentYear() {
        return roster.today().getYear();
    }

    public List<Department> departments() {
        return roster.departments();
    }

    // ---- the scheme -------------------------------------------------------------------------

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
        return tx.inTransaction(() -> {
            refuseIfLocked(s.year());
            repo.saveScheme(clean);
            return clean;
        });
    }

    private static void check(List<FieldError> errors, String field, BigDecimal v) {
        if (v == null || !Scores.inRange(v)) {
            errors.add(FieldError.of(field, "assessment.validation.range"));
        }
    }

    private void refuseIfLocked(int year) {
        if (repo.scheme(year).map(Scheme::locked).orElse(false)) {
            throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.locked", year));
        }
    }

    // ---- entering scores ----------------------------------------------------------------------

    /** The grid of a year: every counselor on the roster that year, and anyone with scores stored. */
    public Sheet sheet(int year) {
        Scheme scheme = scheme(year);
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
        Scheme scheme = scheme(year);
        Map<Long, String> names = names(typed.stream().map(Entry::counselorId).toList());
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
        tx.inTransaction(() -> {
            refuseIfLocked(year);
            if (!scheme.stored()) {
                repo.saveScheme(scheme);
            }
            Map<Long, Entry> stored = repo.entries(year);
            List<Entry> merged = new ArrayList<>(typed.size());
            for (Entry e : typed) {
                Entry base = stored.getOrDefault(e.counselorId(), Entry.empty(year, e.counselorId()));
                merged.add(base.withScores(e.scores(), e.bonus(), Text.clean(e.veto()),
                        Text.isBlank(e.summary()) ? null : e.summary().strip()));
            }
            repo.saveEntries(merged);
        });
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
        tx.inTransaction(() -> {
            refuseIfLocked(year);
            Entry e = repo.entries(year).getOrDefault(counselorId, Entry.empty(year, counselorId));
            repo.saveEntries(List.of(e.withOverride(grade, grade == null ? null : reason)));
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
        tx.inTransaction(() -> {
            Entry e = repo.entries(year).getOrDefault(counselorId, Entry.empty(year, counselorId));
            repo.saveEntries(List.of(e.withReview(new Entry.Review(review.requested(), Text.clean(review.reason()),
                    review.outcome() == null ? ReviewOutcome.PENDING : review.outcome(), Text.clean(review.note())))));
        });
    }

    // ---- confirming ---------------------------------------------------------------------------

    /**
     * Confirms a year: the results are stored and the scheme and scores are locked. Refused while
     * anyone on the sheet lacks a score. Ties left at the quota edge are the office's to decide; left
     * undecided, they show as {@code QUOTA_EXCEEDED}.
     */
    public Results confirm(int year) {
        return tx.inTransaction(() -> {
            refuseIfLocked(year);
            Sheet sheet = sheet(year);
            long incomplete = sheet.rows().stream().filter(r -> !r.result().complete()).count();
            if (incomplete > 0) {
                throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.incomplete",
                        year, incomplete));
            }
            if (sheet.rows().isEmpty()) {
                throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.nobody", year));
            }
            if (!sheet.scheme().stored()) {
                repo.saveScheme(sheet.scheme());
            }
            repo.replaceResults(year, sheet.results().rows());
            repo.setState(year, YearState.CONFIRMED);
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
        tx.inTransaction(() -> {
            if (!repo.scheme(year).map(Scheme::locked).orElse(false)) {
                throw new ValidationException(FieldError.of("assessment.year", "assessment.validation.notLocked", year));
            }
            repo.insertUnlock(year, reason);
            repo.setState(year, YearState.DRAFT);
        });
    }

    // ---- the Top Ten [三(四)4] ------------------------------------------------------------------

    /** The year's 优秀, ranked by total: those the Top Ten is chosen from. */
    public List<SheetRow> topTenCandidates(int year) {
        return sheet(year).rows().stream().filter(r -> r.result().grade() == Grade.EXCELLENT)
                .sorted(Comparator.comparing((SheetRow r) -> r.result().total()).reversed()
                        .thenComparing(r -> r.counselor().id()))
                .toList();
    }

    /** Records the chosen Top Ten (at most ten, each graded 优秀) as the year's awards, replacing an earlier choice. */
    public void chooseTopTen(int year, Collection<Long> counselorIds) {
        if (counselorIds.size() > TOP_TEN) {
            throw new ValidationException(FieldError.of("assessment.topTen", "assessment.validation.topTenCount",
                    TOP_TEN));
        }
        Set<Long> allowed = topTenCandidates(year).stream().map(r -> r.counselor().id()).collect(Collectors.toSet());
        for (long id : counselorIds) {
            if (!allowed.contains(id)) {
                throw new ValidationException(FieldError.of("assessment.topTen", "assessment.validation.topTenGrade"));
            }
        }
        tx.inTransaction(() -> repo.replaceAwards(year, messages.get("assessment.topTen.award"),
                messages.get("assessment.topTen.level"), List.copyOf(counselorIds)));
    }

    public Map<Long, List<String>> awards(int year) {
        return repo.awards(year);
    }

    // ---- findings (rule 8) ----------------------------------------------------------------------

    /** The grades of the confirmed years from {@code from} to {@code to} (for title evaluation). */
    public List<ConfirmedGrade> confirmedGrades(int from, int to) {
        return repo.confirmedGrades(from, to);
    }

    @Override
    public List<Finding> findings(int year) {
        Scheme scheme = repo.scheme(year).orElse(null);
        if (scheme == null || !scheme.locked()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        int[] counts = repo.assessedAndExcellent(year);
        int quota = AssessmentCalculator.quota(scheme, counts[0]);
        if (counts[1] > quota) {
            out.add(new Finding(QUOTA_EXCEEDED, Severity.WARNING, null, null, null,
                    messages.get("finding.QUOTA_EXCEEDED", year, counts[1], quota, counts[0],
                            scheme.quotaPercent().stripTrailingZeros().toPlainString())));
        }
        out.addAll(counselorFindings(year));
        return out;
    }

    @Override
    public Map<Long, List<Finding>> findingsByCounselor(LocalDate today) {
        Map<Long, List<Finding>> out = new LinkedHashMap<>();
        repo.latestConfirmedUpTo(today.getYear()).ifPresent(y -> counselorFindings(y)
                .forEach(f -> out.computeIfAbsent(f.counselorId(), k -> new ArrayList<>()).add(f)));
        return out;
    }

    private List<Finding> counselorFindings(int year) {
        Map<Integer, List<Long>> incompetent = repo.incompetentInConfirmedYears(List.of(year - 1, year));
        List<Long> thisYear = incompetent.getOrDefault(year, List.of());
        if (thisYear.isEmpty()) {
            return List.of();
        }
        Set<Long> lastYear = new HashSet<>(incompetent.getOrDefault(year - 1, List.of()));
        Map<Long, Counselor> who = counselors(thisYear);
        Map<Long, String> depts = roster.departmentNames();
        List<Finding> out = new ArrayList<>();
        for (long id : thisYear) {
            Counselor c = who.get(id);
            String name = c == null ? String.valueOf(id) : c.name();
            String dept = c == null ? null : depts.get(c.departmentId());
            out.add(new Finding(INCOMPETENT_ADJUST, Severity.WARNING, dept, id, name,
                    messages.get("finding.INCOMPETENT_ADJUST", year)));
            if (lastYear.contains(id)) {
                out.add(new Finding(TWO_YEARS_INCOMPETENT, Severity.WARNING, dept, id, name,
                        messages.get("finding.TWO_YEARS_INCOMPETENT", year - 1, year)));
            }
        }
        return out;
    }

    /** The counselors with these ids: one query for a few, the whole roster read once for many. */
    private Map<Long, Counselor> counselors(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        List<Counselor> found = wanted.size() <= 500 ? roster.counselors(wanted)
                : roster.counselors().stream().filter(c -> wanted.contains(c.id())).toList();
        return found.stream().collect(Collectors.toMap(Counselor::id, Function.identity()));
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        counselors(ids).forEach((id, c) -> out.put(id, c.name()));
        return out;
    }

    // ---- appraisal forms ------------------------------------------------------------------------

    /**
     * The appraisal forms of a year: every counselor on its sheet, or one department's, or one
     * counselor's (null for all). Ranks and grades are the year's.
     */
    public List<AppraisalForm> forms(int year, Long departmentId, Long counselorId) {
        Sheet sheet = sheet(year);
        Map<Long, BigDecimal> hours = training.hoursByCounselor(year);
        Map<Long, List<String>> awards = repo.awards(year);
        int assessed = sheet.results().assessed();
        List<AppraisalForm> out = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Counselor c = row.counselor();
            if (departmentId != null && !departmentId.equals(c.departmentId())
                    || counselorId != null && !counselorId.equals(c.id())) {
                continue;
            }
            out.add(form(sheet.scheme(), row, assessed, hours.get(c.id()), awards.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    private AppraisalForm form(Scheme scheme, SheetRow row, int assessed, BigDecimal hours, List<String> awards) {
        Counselor c = row.counselor();
        Entry e = row.entry();
        Result r = row.result();
        String position = label(c.position());
        String post = label(c.postType());
        String classes = or(c.classesInCharge());
        String work = messages.get("form.work", position, post, classes, c.studentsInCharge());
        List<AppraisalForm.ScoreLine> lines = new ArrayList<>();
        for (Party p : Party.values()) {
            BigDecimal s = e.score(p);
            BigDecimal w = scheme.weight(p);
            lines.add(new AppraisalForm.ScoreLine(p.label(messages), plain(w), Scores.format(s),
                    s == null ? "" : s.multiply(w).divide(HUNDRED, 2, RoundingMode.HALF_UP).toPlainString()));
        }
        String bonus = e.bonus() == null ? "" : Scores.format(e.bonus());
        if (e.bonus() != null && r.bonusCounted() != null && e.bonus().compareTo(r.bonusCounted()) != 0) {
            bonus = messages.get("form.bonusCapped", Scores.format(e.bonus()), Scores.format(r.bonusCounted()));
        }
        String hoursText = hours == null ? messages.get("form.remarks.noHours")
                : messages.get("form.remarks.hours", hours.stripTrailingZeros().toPlainString());
        String awardText = awards.isEmpty() ? messages.get("form.remarks.noAwards")
                : messages.get("form.remarks.awards", String.join("、", awards));
        List<String> notes = new ArrayList<>();
        if (r.overridden()) {
            notes.add(messages.get("form.note.override", label(r.proposed()), label(r.grade()), or(e.overrideReason())));
        }
        if (r.quota() == QuotaStatus.TIE_AT_EDGE || r.quota() == QuotaStatus.OVER) {
            notes.add(r.quota().label(messages));
        }
        if (e.review() != null) {
            String opinion = Text.isBlank(e.review().note()) ? "" : messages.get("form.note.reviewOpinion",
                    e.review().note());
            notes.add(messages.get("form.note.review", String.valueOf(e.review().requested()),
                    e.review().outcome() == null ? "" : e.review().outcome().label(messages), opinion));
        }
        String years = c.entryDate() == null ? "" : messages.get("form.years",
                Math.max(0, Period.between(c.entryDate(), LocalDate.of(scheme.year(), 12, 31)).getYears()));
        String titleAndRank = joinNonBlank(label(c.title()), c.adminRank());
        return new AppraisalForm(scheme.year(), messages.get("form.unit"), c.name(), label(c.gender()),
                c.birthDate() == null ? "" : c.birthDate().format(YEAR_MONTH), or(c.ethnicity()),
                label(c.politicalStatus()), label(c.education()), joinNonBlank(row.department(), position),
                c.entryDate() == null ? "" : c.entryDate().format(YEAR_MONTH), work, e.summary(),
                label(r.proposed()), label(r.grade()), hoursText + "；" + awardText,
                row.department(), classes, String.valueOf(c.studentsInCharge()), years, titleAndRank, lines, bonus,
                e.vetoed() ? e.veto() : messages.get("form.veto.none"),
                r.total() == null ? "" : r.total().toPlainString(),
                r.rank() == null ? "" : messages.get("form.rank", r.rank(), assessed),
                String.join("；", notes));
    }

    private String label(cn.huyang.common.Coded c) {
        return c == null ? "" : c.label(messages);
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String joinNonBlank(String a, String b) {
        if (Text.isBlank(a)) {
            return or(b);
        }
        return Text.isBlank(b) ? a : a + " " + b;
    }
}
