package cn.huyang.db;

import java.nio.file.Path;

/** A backup that cannot be used, for a reason shown in plain words ({@code backup.problem.<NAME>}). */
public class BackupException extends RuntimeException {
    /** Why a file was refused. */
    public enum Problem {
        NOT_FOUND, EMPTY, TRUNCATED, CORRUPT, NOT_A_BACKUP, NEWER_SCHEMA, WRITE_FAILED;

        public String messageKey() {
            return "backup.problem." + name();
        }
    }

    private final Problem problem;
    private final Path file;
    private final String detail;

    public BackupException(Problem problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    public BackupException(Problem problem, Path file, String detail, Throwable cause) {
        super(problem + ": " + file + (detail == null ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** For NEWER_SCHEMA the backup's schema version; otherwise a technical detail for the log. */
    public String detail() {
        return detail;
    }
}
