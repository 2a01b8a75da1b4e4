package cn.huyang.assessment;

import cn.huyang.common.Coded;

/** Which appraisal forms one job prints or exports: the selected counselor, the department shown, or the whole year. */
public enum FormScope implements Coded {
    COUNSELOR, DEPARTMENT, YEAR;

    @Override
    public String keyPrefix() {
        return "formScope";
    }
}
