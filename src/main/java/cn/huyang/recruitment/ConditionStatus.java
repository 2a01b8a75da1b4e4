package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** A condition checked: met (✓), not met (✗), or a notice that does not refuse (!). */
public enum ConditionStatus implements Coded {
    MET, NOT_MET, NOTICE;

    @Override
    public String keyPrefix() {
        return "recruitment.status";
    }
}
