package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 学历, highest first. A bachelor's education or above is required [三(二)2(3)]. */
public enum Education implements Coded {
    DOCTORAL, MASTER, BACHELOR, JUNIOR_COLLEGE, SECONDARY;

    public boolean isBachelorOrAbove() {
        return compareTo(BACHELOR) <= 0;
    }

    @Override
    public String keyPrefix() {
        return "education";
    }
}
