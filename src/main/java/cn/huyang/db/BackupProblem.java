package cn.huyang.db;

/**
 * Why a backup's content is refused, found while reading it (before the file name is at hand);
 * turned into a {@link BackupException}. The reason is technical, for the log only.
 */
final class BackupProblem extends Exception {
    private final BackupException.Problem problem;
    private final String table;
    private final long row;

    BackupProblem(BackupException.Problem problem, String reason) {
        this(problem, null, 0, reason);
    }

    BackupProblem(BackupException.Problem problem, String table, long row, String reason) {
        super(reason);
        this.problem = problem;
        this.table = table;
        this.row = row;
    }

    static BackupProblem unsafe(String reason) {
        return new BackupProblem(BackupException.Problem.UNSAFE, reason);
    }

    static BackupProblem corrupt(String reason) {
        return new BackupProblem(BackupException.Problem.CORRUPT, reason);
    }

    static BackupProblem badRow(String table, long row, String reason) {
        return new BackupProblem(BackupException.Problem.BAD_ROW, table, row, reason);
    }

    BackupException.Problem problem() {
        return problem;
    }

    String table() {
        return table;
    }

    long row() {
        return row;
    }
}
