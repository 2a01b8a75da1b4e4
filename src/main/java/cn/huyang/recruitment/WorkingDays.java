package cn.huyang.recruitment;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days (Monday to Friday; the program keeps no holiday calendar, so the office checks the
 * default end date around public holidays): a 公示 of N working days starting on a day ends on the
 * N-th working day counted from it (the start itself counting when it is one).
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The last day of a period of {@code days} working days starting on {@code start}. */
    public static LocalDate end(LocalDate start, int days) {
        LocalDate d = start;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        int counted = 1;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The working days from {@code start} to {@code end}, both included. */
    public static int between(LocalDate start, LocalDate end) {
        int n = 0;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
