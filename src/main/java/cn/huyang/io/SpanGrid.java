package cn.huyang.io;

import cn.huyang.io.SpreadsheetException.Problem;
import java.util.Arrays;
import java.util.List;

/**
 * Lays the cells of a row out as the xlsx path sees a merged region: the value in the first cell,
 * blanks in the others — across ({@code colspan}, {@code ss:MergeAcross}) and down ({@code rowspan},
 * {@code ss:MergeDown}: a later row's cells move past the columns still covered from above).
 */
final class SpanGrid {
    /** Rows a span downwards may cover: more is a damaged or hostile file, read as far as Excel goes. */
    static final int MAX_ROWSPAN = 1_048_576;

    private final String file;
    private int[] coveredUntil = new int[16];

    SpanGrid(String file) {
        this.file = file;
    }

    /** The first column from {@code column} on that no span from above covers in row {@code row}. */
    int free(int row, int column) {
        int c = column;
        while (c < coveredUntil.length && coveredUntil[c] >= row) {
            c++;
        }
        return c;
    }

    /**
     * Puts {@code value} at {@code column} of {@code cells} (blanks before it), then the blanks of its
     * span; returns the column after the span.
     */
    int place(List<CellValue> cells, int row, int column, CellValue value, int across, int down) {
        int width = Math.max(1, across);
        if (column < 0 || (long) column + width > XlsxSheetHandler.LAST_COLUMN + 1) {
            throw new SpreadsheetException(Problem.CORRUPT, file);
        }
        while (cells.size() < column) {
            cells.add(CellValue.BLANK);
        }
        cells.add(value);
        for (int i = 1; i < width; i++) {
            cells.add(CellValue.BLANK);
        }
        if (down > 1) {
            int until = (int) Math.min((long) row + Math.min(down, MAX_ROWSPAN) - 1, Integer.MAX_VALUE);
            if (column + width > coveredUntil.length) {
                coveredUntil = Arrays.copyOf(coveredUntil, Math.max(column + width, coveredUntil.length * 2));
            }
            for (int c = column; c < column + width; c++) {
                coveredUntil[c] = until;
            }
        }
        return column + width;
    }
}
