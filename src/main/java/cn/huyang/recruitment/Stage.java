package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** The stages of a selection, in order [三(二)3(1)]: 报名与资格审查 → 笔试 → 面试 → 公示 → 试岗 → 聘用. */
public enum Stage implements Coded {
    APPLICATION, WRITTEN, INTERVIEW, NOTICE, TRIAL, HIRED;

    /** The stage after this one; none after 聘用. */
    public java.util.Optional<Stage> next() {
        return this == HIRED ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }

    @Override
    public String keyPrefix() {
        return "recruitment.stage";
    }
}
