package cn.huyang.db;

import java.nio.file.Path;

/** A backup that cannot be used, for a reason shown in plain words ({@code backup.problem.<NAME>}). */
public class BackupException extends RuntimeException {
    /** Why a file was refused. */
    public enum Problem {
        NOT_FOUND, EMPTY, TRUNCATED, CORRUPT, NOT_A_BACKUP, NEWER_SCHEMA, WRITE_FAILED,
        /** Made by a newer program: a backup format this one cannot read ({@link #detail()} is its number). */
        NEWER_FORMAT,
        /** Holds something that is not data (a command, an unknown table or file): refused unread. */
        UNSAFE,
        /** A row does not fit the schema ({@link #table()}, {@link #row()}): wrong type, too long, a duplicate… */
        BAD_ROW,
        /** An encrypted backup, and neither a password nor the recovery key was given. */
        LOCKED,
        /** An encrypted backup that the password or recovery key given does not open. */
        WRONG_UNLOCK;

        public String messageKey() {
            return "backup.problem." + name();
        }
    }

    private final Problem problem;
    private final Path file;
    private final String detail;
    private final String table;
    private final long row;

    public BackupException(Problem problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    public BackupException(Problem problem, Path file, String detail, Throwable cause) {
        this(problem, file, null, 0, detail, cause);
    }

    public BackupException(Problem problem, Path file, String table, long row, String detail, Throwable cause) {
        super(problem + ": " + file + (table == null ? "" : " table " + table + " row " + row)
                + (detail == null ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail;
        this.table = table;
        this.row = row;
    }

    /** For BAD_ROW the table (as the Flyway scripts name it) the refused row is in. */
    public String table() {
        return table;
    }

    /** For BAD_ROW the number of the refused row within its table, from 1. */
    public long row() {
        return row;
    }

    public Problem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** For NEWER_SCHEMA the backup's schema version, for NEWER_FORMAT its format version; otherwise a technical detail for the log. */
    public String detail() {
        return detail;
    }
}
