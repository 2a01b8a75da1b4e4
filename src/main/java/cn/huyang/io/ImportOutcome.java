package cn.huyang.io;

/** What an import wrote, and the backup made before it. */
public record ImportOutcome(int created, int updated, int unchanged, int skipped, int refusedRows,
                            int departmentsCreated, String backup) {
}
