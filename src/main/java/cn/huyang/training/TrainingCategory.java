package cn.huyang.training;

import cn.huyang.common.Coded;

/** 岗前培训 / 日常培训 / 骨干培训. */
public enum TrainingCategory implements Coded {
    PRE_SERVICE, ROUTINE, KEY_MEMBER;

    @Override
    public String keyPrefix() {
        return "trainingCategory";
    }
}
