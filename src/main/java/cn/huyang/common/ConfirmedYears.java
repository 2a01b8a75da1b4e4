package cn.huyang.common;

import java.util.SortedSet;

/** The years the college has confirmed (the assessment's 确认结果): their results are final. */
@FunctionalInterface
public interface ConfirmedYears {
    SortedSet<Integer> confirmedYears();
}
