package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Between a reader and an import: drops blank rows, refuses a cell longer than Excel allows (a
 * name of 100,000 characters is no name, and would only be refused later with less to go on),
 * stops at the cap of non-blank rows and on cancel.
 */
final class RowGuard implements RowSink {
    /** Excel's own limit for the text of one cell. */
    static final int MAX_CELL = 32_767;

    private final RowSink sink;
    private final BooleanSupplier cancelled;
    private int rows;

    RowGuard(RowSink sink, BooleanSupplier cancelled) {
        this.sink = sink;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    @Override
    public void row(int number, List<CellValue> cells) {
        if ((number & 0xFF) == 0 && cancelled.getAsBoolean()) {
            throw new SpreadsheetException(Problem.CANCELLED);
        }
        if (cells.stream().allMatch(CellValue::isBlank)) {
            return;
        }
        if (++rows > SpreadsheetReader.MAX_ROWS) {
            throw new SpreadsheetException(Problem.TOO_MANY_ROWS, SpreadsheetReader.MAX_ROWS);
        }
        for (int i = 0; i < cells.size(); i++) {
            int length = cells.get(i).text().length();
            if (length > MAX_CELL) {
                throw new SpreadsheetException(Problem.CELL_TOO_LONG, number, column(i), length, MAX_CELL);
            }
        }
        sink.row(number, cells);
    }

    /** A column as Excel heads it: 0 → A, 26 → AA. */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }
}
