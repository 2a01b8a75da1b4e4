package cn.huyang.assessment;

import cn.huyang.common.Coded;

/**
 * How the 优秀 quota treats a row: not concerned (its band is not 优秀), within the quota, tied at
 * the quota's edge (the office decides; never broken silently), or over the quota (proposed 合格).
 */
public enum QuotaStatus implements Coded {
    NONE, WITHIN, TIE_AT_EDGE, OVER;

    @Override
    public String keyPrefix() {
        return "quota";
    }
}
