package cn.huyang.overview.report;

import cn.huyang.common.Messages;
import cn.huyang.overview.Bar;
import cn.huyang.overview.Figures;
import cn.huyang.overview.Structure;
import cn.huyang.roster.StaffingRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The report's tables: the comparison of periods, the make-up, the staffing per department. */
final class ReportTables {
    private ReportTables() {
    }

    /** The period against the previous half-year and the same half of the year before, figure by figure. */
    static Block.Table comparison(Messages m, String now, String before, String yearAgo, Figures a, Figures b,
                                  Figures c) {
        List<List<String>> rows = new ArrayList<>();
        row(rows, m.get("report.row.headcount"), a, b, c, f -> String.valueOf(f.headcount()));
        row(rows, m.get("ratio.fullTime"), a, b, c, f -> String.valueOf(f.total().fullTime()));
        row(rows, m.get("ratio.partTime"), a, b, c, f -> String.valueOf(f.total().partTime()));
        row(rows, m.get("ratio.effective"), a, b, c, f -> ReportBuilder.plain(f.total().effective()));
        row(rows, m.get("ratio.required"), a, b, c, f -> String.valueOf(f.total().required()));
        row(rows, m.get("ratio.shortfall"), a, b, c, f -> ReportBuilder.plain(f.total().shortfall()));
        row(rows, m.get("report.row.entries"), a, b, c, f -> String.valueOf(f.periodFlow().entries()));
        row(rows, m.get("report.row.exits"), a, b, c, f -> String.valueOf(f.periodFlow().exits()));
        row(rows, m.get("report.row.hoursShare"), a, b, c, f -> f.training().judged() == 0 ? "—"
                : ReportBuilder.percent(f.training().hoursShare()));
        row(rows, m.get("report.row.excellent"), a, b, c, f -> String.valueOf(f.grades().count("EXCELLENT")));
        row(rows, m.get("report.row.titlesPassed"), a, b, c, f -> f.titles().passed() + " / "
                + f.titles().applications());
        row(rows, m.get("report.row.openFindings"), a, b, c, f -> String.valueOf(f.openFindings().size()));
        return new Block.Table(m.get("report.table.comparison"), List.of(m.get("report.column.figure"), now, before,
                yearAgo), rows);
    }

    private static void row(List<List<String>> rows, String label, Figures a, Figures b, Figures c,
                            Function<Figures, String> value) {
        rows.add(List.of(label, value.apply(a), value.apply(b), value.apply(c)));
    }

    /** A row per dimension of the make-up: each value with its count and share. */
    static Block.Table structure(Messages m, Structure s, int headcount) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.get("overview.card.age"), spread(s.age(), headcount)));
        rows.add(List.of(m.get("overview.card.gender"), spread(s.gender(), headcount)));
        rows.add(List.of(m.get("overview.card.ethnicity"), spread(s.ethnicity(), headcount)));
        rows.add(List.of(m.get("overview.card.education"), spread(s.education(), headcount)));
        rows.add(List.of(m.get("overview.card.title"), spread(s.title(), headcount)));
        rows.add(List.of(m.get("overview.card.political"), spread(s.political(), headcount)));
        return new Block.Table(m.get("report.table.structure"), List.of(m.get("report.column.dimension"),
                m.get("report.column.spread")), rows);
    }

    private static String spread(List<Bar> bars, int whole) {
        List<String> parts = new ArrayList<>();
        for (Bar b : bars) {
            parts.add(b.label() + " " + b.count() + "（" + ReportBuilder.share(b.count(), whole) + "）");
        }
        return parts.isEmpty() ? "—" : String.join("，", parts);
    }

    /** The staffing table: a row per department and the scope's total. */
    static Block.Table staffing(Messages m, Figures f) {
        List<List<String>> rows = new ArrayList<>();
        List<StaffingRow> all = new ArrayList<>(f.staffing());
        if (f.departmentId() == null) {
            all.add(f.total());
        }
        for (StaffingRow r : all) {
            rows.add(List.of(r.department(), String.valueOf(r.students()), String.valueOf(r.fullTime()),
                    String.valueOf(r.partTime()), ReportBuilder.plain(r.effective()), String.valueOf(r.required()),
                    r.isShort() ? ReportBuilder.plain(r.shortfall()) : m.get("ratio.met")));
        }
        return new Block.Table(m.get("report.table.staffing", f.on().toString()), List.of(m.get("ratio.department"),
                m.get("field.students"), m.get("ratio.fullTime"), m.get("ratio.partTime"), m.get("ratio.effective"),
                m.get("ratio.required"), m.get("ratio.shortfall")), rows);
    }
}
