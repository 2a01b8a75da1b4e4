package cn.huyang.guarantee;

import cn.huyang.roster.TitleRank;

/**
 * One counselor's income of a year against the teachers' average of the same title: {@code incomeFen}
 * or {@code averageFen} null when not entered (then not judged).
 */
public record IncomeRow(long counselorId, String name, Long departmentId, String department, TitleRank rank,
                        Long incomeFen, int incomeVersion, Long averageFen) {

    /** Below the teachers' average (equal is not below). */
    public boolean below() {
        return incomeFen != null && averageFen != null && incomeFen < averageFen;
    }

    public Long gapFen() {
        return incomeFen == null || averageFen == null ? null : averageFen - incomeFen;
    }
}
