package cn.huyang.title;

import cn.huyang.common.Coded;

/** The counselor's part in an output: first author or principal investigator (LEAD), or a member. */
public enum OutputRole implements Coded {
    LEAD, MEMBER;

    @Override
    public String keyPrefix() {
        return "outputRole";
    }
}
