package cn.huyang.guarantee;

import java.time.LocalDate;

/**
 * One amount the finance office paid a counselor as the allowance of a month (a month may have a
 * short payment and a later top-up). {@code id} is null and {@code version} 0 until stored.
 */
public record AllowancePayment(Long id, long counselorId, int year, int month, long amountFen, LocalDate paidOn,
                               String note, int version) {

    public AllowancePayment withId(long newId) {
        return new AllowancePayment(newId, counselorId, year, month, amountFen, paidOn, note, version);
    }
}
