package cn.huyang.io;

import java.util.Map;

/**
 * How to import: the sheet (null: the first visible one), whether counselors already on the roster
 * are updated or skipped, whether departments not found are created, and the user's column mapping
 * (column index → field, null to ignore a column; null for the mapping found from the headers).
 */
public record ImportOptions(String sheet, boolean update, boolean createDepartments,
                            Map<Integer, RosterField> mapping) {
    public static ImportOptions defaults() {
        return new ImportOptions(null, false, false, null);
    }
}
