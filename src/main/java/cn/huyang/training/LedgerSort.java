package cn.huyang.training;

/** The ledger's sort: a column and a direction; the query sorts, not the table. */
public record LedgerSort(Column column, boolean ascending) {
    public static final LedgerSort NEWEST_FIRST = new LedgerSort(Column.START_DATE, false);

    public enum Column {
        COUNSELOR, DEPARTMENT, COURSE, ORGANISER, LEVEL, CATEGORY, START_DATE, END_DATE, HOURS, CERTIFICATE, COST
    }
}
