package cn.huyang.exchange;

import java.time.LocalDate;
import java.util.Set;

/**
 * Derives again what each database derives from its own rows, after a package wrote some (in the
 * package's transaction): the sessions' attendee counts and hours, the counselors' yearly training
 * summary and monthly work tally. Wired by the composition root to the features that own those tables.
 */
public interface Rederive {
    /**
     * @param sessions   the numeric keys of the training sessions whose records changed
     * @param counselors the counselors whose training records or work records changed
     * @param from       the first day of the work records touched (before and after), or null
     * @param to         the last such day, or null
     */
    void after(Set<Long> sessions, Set<Long> counselors, LocalDate from, LocalDate to);
}
