package cn.huyang.io;

import cn.huyang.roster.Counselor;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a training records import will write, before anything is: each row's record (a session with
 * that one attendee — rows of the same training are stored as one session with every attendee),
 * the rows already in the ledger (skipped), and every refusal.
 */
public record TrainingImportPreview(List<Row> rows, List<Refusal> refused) {
    public TrainingImportPreview {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    /**
     * One row: the counselor, the training with the counselor's hours as the session's, the
     * certificate number and note of the record, and whether the ledger already holds it.
     */
    public record Row(int row, Counselor counselor, TrainingSession training, BigDecimal hours, String certificateNo,
                      String note, boolean inLedger) {
    }

    public long toWrite() {
        return rows.stream().filter(r -> !r.inLedger()).count();
    }

    public long inLedger() {
        return rows.stream().filter(Row::inLedger).count();
    }

    public long refusedRows() {
        return refused.stream().mapToInt(Refusal::row).distinct().count();
    }

    public boolean hasRefusals() {
        return !refused.isEmpty();
    }
}
