package cn.huyang.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One full-time counselor's training compliance in a year [三(三)4], judged by the parameters in
 * force on the year's 31 December.
 *
 * @param schoolHours   school-level class hours that year
 * @param shortfall     hours below the yearly requirement, zero when met
 * @param lastHigher    the start of the latest national or regional training up to the year's end, or null
 * @param higher        whether that training falls in the window (three years in the seed) ending that year
 * @param preService    pre-service training for counselors in their first year
 * @param partialYear   joined, left, went on leave or came back during the year
 * @param requiredHours the school-level hours a year required (16 in the seed)
 * @param windowYears   the years of the higher-level window (3 in the seed)
 * @param idTail        the last four of the ID number when another counselor has the same name (shown
 *                      after the name), else null
 */
public record ComplianceRow(int year, long counselorId, String name, Long departmentId, String department,
                            LocalDate entryDate, boolean partialYear, BigDecimal schoolHours, BigDecimal shortfall,
                            LocalDate lastHigher, Status higher, Status preService, BigDecimal requiredHours,
                            int windowYears, String idTail) {

    /** The same row with the ID tail that tells a namesake apart (null: none). */
    public ComplianceRow withIdTail(String tail) {
        return new ComplianceRow(year, counselorId, name, departmentId, department, entryDate, partialYear,
                schoolHours, shortfall, lastHigher, higher, preService, requiredHours, windowYears, tail);
    }

    /** The first year of the higher-level window ending in this row's year. */
    public int windowStartYear() {
        return year - windowYears + 1;
    }

    public boolean hoursMet() {
        return shortfall.signum() == 0;
    }

    /** True when any rule is broken: short of hours, or no higher-level training in the window. */
    public boolean shortOfAnything() {
        return !hoursMet() || higher == Status.MISSING || preService == Status.MISSING;
    }

    /** A rule's outcome for one counselor. */
    public enum Status implements cn.huyang.common.Coded {
        /** The rule holds. */
        MET,
        /** The rule is broken. */
        MISSING,
        /** The rule does not apply yet (served less than the window) or at all (not a first year). */
        NOT_DUE;

        @Override
        public String keyPrefix() {
            return "compliance.status";
        }
    }
}
