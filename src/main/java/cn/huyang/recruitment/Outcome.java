package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** How a candidate left the round: withdrawn (本人退出), not selected (未通过, with the reason), hired (聘用). */
public enum Outcome implements Coded {
    WITHDRAWN, NOT_SELECTED, HIRED;

    @Override
    public String keyPrefix() {
        return "recruitment.outcome";
    }
}
