package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 性别. */
public enum Gender implements Coded {
    MALE, FEMALE;

    @Override
    public String keyPrefix() {
        return "gender";
    }
}
