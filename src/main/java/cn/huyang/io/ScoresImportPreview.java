package cn.huyang.io;

import cn.huyang.assessment.Entry;
import cn.huyang.roster.Counselor;
import java.util.List;

/**
 * What a year's scores import will write, before anything is: each row's entry (the stored one
 * with the file's scores over it; a blank cell leaves a stored score as it is), what it changes,
 * and every refusal.
 */
public record ScoresImportPreview(int year, List<Row> rows, List<Refusal> refused) {
    public ScoresImportPreview {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    /** One row: the counselor, the entry to store, new (no score before) / update / unchanged, and the changes. */
    public record Row(int row, Counselor counselor, Entry entry, PlannedRow.Action action,
                      List<PlannedRow.Change> changes) {
        public Row {
            changes = List.copyOf(changes);
        }
    }

    public long count(PlannedRow.Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long refusedRows() {
        return refused.stream().mapToInt(Refusal::row).distinct().count();
    }

    public boolean hasRefusals() {
        return !refused.isEmpty();
    }
}
