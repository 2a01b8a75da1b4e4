package cn.huyang.training;

import cn.huyang.common.Coded;

/** 校级 / 自治区级 / 国家级. Regional and national trainings are the "higher level" of the three-year rule. */
public enum TrainingLevel implements Coded {
    SCHOOL, REGIONAL, NATIONAL;

    public boolean isHigher() {
        return this != SCHOOL;
    }

    @Override
    public String keyPrefix() {
        return "trainingLevel";
    }
}
