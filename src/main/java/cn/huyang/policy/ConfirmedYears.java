package cn.huyang.policy;

import java.util.Set;

/**
 * The years whose results are confirmed (locked): an assessment year, a title review. The policy
 * package knows no feature; the composition root hands it the features' confirmed years.
 */
@FunctionalInterface
public interface ConfirmedYears {
    Set<Integer> confirmedYears();

    static ConfirmedYears none() {
        return Set::of;
    }
}
