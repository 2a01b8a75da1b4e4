package cn.huyang.assessment;

import cn.huyang.common.Coded;

/** A year's assessment: a draft while scores are entered, confirmed (and locked) once the results stand. */
public enum YearState implements Coded {
    DRAFT, CONFIRMED;

    @Override
    public String keyPrefix() {
        return "assessmentState";
    }
}
