package cn.huyang.title;

import cn.huyang.common.Coded;

/** The level of a research output: 校级 / 自治区级 / 国家级. */
public enum OutputLevel implements Coded {
    SCHOOL, REGIONAL, NATIONAL;

    @Override
    public String keyPrefix() {
        return "outputLevel";
    }
}
