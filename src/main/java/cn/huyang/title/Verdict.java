package cn.huyang.title;

import cn.huyang.common.Coded;

/** The result of an application (评审结果). */
public enum Verdict implements Coded {
    PASSED, FAILED;

    @Override
    public String keyPrefix() {
        return "verdict";
    }
}
