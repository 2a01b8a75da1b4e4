package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.Messages;
import cn.huyang.worklog.SummaryRow;
import cn.huyang.worklog.WorkRecord;
import cn.huyang.worklog.WorklogService;
import cn.huyang.worklog.WorklogSummaries;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The work records of a month as an xlsx file: the counts per counselor (what the user may see counted),
 * or — an explicit choice that needs {@link Operation#SENSITIVE_EXPORT} — every record with its texts.
 * One audit row either way (kind, rows, whether texts were written, the file's name; never the texts).
 */
public final class WorklogExport {
    private final WorklogSummaries summaries;
    private final WorklogService records;
    private final Messages m;
    private final Access access;

    public WorklogExport(WorklogSummaries summaries, WorklogService records, Messages m, Access access) {
        this.summaries = summaries;
        this.records = records;
        this.m = m;
        this.access = access;
    }

    /** The month's counts per counselor (of one department when given). */
    public int summary(Path file, YearMonth month, Long departmentId) throws IOException {
        access.guard().requireSome(Operation.WORKLOG_SUMMARY);
        List<SummaryRow> rows = summaries.month(month, departmentId);
        List<Column<SummaryRow>> cols = List.of(
                Column.text(m.get("worklog.month"), 8, r -> month.toString()),
                Column.text(m.get("worklog.col.department"), 14, SummaryRow::department),
                Column.text(m.get("worklog.col.counselor"), 10, SummaryRow::counselor),
                Column.integer(m.get("worklog.col.talks"), 8, r -> r.counts().talks()),
                Column.integer(m.get("worklog.col.classVisits"), 8, r -> r.counts().classVisits()),
                Column.integer(m.get("worklog.col.dormVisits"), 8, r -> r.counts().dormVisits()),
                Column.integer(m.get("worklog.col.meetings"), 8, r -> r.counts().meetings()),
                Column.integer(m.get("worklog.col.students"), 8, r -> r.counts().students()),
                Column.integer(m.get("worklog.col.overdue"), 8, r -> r.counts().overdue()));
        XlsxWriter.write(file, m.get("worklog.export.sheet"), cols, rows);
        return done(file, rows.size(), false);
    }

    /** Every record of the month the user may read and export, with its texts: asks SENSITIVE_EXPORT first. */
    public int withTexts(Path file, YearMonth month) throws IOException {
        access.guard().requireSome(Operation.SENSITIVE_EXPORT);
        Map<Long, String> names = new LinkedHashMap<>();
        summaries.month(month, null).forEach(r -> names.put(r.counselorId(), r.counselor()));
        List<WorkRecord> rows = new ArrayList<>(records.allOpened(month.atDay(1), month.atEndOfMonth()));
        List<Column<WorkRecord>> cols = List.of(
                Column.date(m.get("worklog.col.date"), WorkRecord::date),
                Column.text(m.get("worklog.col.counselor"), 10, r -> names.get(r.counselorId())),
                Column.text(m.get("worklog.col.kind"), 10, r -> m.get(r.kind().messageKey())),
                Column.text(m.get("worklog.col.place"), 14, WorkRecord::place),
                Column.text(m.get("worklog.col.className"), 12, WorkRecord::className),
                Column.text(m.get("worklog.field.students"), 16, r -> r.students().stream()
                        .map(s -> s.name()).collect(Collectors.joining("、"))),
                Column.text(m.get("worklog.col.text"), 60, r -> r.details().entrySet().stream()
                        .map(e -> m.get("worklog.field." + e.getKey()) + "：" + e.getValue())
                        .collect(Collectors.joining("；"))),
                Column.date(m.get("worklog.field.followUpOn"), WorkRecord::followUpOn));
        XlsxWriter.write(file, m.get("worklog.export.texts"), cols, rows);
        return done(file, rows.size(), true);
    }

    private int done(Path file, int rows, boolean texts) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "worklogs");
        details.put("rows", rows);
        details.put("withTexts", texts);
        details.put("file", file.getFileName() == null ? "" : file.getFileName().toString());
        access.audit().record(AuditAction.EXPORT, "worklogs", null, details);
        return rows;
    }
}
