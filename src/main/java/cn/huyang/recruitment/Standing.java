package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/**
 * Where a candidate's total places them against the post's number of places; a tie across the last
 * place is never broken.
 */
public enum Standing implements Coded {
    WITHIN, TIED, OUTSIDE;

    @Override
    public String keyPrefix() {
        return "recruitment.standing";
    }
}
