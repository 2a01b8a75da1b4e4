package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** How one candidate came: recommended by the organisation (组织推荐) or by open application (公开招聘). */
public enum Channel implements Coded {
    RECOMMENDATION, OPEN;

    @Override
    public String keyPrefix() {
        return "recruitment.channel";
    }
}
