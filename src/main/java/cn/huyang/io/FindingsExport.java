package cn.huyang.io;

import cn.huyang.common.FindingTexts;
import cn.huyang.common.Messages;
import cn.huyang.findings.Decision;
import cn.huyang.findings.TrackedFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The 合规提示 as shown (filtered, sorted) to an .xlsx sheet, with status and decision. Written
 * through {@link ExportService#findings}, which asks the right and leaves the audit row.
 */
final class FindingsExport {
    private FindingsExport() {
    }

    static int write(Path file, List<TrackedFinding> rows, Messages m) throws IOException {
        List<Column<TrackedFinding>> cols = List.of(
                Column.text(m.get("findings.col.status"), 8, t -> t.status().label(m)),
                Column.text(m.get("findings.col.severity"), 8, t -> t.finding().severity().label(m)),
                Column.text(m.get("findings.col.clause"), 10, t -> t.finding().clause()),
                Column.integer(m.get("findings.col.year"), 6, t -> t.finding().year()),
                Column.text(m.get("field.department"), 14, t -> t.finding().department()),
                Column.text(m.get("field.name"), 10, t -> t.finding().counselor()),
                Column.text(m.get("findings.col.message"), 60, t -> t.finding().message()),
                Column.text(m.get("findings.col.params"), 30, t -> FindingTexts.params(t.finding(), m)),
                Column.text(m.get("decision.field.kind"), 14, t -> decision(t, m, d -> d.kind().label(m))),
                Column.date(m.get("decision.field.date"), t -> decision(t, m, Decision::date)),
                Column.text(m.get("decision.field.by"), 10, t -> decision(t, m, Decision::decidedBy)),
                Column.text(m.get("decision.field.documentNo"), 14, t -> decision(t, m, Decision::documentNo)),
                Column.text(m.get("decision.field.note"), 30, t -> decision(t, m, Decision::note)),
                Column.text(m.get("decision.field.plan"), 30, t -> decision(t, m, Decision::plan)),
                Column.date(m.get("decision.field.dueDate"), t -> decision(t, m, Decision::dueDate)));
        XlsxWriter.write(file, m.get("io.sheet.findings"), cols, rows);
        return rows.size();
    }

    private static Object decision(TrackedFinding t, Messages m, java.util.function.Function<Decision, Object> f) {
        return t.decision() == null ? null : f.apply(t.decision().decision());
    }
}
