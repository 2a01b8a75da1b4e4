package cn.huyang.guarantee;

import cn.huyang.common.Coded;

/** Where one month's allowance of one counselor stands. */
public enum MonthState implements Coded {
    /** Nothing due: not on the roster the whole month, or no standard for the year and post type. */
    NOT_DUE,
    /** Due, not yet paid in full, and the due day has not passed. */
    PENDING,
    /** Paid in full by the due day. */
    ON_TIME,
    /** Paid in full, but after the due day. */
    LATE,
    /** Part paid, the due day passed. */
    SHORT,
    /** Nothing paid, the due day passed. */
    UNPAID;

    /** Whether the month breaks 按时足额发放 [三(三)8]. */
    public boolean breaksRule() {
        return this == LATE || this == SHORT || this == UNPAID;
    }

    @Override
    public String keyPrefix() {
        return "guarantee.state";
    }
}
