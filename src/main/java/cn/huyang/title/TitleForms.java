package cn.huyang.title;

import cn.huyang.assessment.ConfirmedGrade;
import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.print.PdfFormWriter;
import cn.huyang.print.RecommendationSheet;
import cn.huyang.print.RecommendationSheetLayout;
import cn.huyang.print.ReviewList;
import cn.huyang.print.ReviewListLayout;
import cn.huyang.roster.Counselor;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The title evaluation's printed forms, built from the title service's data: each applicant's
 * recommendation sheet (职称评审推荐表) and the year's list of applicants and results (评审名单), and
 * their PDF files. Reads only through the title service and the assessment history; no JavaFX.
 */
public final class TitleForms {
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final TitleService titles;
    private final TitleService.AssessmentHistory assessments;
    private final Messages m;

    public TitleForms(TitleService titles, TitleService.AssessmentHistory assessments) {
        this.titles = titles;
        this.assessments = assessments;
        this.m = titles.messages();
    }

    public Messages messages() {
        return m;
    }

    // ---- the records ------------------------------------------------------------------------------

    /** Every applicant's sheet of the year, in the order of the review (by target, then rank). */
    public List<RecommendationSheet> sheets(int year) {
        return sheets(year, null, null, null);
    }

    /** One application's sheet, or none when the application is not in that year. */
    public List<RecommendationSheet> sheet(int year, long applicationId) {
        return sheets(year, null, null, applicationId);
    }

    /**
     * The sheets of a year: all, or one target's ({@code track} and {@code target} both given), or one
     * application's; null for any.
     */
    public List<RecommendationSheet> sheets(int year, Track track, String target, Long applicationId) {
        ReviewSheet sheet = titles.sheet(year);
        String unit = titles.unitName();
        Map<String, Target> targets = new HashMap<>();
        sheet.targets().forEach(t -> targets.put(key(t.track(), t.target()), t));
        List<RecommendationSheet> out = new ArrayList<>();
        for (ApplicationRow row : sheet.rows()) {
            Application a = row.application();
            if (applicationId != null && !applicationId.equals(a.id())
                    || track != null && a.track() != track
                    || target != null && !target.equals(a.target())) {
                continue;
            }
            Counselor c = titles.roster().counselor(a.counselorId()).orElse(null);
            if (c == null) {
                continue;
            }
            out.add(sheet(sheet.review(), targets.get(key(a.track(), a.target())), row, c, unit));
        }
        return out;
    }

    private RecommendationSheet sheet(Review review, Target target, ApplicationRow row, Counselor c, String unit) {
        Application a = row.application();
        List<RecommendationSheet.Check> checks = row.checks().stream().map(k -> new RecommendationSheet.Check(
                k.criterion().label(m), or(k.requirement()),
                k.shortfall() == null || k.shortfall().isBlank() ? or(k.evidence())
                        : m.get("titleForm.shortfall", or(k.evidence()), k.shortfall()),
                k.met())).toList();
        List<RecommendationSheet.Output> outputs = titles.records().outputs(c.id()).stream()
                .sorted(Comparator.comparingInt(ResearchOutput::year).thenComparing(ResearchOutput::id))
                .map(o -> new RecommendationSheet.Output(o.caption(), label(o.kind()), label(o.level()),
                        String.valueOf(o.year()), label(o.role())))
                .toList();
        List<RecommendationSheet.Teaching> teaching = titles.records().teaching(c.id()).stream()
                .sorted(Comparator.comparingInt(TeachingAssignment::schoolYear)
                        .thenComparingInt(TeachingAssignment::term))
                .map(t -> new RecommendationSheet.Teaching(titles.records().semesterLabel(t.schoolYear(), t.term()), t.course(),
                        plain(t.hours())))
                .toList();
        int posts = target == null ? 0 : target.posts();
        return new RecommendationSheet(a.year(), m.get("titleForm.heading." + a.track().name(), a.year()),
                unit, c.name(), label(c.gender()),
                c.birthDate() == null ? "" : c.birthDate().format(YEAR_MONTH), or(c.ethnicity()),
                label(c.politicalStatus()), educationAndDegree(c), or(c.major()), or(row.department()),
                c.entryDate() == null ? "" : c.entryDate().format(YEAR_MONTH), or(row.current()),
                or(row.targetLabel()), years(c.entryDate(), review.cutoff()),
                a.appliedOn() == null ? "" : a.appliedOn().toString(), checks,
                grades(c.id(), a.year(), target == null ? 0 : target.assessmentWindow()), outputs, teaching,
                score(a.scoreWork()), score(a.scoreResearch()),
                target == null ? "" : m.get("titleForm.weightsValue", plain(target.weightWork()),
                        plain(target.weightResearch())),
                score(row.total()),
                row.rank() == null ? "" : m.get("titleForm.rankOf", row.rank(), posts),
                row.standing() == null ? "" : row.standing().label(m),
                a.verdict() == null ? "" : a.verdict().label(m), or(a.verdictNote()));
    }

    /** The grades of the window: the {@code window} years before the review year, oldest first. */
    private List<RecommendationSheet.YearGrade> grades(long counselorId, int year, int window) {
        if (window <= 0) {
            return List.of();
        }
        Map<Integer, ConfirmedGrade> byYear = new HashMap<>();
        for (ConfirmedGrade g : assessments.confirmedGrades(year - window, year - 1)) {
            if (g.counselorId() == counselorId) {
                byYear.put(g.year(), g);
            }
        }
        List<RecommendationSheet.YearGrade> out = new ArrayList<>();
        for (int y = year - window; y < year; y++) {
            ConfirmedGrade g = byYear.get(y);
            String text = g == null || g.grade() == null ? m.get("titleForm.noGrade")
                    : g.vetoed() ? m.get("titleForm.gradeVetoed", g.grade().label(m)) : g.grade().label(m);
            out.add(new RecommendationSheet.YearGrade(String.valueOf(y), text));
        }
        return out;
    }

    /** The year's list: one group per target with applicants, in the order of the plan. */
    public ReviewList list(int year) {
        ReviewSheet sheet = titles.sheet(year);
        List<ReviewList.Group> groups = new ArrayList<>();
        for (Target t : sheet.targets()) {
            List<ReviewList.Line> lines = new ArrayList<>();
            for (ApplicationRow row : sheet.rows()) {
                Application a = row.application();
                if (a.track() != t.track() || !a.target().equals(t.target())) {
                    continue;
                }
                long unmet = row.unmet();
                lines.add(new ReviewList.Line(String.valueOf(lines.size() + 1), row.name(), or(row.department()),
                        or(row.current()), or(row.targetLabel()),
                        unmet == 0 ? m.get("titleForm.conditions.met") : m.get("titleForm.conditions.unmet", unmet),
                        score(a.scoreWork()), score(a.scoreResearch()), score(row.total()),
                        row.rank() == null ? "" : String.valueOf(row.rank()),
                        row.standing() == null ? "" : row.standing().label(m),
                        a.verdict() == null ? "" : a.verdict().label(m)));
            }
            if (!lines.isEmpty()) {
                groups.add(new ReviewList.Group(m.get("titleForm.list.group", titles.targetLabel(t.track(), t.target()),
                        t.track().label(m), t.posts(), lines.size()), lines));
            }
        }
        Review r = sheet.review();
        String status = r.confirmed()
                ? m.get("titleForm.list.status.confirmed", r.cutoff().toString(), String.valueOf(r.confirmedOn()))
                : m.get("titleForm.list.status.draft", r.cutoff().toString());
        return new ReviewList(year, m.get("titleForm.list.heading", year), titles.unitName(), status, groups);
    }

    // ---- the files --------------------------------------------------------------------------------

    /**
     * Writes sheets into a folder: one PDF per applicant ({@code 2026-计算机系-张伟-副教授.pdf}) or, when
     * {@code single}, one combined file. Returns the files written.
     */
    public List<Path> writeSheets(List<RecommendationSheet> sheets, Path folder, boolean single, Progress progress,
                                  BooleanSupplier cancelled) throws IOException {
        int year = sheets.isEmpty() ? 0 : sheets.get(0).year();
        return new PdfFormWriter(m).writeFiles(new RecommendationSheetLayout(m), sheets, folder, single,
                m.get("titleForm.fileName", year), progress, cancelled);
    }

    /** Writes the year's list into a folder as {@code 2026年度职称评审名单.pdf}. */
    public Path writeList(ReviewList list, Path folder) throws IOException {
        return new PdfFormWriter(m).writeFiles(new ReviewListLayout(m), List.of(list), folder, true,
                m.get("titleForm.list.fileName", list.year()), Progress.NONE, () -> false).get(0);
    }

    /**
     * The year's sheets (or one application's) and, when {@code withList}, the year's list, written into
     * a folder in one go. Returns every file written; none when there is nothing to write.
     */
    public List<Path> export(int year, Long applicationId, boolean single, boolean withList, Path folder,
                             Progress progress, BooleanSupplier cancelled) throws IOException {
        List<RecommendationSheet> sheets = sheets(year, null, null, applicationId);
        List<Path> files = new ArrayList<>();
        if (!sheets.isEmpty()) {
            files.addAll(writeSheets(sheets, folder, single, progress, cancelled));
            if (withList) {
                files.add(writeList(list(year), folder));
            }
        }
        return files;
    }

    // ---- words ------------------------------------------------------------------------------------

    private String educationAndDegree(Counselor c) {
        String e = label(c.education());
        String d = label(c.degree());
        if (e.isEmpty() || d.isEmpty()) {
            return e + d;
        }
        return e + "/" + d;
    }

    private String years(LocalDate entry, LocalDate cutoff) {
        if (entry == null || cutoff == null) {
            return "";
        }
        return m.get("titleForm.years", Math.max(0, Period.between(entry, cutoff).getYears()));
    }

    private String label(Coded c) {
        return c == null ? "" : c.label(m);
    }

    private static String key(Track track, String target) {
        return track + "/" + target;
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String score(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
