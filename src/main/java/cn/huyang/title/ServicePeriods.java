package cn.huyang.title;

import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterEventKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Days of service counted to a cut-off date: periods in post from the roster history and from
 * service records, merged so no day counts twice. A period is [start, end): the day of a leave or
 * deregistration is no longer served; the cut-off day itself is.
 */
final class ServicePeriods {
    private final List<LocalDate[]> periods = new ArrayList<>();

    private ServicePeriods() {
    }

    static ServicePeriods of() {
        return new ServicePeriods();
    }

    /** Adds the periods in post (not on leave) of a roster history, oldest first. */
    ServicePeriods roster(List<RosterEvent> history) {
        LocalDate from = null;
        for (RosterEvent e : history) {
            boolean starts = e.kind() == RosterEventKind.REGISTER || e.kind() == RosterEventKind.RETURN;
            if (starts && from == null) {
                from = e.date();
            } else if (!starts && from != null) {
                periods.add(new LocalDate[]{from, e.date()});
                from = null;
            }
        }
        if (from != null) {
            periods.add(new LocalDate[]{from, LocalDate.MAX});
        }
        return this;
    }

    ServicePeriods record(ServiceRecord r) {
        periods.add(new LocalDate[]{r.start(), r.end() == null ? LocalDate.MAX : r.end().plusDays(1)});
        return this;
    }

    /** Days served up to and including {@code cutoff}. */
    long daysUpTo(LocalDate cutoff) {
        LocalDate limit = cutoff.plusDays(1);
        List<LocalDate[]> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(p -> p[0]));
        long days = 0;
        LocalDate reached = LocalDate.MIN;
        for (LocalDate[] p : sorted) {
            LocalDate start = p[0].isAfter(reached) ? p[0] : reached;
            LocalDate end = p[1].isBefore(limit) ? p[1] : limit;
            if (end.isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, end);
                reached = end;
            }
        }
        return days;
    }

    /** The first day served, or null. */
    LocalDate firstDay() {
        return periods.stream().map(p -> p[0]).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether any day of {@code year} was served. */
    boolean servedIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate afterLast = first.plusYears(1);
        return periods.stream().anyMatch(p -> p[0].isBefore(afterLast) && p[1].isAfter(first));
    }

    /** The days that {@code years} full years end at {@code cutoff} take: served from cutoff − years, inclusive. */
    static long daysForYears(int years, LocalDate cutoff) {
        return ChronoUnit.DAYS.between(cutoff.minusYears(years), cutoff) + 1;
    }
}
