package cn.huyang.io;

import cn.huyang.access.Access;
import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.recruitment.RoundSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A selection round's candidates with their scores, total, rank and result as an xlsx file: the rows
 * the user reads (ID numbers masked where the round's sheet masks them); one audit row.
 */
public final class RecruitmentExport {
    private final Messages m;
    private final ExportGuard guard;

    public RecruitmentExport(Messages messages, Access access) {
        this.m = messages;
        this.guard = new ExportGuard(access);
    }

    public int candidates(Path file, RoundSheet sheet) throws IOException {
        guard.begin(false);
        List<Column<RoundSheet.CandidateRow>> cols = List.of(
                Column.text(m.get("field.name"), 10, r -> r.candidate().name()),
                Column.text(m.get("field.gender"), 6, r -> label(r.candidate().gender())),
                Column.text(m.get("field.idNumber"), 20, r -> r.candidate().idNumber()),
                Column.date(m.get("field.birthDate"), r -> r.candidate().birthDate()),
                Column.text(m.get("field.politicalStatus"), 10, r -> label(r.candidate().politicalStatus())),
                Column.text(m.get("field.education"), 10, r -> label(r.candidate().education())),
                Column.text(m.get("field.degree"), 8, r -> label(r.candidate().degree())),
                Column.text(m.get("field.major"), 16, r -> r.candidate().major()),
                Column.text(m.get("recruitment.field.source"), 12, r -> label(r.candidate().source())),
                Column.text(m.get("recruitment.field.channel"), 10, r -> label(r.candidate().channel())),
                Column.text(m.get("recruitment.field.currentUnit"), 20, r -> r.candidate().currentUnit()),
                Column.text(m.get("recruitment.field.post"), 16, r -> r.department() + " "
                        + label(r.post().postType())),
                Column.text(m.get("recruitment.field.conditions"), 8, r -> m.get(r.qualified()
                        ? "recruitment.status.MET" : "recruitment.status.NOT_MET")),
                Column.decimal(m.get("recruitment.field.written"), 8, r -> r.candidate().writtenScore()),
                Column.decimal(m.get("recruitment.field.interview"), 8, r -> r.candidate().interviewScore()),
                Column.decimal(m.get("recruitment.field.total"), 8, r -> r.placing() == null ? null
                        : r.placing().total()),
                Column.integer(m.get("recruitment.field.rank"), 6, r -> r.placing() == null ? null
                        : r.placing().rank()),
                Column.text(m.get("recruitment.col.standing"), 16, r -> r.placing() == null ? null
                        : label(r.placing().standing())),
                Column.text(m.get("recruitment.field.stage"), 12, r -> label(r.candidate().stage())),
                Column.text(m.get("recruitment.field.outcome"), 8, r -> label(r.candidate().outcome())),
                Column.text(m.get("field.reason"), 20, r -> r.candidate().stopReason()),
                Column.date(m.get("recruitment.field.hiredOn"), r -> r.candidate().hiredOn()));
        XlsxWriter.write(file, m.get("recruitment.tab"), cols, sheet.rows());
        return guard.done("recruitment", file, sheet.rows().size(), false);
    }

    private String label(Coded c) {
        return c == null ? null : c.label(m);
    }
}
