package cn.huyang.overview.report;

import cn.huyang.common.Messages;
import cn.huyang.overview.Bar;
import cn.huyang.overview.Figures;
import cn.huyang.overview.Flow;
import cn.huyang.overview.GradeCounts;
import cn.huyang.overview.Period;
import cn.huyang.overview.Structure;
import cn.huyang.overview.TeamFigures;
import cn.huyang.overview.TitleCounts;
import cn.huyang.overview.TrainingShare;
import cn.huyang.roster.StaffingRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes 队伍建设情况汇报 from the team's figures ({@link TeamFigures}): the period's, the previous
 * half-year's and the same half of the year before, in the usual outline — 基本情况, 配备与选聘, 培训与发展,
 * 考核与激励, 存在问题, 下一步工作.
 */
public final class ReportBuilder {
    private final TeamFigures figures;
    private final Messages m;

    public ReportBuilder(TeamFigures figures) {
        this.figures = figures;
        this.m = figures.messages();
    }

    /** The report of a period for the college or a department (a department's user: their own). */
    public TeamReport build(Period period, Long departmentId) {
        // each year's findings register is read once: a half-year and the one before share a year
        java.util.Map<Integer, List<cn.huyang.findings.TrackedFinding>> registers = new java.util.HashMap<>();
        Figures now = counted(figures.team(period, departmentId), registers);
        Figures before = counted(figures.team(period.previous(), departmentId), registers);
        Figures yearAgo = counted(figures.team(period.yearEarlier(), departmentId), registers);
        String label = label(period);
        String title = m.get("report.title", figures.unitName());
        List<String> cover = List.of(m.get("report.cover.period", label), m.get("report.cover.scope", now.scopeName()),
                m.get("report.cover.office"), m.get("report.cover.date", figures.today().toString()));
        List<TeamReport.Section> sections = List.of(
                basics(now, before, yearAgo, period),
                staffing(now),
                development(now),
                assessment(now),
                ReportProblems.problems(now, m),
                ReportProblems.nextSteps(now, m));
        return new TeamReport(title, cover, title + "（" + label + "）", sections);
    }

    private Figures counted(Figures team, java.util.Map<Integer, List<cn.huyang.findings.TrackedFinding>> registers) {
        return figures.withFindings(team, registers.computeIfAbsent(team.year(), figures::register));
    }

    /** 2026 年上半年（1 月 1 日—6 月 30 日）, or the range. */
    public String label(Period p) {
        if (p.isHalf()) {
            return m.get(p.half() == 1 ? "report.period.h1" : "report.period.h2", p.from().getYear());
        }
        return m.get("report.period.custom", p.from().toString(), p.to().toString());
    }

    /** 2026 年上半年, or the range. */
    public String shortLabel(Period p) {
        if (p.isHalf()) {
            return m.get(p.half() == 1 ? "report.period.h1.short" : "report.period.h2.short", p.from().getYear());
        }
        return m.get("report.period.custom", p.from().toString(), p.to().toString());
    }

    private TeamReport.Section basics(Figures now, Figures before, Figures yearAgo, Period period) {
        List<Block> b = new ArrayList<>();
        StaffingRow t = now.total();
        b.add(new Block.Paragraph(m.get("report.basics.text", now.on().toString(), now.scopeName(), now.headcount(),
                t.fullTime(), t.partTime(), share(count(now.structure().political(), "CPC_MEMBER"), now.headcount()),
                share(count(now.structure().education(), "MASTER") + count(now.structure().education(), "DOCTORAL"),
                        now.headcount()))));
        b.add(ReportTables.comparison(m, m.get("report.column.now", shortLabel(period)),
                m.get("report.column.before", shortLabel(period.previous())),
                m.get("report.column.yearAgo", shortLabel(period.yearEarlier())), now, before, yearAgo));
        b.add(new Block.Paragraph(m.get("report.basics.yearly", now.year())));
        b.add(ReportTables.structure(m, now.structure(), now.headcount()));
        Structure s = now.structure();
        b.add(new Block.Chart("age", m.get("report.chart.age"), false, List.of(m.get("report.series.people")),
                List.of(s.age())));
        b.add(new Block.Chart("education", m.get("report.chart.education"), true, List.of(m.get("report.series.people")),
                List.of(s.education())));
        return new TeamReport.Section(m.get("report.section.basics"), b);
    }

    private TeamReport.Section staffing(Figures now) {
        List<Block> b = new ArrayList<>();
        StaffingRow t = now.total();
        b.add(new Block.Paragraph(m.get("report.staffing.text", now.scopeName(), t.students(), t.studentsPerCounselor(),
                t.required(), t.fullTime(), t.partTime(), plain(t.effective()), plain(t.shortfall()))));
        List<String> shortOnes = now.staffing().stream().filter(StaffingRow::isShort)
                .map(r -> m.get("overview.shortOne", r.department(), plain(r.shortfall()))).toList();
        b.add(new Block.Paragraph(shortOnes.isEmpty() ? m.get("report.staffing.noShort")
                : m.get("report.staffing.short", String.join("、", shortOnes))));
        b.add(ReportTables.staffing(m, now));
        List<Bar> full = new ArrayList<>();
        List<Bar> part = new ArrayList<>();
        List<Bar> required = new ArrayList<>();
        for (StaffingRow r : now.staffing()) {
            full.add(new Bar(String.valueOf(r.departmentId()), r.department(), r.fullTime()));
            part.add(new Bar(String.valueOf(r.departmentId()), r.department(), r.partTime()));
            required.add(new Bar(String.valueOf(r.departmentId()), r.department(), r.required()));
        }
        b.add(new Block.Chart("staffing", m.get("report.chart.staffing"), false,
                List.of(m.get("ratio.fullTime"), m.get("ratio.partTime"), m.get("ratio.required")),
                List.of(full, part, required)));
        Flow p = now.periodFlow();
        b.add(new Block.Paragraph(m.get("report.flows.text", p.entries(), p.exits(),
                now.flows().get(0).label(), now.year(), now.flows().stream().mapToInt(Flow::entries).sum(),
                now.flows().stream().mapToInt(Flow::exits).sum())));
        b.add(new Block.Chart("flows", m.get("report.chart.flows"), false,
                List.of(m.get("overview.series.entries"), m.get("overview.series.exits")),
                List.of(now.flows().stream().map(f -> new Bar(f.label(), f.label(), f.entries())).toList(),
                        now.flows().stream().map(f -> new Bar(f.label(), f.label(), f.exits())).toList())));
        return new TeamReport.Section(m.get("report.section.staffing"), b);
    }

    private TeamReport.Section development(Figures now) {
        List<Block> b = new ArrayList<>();
        TrainingShare tr = now.training();
        b.add(new Block.Paragraph(m.get("report.training.text", now.year(), tr.judged(), tr.hoursMet(),
                percent(tr.hoursShare()), tr.higherMissing())));
        List<List<String>> rows = tr.shortByDepartment().stream()
                .map(bar -> List.of(bar.label(), String.valueOf(bar.count()))).toList();
        b.add(new Block.Table(m.get("report.table.training"), List.of(m.get("ratio.department"),
                m.get("report.column.short")), rows));
        b.add(new Block.Chart("training", m.get("report.chart.training"), false, List.of(m.get("report.series.short")),
                List.of(tr.shortByDepartment())));
        TitleCounts tc = now.titles();
        b.add(new Block.SubHeading(m.get("report.titles.heading")));
        b.add(new Block.Paragraph(m.get("report.titles.text", now.year(), tc.applications(), tc.eligible(),
                tc.passed())));
        b.add(new Block.Table(m.get("report.table.titles"), List.of(m.get("overview.titles.applied"),
                m.get("overview.titles.eligible"), m.get("overview.titles.passed")),
                List.of(List.of(String.valueOf(tc.applications()), String.valueOf(tc.eligible()),
                        String.valueOf(tc.passed())))));
        return new TeamReport.Section(m.get("report.section.development"), b);
    }

    private TeamReport.Section assessment(Figures now) {
        List<Block> b = new ArrayList<>();
        GradeCounts g = now.grades();
        b.add(new Block.Paragraph(m.get(g.confirmed() ? "report.grades.confirmed" : "report.grades.draft", now.year(),
                g.assessed(), g.count("EXCELLENT"), g.count("COMPETENT"), g.count("BASIC"), g.count("INCOMPETENT"),
                g.quota(), g.excellentInCollege())));
        List<List<String>> rows = new ArrayList<>();
        for (Bar bar : g.grades()) {
            rows.add(List.of(bar.label(), String.valueOf(bar.count()), share(bar.count(), g.assessed())));
        }
        b.add(new Block.Table(m.get("report.table.grades", now.year()), List.of(m.get("report.column.grade"),
                m.get("report.column.people"), m.get("report.column.share")), rows));
        b.add(new Block.Chart("grades", m.get("report.chart.grades", now.year()), false,
                List.of(m.get("report.series.people")), List.of(g.grades())));
        return new TeamReport.Section(m.get("report.section.assessment"), b);
    }

    static int count(List<Bar> bars, String code) {
        return bars.stream().filter(b -> b.code().equals(code)).mapToInt(Bar::count).sum();
    }

    static String share(int part, int whole) {
        return whole == 0 ? "—" : percent((double) part / whole);
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
