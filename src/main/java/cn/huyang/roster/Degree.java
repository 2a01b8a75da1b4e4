package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 学位. */
public enum Degree implements Coded {
    DOCTOR, MASTER, BACHELOR, NONE;

    @Override
    public String keyPrefix() {
        return "degree";
    }
}
