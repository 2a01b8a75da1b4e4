package cn.huyang.overview.report;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.SeedClauses;
import cn.huyang.findings.Decision;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.overview.Bar;
import cn.huyang.overview.Figures;
import java.util.ArrayList;
import java.util.List;

/** 存在问题 (the open findings grouped by clause) and 下一步工作 (the plans recorded on findings, room to write). */
final class ReportProblems {
    /** Findings listed by name under a clause; the rest are counted. */
    static final int LISTED = 12;

    private ReportProblems() {
    }

    static TeamReport.Section problems(Figures f, Messages m) {
        List<Block> b = new ArrayList<>();
        if (f.openFindings().isEmpty()) {
            b.add(new Block.Paragraph(m.get("report.problems.none")));
            return new TeamReport.Section(m.get("report.section.problems"), b);
        }
        b.add(new Block.Paragraph(m.get("report.problems.text", f.openFindings().size(), f.findingsByClause().size())));
        b.add(new Block.Chart("findings", m.get("report.chart.findings"), false, List.of(m.get("report.series.findings")),
                List.of(f.findingsByClause())));
        int n = 0;
        for (Bar clause : f.findingsByClause()) {
            n++;
            String sentence = SeedClauses.sentence(clause.code()).orElse("");
            b.add(new Block.SubHeading(m.get("report.problems.clause", n, clause.code(), clause.count())));
            if (!sentence.isEmpty()) {
                b.add(new Block.Paragraph(m.get("report.problems.rule", sentence)));
            }
            List<TrackedFinding> under = f.openFindings().stream()
                    .filter(t -> clause.code().equals(t.finding().clause())).toList();
            List<List<String>> rows = new ArrayList<>();
            for (TrackedFinding t : under.subList(0, Math.min(LISTED, under.size()))) {
                Finding x = t.finding();
                rows.add(List.of(who(x, m), x.message()));
            }
            b.add(new Block.Table(m.get("report.table.findings", clause.code()), List.of(m.get("report.column.who"),
                    m.get("report.column.finding")), rows));
            if (under.size() > LISTED) {
                b.add(new Block.Paragraph(m.get("report.problems.more", under.size() - LISTED)));
            }
        }
        return new TeamReport.Section(m.get("report.section.problems"), b);
    }

    private static String who(Finding f, Messages m) {
        if (f.counselor() != null) {
            return f.department() == null ? f.counselor() : f.department() + " " + f.counselor();
        }
        return f.department() == null ? m.get("overview.scope.college") : f.department();
    }

    static TeamReport.Section nextSteps(Figures f, Messages m) {
        List<Block> b = new ArrayList<>();
        if (f.plans().isEmpty()) {
            b.add(new Block.Paragraph(m.get("report.next.none")));
        } else {
            b.add(new Block.Paragraph(m.get("report.next.text", f.plans().size())));
            List<List<String>> rows = new ArrayList<>();
            for (TrackedFinding t : f.plans()) {
                Decision d = t.decision().decision();
                rows.add(List.of(t.finding().clause(), who(t.finding(), m), d.plan(),
                        d.dueDate() == null ? "—" : d.dueDate().toString()));
            }
            b.add(new Block.Table(m.get("report.table.plans"), List.of(m.get("report.column.clause"),
                    m.get("report.column.who"), m.get("report.column.plan"), m.get("report.column.due")), rows));
        }
        b.add(new Block.Paragraph(m.get("report.next.write")));
        b.add(new Block.WritingSpace(8));
        return new TeamReport.Section(m.get("report.section.next"), b);
    }
}
