package cn.huyang.training;

/**
 * What the ledger shows: a year (null for every year), level, category and department (null for
 * all), the counselor's name or ID number, and a text found in course, organiser, certificate or note.
 */
public record LedgerFilter(Integer year, TrainingLevel level, TrainingCategory category, Long departmentId,
                           String counselor, String search) {
    public static LedgerFilter year(int year) {
        return new LedgerFilter(year, null, null, null, null, null);
    }
}
