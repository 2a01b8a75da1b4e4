package cn.huyang.io;

import cn.huyang.common.Messages;

/** A file that cannot be read as a table, with the reason for the user (a bundle key and arguments). */
public class SpreadsheetException extends RuntimeException {
    private final Problem problem;
    private final transient Object[] args;

    public enum Problem {
        NOT_FOUND, EMPTY, NOT_SPREADSHEET, ENCRYPTED, CORRUPT, NO_SUCH_SHEET, NO_SHEET, NO_HEADER, MISSING_COLUMN,
        DUPLICATE_COLUMN, FORMULA_NO_VALUE, CELL_TOO_LONG, TOO_MANY_ROWS, CANCELLED, IS_PDF, IS_IMAGE, IS_WORD, TOO_LARGE,
        TOO_DEEP, UNSAFE;

        String key() {
            return "io.problem." + name();
        }
    }

    public SpreadsheetException(Problem problem, Throwable cause, Object... args) {
        super(problem + (cause == null ? "" : ": " + cause), cause);
        this.problem = problem;
        this.args = args.clone();
    }

    public SpreadsheetException(Problem problem, Object... args) {
        this(problem, (Throwable) null, args);
    }

    public Problem problem() {
        return problem;
    }

    public String render(Messages messages) {
        return messages.get(problem.key(), args);
    }
}
