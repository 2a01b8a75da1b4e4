package cn.huyang.common;

import java.util.Set;

/**
 * The years whose results the college has confirmed (locked): an assessment year, a title review.
 * Packages below the features ask this; the composition root hands them the features' years.
 */
@FunctionalInterface
public interface ConfirmedYears {
    Set<Integer> confirmedYears();

    static ConfirmedYears none() {
        return Set::of;
    }
}
