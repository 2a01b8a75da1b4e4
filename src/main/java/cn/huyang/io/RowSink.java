package cn.huyang.io;

import java.util.List;

/** Receives a sheet's rows in order: the row number as the spreadsheet shows it (from 1) and its cells. */
@FunctionalInterface
public interface RowSink {
    void row(int number, List<CellValue> cells);
}
