package cn.huyang.guarantee;

import java.time.LocalDate;

/**
 * One month of one counselor's allowance: what was due (null when nothing was), by when, what was
 * paid in all and by the due day, the day of the last payment, and the month's state.
 */
public record AllowanceMonth(int month, Long dueFen, LocalDate dueDate, long paidFen, long paidByDueFen,
                             LocalDate lastPaidOn, MonthState state) {

    /** What is still missing of the amount due (0 when nothing was due or it was paid). */
    public long shortFen() {
        return dueFen == null ? 0 : Math.max(0, dueFen - paidFen);
    }
}
