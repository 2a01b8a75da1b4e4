package cn.huyang.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What a roster import will write, before anything is: the sheet, the header row and the columns
 * as mapped, each row's plan, every refusal, and the departments that will be created.
 */
public record RosterImportPreview(Path file, String sheet, int headerRow, List<ImportColumn<RosterField>> columns,
                                  List<PlannedRow> rows, List<Refusal> refused, List<String> newDepartments,
                                  ImportOptions options) {
    public RosterImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
        newDepartments = List.copyOf(newDepartments);
    }

    public long count(PlannedRow.Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    /** Rows with at least one refusal. */
    public long refusedRows() {
        return refused.stream().mapToInt(Refusal::row).distinct().count();
    }

    public boolean hasRefusals() {
        return !refused.isEmpty();
    }
}
