package cn.huyang.assessment;

import cn.huyang.common.Coded;

/** The grades of the public-institution annual assessment (《事业单位人事管理条例》 art. 21), best first. */
public enum Grade implements Coded {
    EXCELLENT, COMPETENT, BASIC, INCOMPETENT;

    @Override
    public String keyPrefix() {
        return "grade";
    }
}
