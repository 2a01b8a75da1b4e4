package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** The result of the trial period (试岗). */
public enum TrialResult implements Coded {
    PASSED, FAILED;

    @Override
    public String keyPrefix() {
        return "recruitment.trial";
    }
}
