package cn.huyang.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One training record as the ledger shows it.
 *
 * @param outsideService the counselor was not on the roster on the training's dates
 *                       ({@code TRAINING_OUTSIDE_SERVICE})
 * @param idTail         the last four of the counselor's ID number when another counselor has the same
 *                       name (shown after the name), else null
 * @param recordVersion  the record's stored version when it was read (a delete against another is refused)
 * @param sessionVersion the session's stored version when it was read
 */
public record LedgerRow(long recordId, long sessionId, int attendees, long counselorId, String counselor,
                        String department, String course, String organiser, TrainingLevel level,
                        TrainingCategory category, LocalDate startDate, LocalDate endDate, BigDecimal hours,
                        String certificateNo, BigDecimal cost, String note, boolean outsideService, String idTail,
                        int recordVersion, int sessionVersion) {
    /** The row marked: whether the counselor was off the roster, and the ID tail that tells a namesake apart. */
    public LedgerRow marked(boolean outside, String tail) {
        return new LedgerRow(recordId, sessionId, attendees, counselorId, counselor, department, course, organiser,
                level, category, startDate, endDate, hours, certificateNo, cost, note, outside, tail, recordVersion,
                sessionVersion);
    }
}
