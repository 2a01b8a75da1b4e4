package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 专职 / 兼职: a part-time counselor counts as a third of a full-time one [三(二)1]. */
public enum PostType implements Coded {
    FULL_TIME, PART_TIME;

    @Override
    public String keyPrefix() {
        return "postType";
    }
}
