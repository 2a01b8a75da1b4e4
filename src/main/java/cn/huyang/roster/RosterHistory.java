package cn.huyang.roster;

import java.time.LocalDate;
import java.util.List;

/** Questions asked of one counselor's dated roster history. */
public final class RosterHistory {
    private RosterHistory() {
    }

    /**
     * On the roster on a date: registered by then and not deregistered since (on leave still counts).
     *
     * @param history the counselor's steps, oldest first
     */
    public static boolean onRosterOn(List<RosterEvent> history, LocalDate date) {
        RosterEventKind last = null;
        for (RosterEvent e : history) {
            if (e.date().isAfter(date)) {
                break;
            }
            last = e.kind();
        }
        return last != null && last != RosterEventKind.DEREGISTER;
    }

    /** On the roster on both days of a span (and so, as histories go, in between). */
    public static boolean onRosterThroughout(List<RosterEvent> history, LocalDate from, LocalDate to) {
        if (!onRosterOn(history, from) || !onRosterOn(history, to)) {
            return false;
        }
        return history.stream().noneMatch(e -> e.kind() == RosterEventKind.DEREGISTER
                && e.date().isAfter(from) && e.date().isBefore(to));
    }
}
