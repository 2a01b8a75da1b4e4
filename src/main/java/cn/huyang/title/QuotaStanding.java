package cn.huyang.title;

import cn.huyang.common.Coded;

/** Where an application stands against its target's posts in the plan (单列计划). */
public enum QuotaStanding implements Coded {
    /** Eligible and ranked within the posts. */
    WITHIN,
    /** Tied with others across the last post: the office decides, the program never breaks the tie. */
    TIE_AT_EDGE,
    /** Eligible but ranked below the posts. */
    OUTSIDE,
    /** Some criterion not met. */
    INELIGIBLE,
    /** The panel's scores are not all entered yet. */
    NOT_SCORED;

    @Override
    public String keyPrefix() {
        return "quotaStanding";
    }
}
