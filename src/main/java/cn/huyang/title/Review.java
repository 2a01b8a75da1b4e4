package cn.huyang.title;

import java.time.LocalDate;

/**
 * A year's review: the cut-off date to which years are counted, and whether it is confirmed.
 *
 * @param stored  false for a year not yet saved (shown with defaults)
 * @param version the stored row's version when it was read (0: not stored)
 */
public record Review(int year, LocalDate cutoff, ReviewState state, LocalDate confirmedOn, boolean stored,
                     int version) {

    public Review(int year, LocalDate cutoff, ReviewState state, LocalDate confirmedOn, boolean stored) {
        this(year, cutoff, state, confirmedOn, stored, 0);
    }

    public boolean confirmed() {
        return state == ReviewState.CONFIRMED;
    }
}
