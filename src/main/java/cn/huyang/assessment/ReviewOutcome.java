package cn.huyang.assessment;

import cn.huyang.common.Coded;

/** A review request (复核, 《事业单位人事管理条例》 art. 38): pending, result upheld, or grade changed. */
public enum ReviewOutcome implements Coded {
    PENDING, UPHELD, CHANGED;

    @Override
    public String keyPrefix() {
        return "review";
    }
}
