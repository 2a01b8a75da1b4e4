package cn.huyang.guarantee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 确保辅导员津贴按时足额发放 [三(三)8], judged month by month: a month's allowance is due in full by the
 * due day of that month (a policy parameter; a day past the month's end is its last day). Paid in full by
 * then is on time; the day itself still is. Nothing here reads the database.
 */
public final class AllowanceRules {
    private AllowanceRules() {
    }

    /** The day a month's allowance is due by. */
    public static LocalDate dueDate(int year, int month, int dueDay) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(dueDay, ym.lengthOfMonth()));
    }

    /** What a payment is judged on: how much, and when. */
    public record Paid(long amountFen, LocalDate paidOn) {
    }

    /**
     * One month judged on {@code today}.
     *
     * @param dueFen   the amount due, or null when nothing is due
     * @param payments the month's payments (any order)
     */
    public static AllowanceMonth judge(int year, int month, Long dueFen, List<Paid> payments, int dueDay,
                                       LocalDate today) {
        LocalDate due = dueDate(year, month, dueDay);
        long paid = 0;
        long byDue = 0;
        LocalDate last = null;
        for (Paid p : payments) { // one loop: judged for every counselor-month of the college
            paid += p.amountFen();
            if (!p.paidOn().isAfter(due)) {
                byDue += p.amountFen();
            }
            if (last == null || p.paidOn().isAfter(last)) {
                last = p.paidOn();
            }
        }
        MonthState state;
        if (dueFen == null) {
            state = MonthState.NOT_DUE;
        } else if (byDue >= dueFen) {
            state = MonthState.ON_TIME;
        } else if (!today.isAfter(due)) {
            state = MonthState.PENDING;
        } else if (paid >= dueFen) {
            state = MonthState.LATE;
        } else if (paid > 0) {
            state = MonthState.SHORT;
        } else {
            state = MonthState.UNPAID;
        }
        return new AllowanceMonth(month, dueFen, due, paid, byDue, last, state);
    }
}
