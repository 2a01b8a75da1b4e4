package cn.huyang.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One full-time counselor's training compliance in a year [三(三)4].
 *
 * @param schoolHours school-level class hours that year
 * @param shortfall   hours below the yearly 16, zero when met
 * @param lastHigher  the start of the latest national or regional training up to the year's end, or null
 * @param higher      whether that training falls in the three-year window ending that year
 * @param preService  pre-service training for counselors in their first year
 * @param partialYear joined, left, went on leave or came back during the year
 */
public record ComplianceRow(int year, long counselorId, String name, Long departmentId, String department,
                            LocalDate entryDate, boolean partialYear, BigDecimal schoolHours, BigDecimal shortfall,
                            LocalDate lastHigher, Status higher, Status preService) {

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
