package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** The selection conditions a candidate is checked against: the basic conditions of 三(二)2 and the round's own. */
public enum Condition implements Coded {
    EDUCATION, DEGREE, PARTY, AGE, OTHER;

    @Override
    public String keyPrefix() {
        return "recruitment.condition";
    }
}
