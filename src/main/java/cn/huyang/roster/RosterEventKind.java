package cn.huyang.roster;

import cn.huyang.common.Coded;

/** The dated steps of the roster history: 入职注册, 离岗, 返岗, 离职注销. */
public enum RosterEventKind implements Coded {
    REGISTER, LEAVE, RETURN, DEREGISTER;

    @Override
    public String keyPrefix() {
        return "event";
    }
}
