package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;

/**
 * The text of one cell as a reader collects it: kept up to Excel's limit for a cell, only counted
 * beyond, so a hostile file's one cell of a gigabyte never fills memory; refused when it is taken.
 */
final class CellText {
    private final StringBuilder text = new StringBuilder();
    private long length;

    void clear() {
        text.setLength(0);
        length = 0;
    }

    void append(char c) {
        if (++length <= RowGuard.MAX_CELL) {
            text.append(c);
        }
    }

    void append(char[] ch, int start, int count) {
        int keep = (int) Math.max(0, Math.min(count, RowGuard.MAX_CELL - length));
        text.append(ch, start, keep);
        length += count;
    }

    void append(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    boolean isEmpty() {
        return length == 0;
    }

    char last() {
        return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
    }

    /** The text; refused when longer than a cell may hold ({@code row} and {@code column} as the user sees them). */
    String take(int row, int column) {
        if (length > RowGuard.MAX_CELL) {
            throw new SpreadsheetException(Problem.CELL_TOO_LONG, row, RowGuard.column(column),
                    Math.min(length, Integer.MAX_VALUE), RowGuard.MAX_CELL);
        }
        return text.toString();
    }
}
