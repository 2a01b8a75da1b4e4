package cn.huyang.title;

import java.time.LocalDate;

/**
 * A year's review: the cut-off date to which years are counted, and whether it is confirmed.
 *
 * @param stored false for a year not yet saved (shown with defaults)
 */
public record Review(int year, LocalDate cutoff, ReviewState state, LocalDate confirmedOn, boolean stored) {

    public boolean confirmed() {
        return state == ReviewState.CONFIRMED;
    }
}
