package cn.huyang.io;

import cn.huyang.students.Student;
import java.util.List;

/**
 * What a student import will write, before anything is: each row's student (new, or an update of the
 * stored 学号 at the version read) and every refusal. With any refusal nothing is written.
 */
public record StudentImportPreview(List<Row> rows, List<Refusal> refused) {
    public StudentImportPreview {
        rows = List.copyOf(rows);
        refused = List.copyOf(refused);
    }

    public record Row(int row, Student student, boolean update) {
    }

    public long created() {
        return rows.stream().filter(r -> !r.update()).count();
    }

    public long updated() {
        return rows.stream().filter(Row::update).count();
    }

    public long refusedRows() {
        return refused.stream().mapToInt(Refusal::row).distinct().count();
    }

    public boolean hasRefusals() {
        return !refused.isEmpty();
    }
}
