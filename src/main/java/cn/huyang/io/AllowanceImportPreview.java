package cn.huyang.io;

import cn.huyang.guarantee.AllowancePayment;
import cn.huyang.roster.Counselor;
import java.util.List;

/**
 * What an allowance import will write, before anything is: each row's payment, the rows already
 * recorded (same counselor, month, amount and date: skipped, so a file imported twice writes nothing
 * new), and every refusal. With any refusal nothing is written: the file goes in whole or not at all.
 */
public record AllowanceImportPreview(List<Row> rows, List<Refusal> refused) {
    public AllowanceImportPreview {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    public record Row(int row, Counselor counselor, AllowancePayment payment, boolean recorded) {
    }

    public long toWrite() {
        return rows.stream().filter(r -> !r.recorded()).count();
    }

    public long recorded() {
        return rows.stream().filter(Row::recorded).count();
    }

    public long refusedRows() {
        return refused.stream().mapToInt(Refusal::row).distinct().count();
    }

    public boolean hasRefusals() {
        return !refused.isEmpty();
    }
}
