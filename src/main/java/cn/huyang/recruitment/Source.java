package cn.huyang.recruitment;

import cn.huyang.common.Coded;

/** Where a candidate comes from: a teacher or a manager of the college (校内专任教师 / 管理人员), or from outside. */
public enum Source implements Coded {
    INTERNAL_TEACHER, INTERNAL_MANAGER, EXTERNAL;

    @Override
    public String keyPrefix() {
        return "recruitment.source";
    }
}
