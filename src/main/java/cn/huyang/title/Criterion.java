package cn.huyang.title;

import cn.huyang.common.Coded;

/** The criteria an application is checked against (单设标准), in the order the office reads them. */
public enum Criterion implements Coded {
    /** The title directly below the target (professional titles only). */
    CURRENT_POSITION,
    /** Years in the current title or rank, counted to the cut-off date. */
    YEARS_IN_CURRENT,
    /** Years as counselor, the minimum depending on the degree. */
    YEARS_AS_COUNSELOR,
    EDUCATION,
    DEGREE,
    /** Every annual assessment in the window at least 合格. */
    ASSESSMENTS_COMPETENT,
    /** At least k × 优秀 in the window. */
    EXCELLENT_COUNT,
    /** No veto (一票否决) in the last three years. */
    NO_VETO,
    /** Training compliance in the last finished year. */
    TRAINING,
    /** Research outputs as lead since the current title; online cultural works count. */
    OUTPUTS,
    /** At least one year as counselor or class teacher with a competent assessment [三(二)3(2)]. */
    YOUNG_TEACHER;

    @Override
    public String keyPrefix() {
        return "criterion";
    }
}
