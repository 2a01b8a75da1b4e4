package cn.huyang.students;

import cn.huyang.common.Coded;

/** 关注中 / 已解除. */
public enum AttentionStatus implements Coded {
    ACTIVE, RELEASED;

    @Override
    public String keyPrefix() {
        return "students.status";
    }
}
