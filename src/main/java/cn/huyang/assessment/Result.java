package cn.huyang.assessment;

import java.math.BigDecimal;

/**
 * One counselor's result in a year.
 *
 * @param total         Σ weight × score / 100 + bonus (capped), rounded to two decimals; null until every party scored
 * @param bonusCounted  the bonus as counted (capped), or null
 * @param rank          competition rank by total within the year (1, 2, 2, 4…); null when incomplete
 * @param band          the grade of the band the shown total falls in; null when incomplete
 * @param proposed      the band, then the veto (→ 不合格), then the quota (→ 合格 when over it); null when incomplete
 * @param quota         how the 优秀 quota treats this row
 * @param grade         the grade that stands: the override if any, else the proposed grade
 */
public record Result(long counselorId, BigDecimal total, BigDecimal bonusCounted, Integer rank, Grade band,
                     Grade proposed, QuotaStatus quota, Grade grade, boolean vetoed, boolean overridden) {

    public boolean complete() {
        return total != null;
    }
}
