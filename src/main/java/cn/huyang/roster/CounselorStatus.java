package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 在岗 / 离岗 / 已注销. */
public enum CounselorStatus implements Coded {
    ACTIVE, ON_LEAVE, DEREGISTERED;

    @Override
    public String keyPrefix() {
        return "status";
    }
}
