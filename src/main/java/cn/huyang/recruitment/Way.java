package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** How a round finds its candidates [三(二)3(1)]: 组织推荐, 公开招聘, or both combined. */
public enum Way implements Coded {
    RECOMMENDATION, OPEN, BOTH;

    @Override
    public String keyPrefix() {
        return "recruitment.way";
    }
}
