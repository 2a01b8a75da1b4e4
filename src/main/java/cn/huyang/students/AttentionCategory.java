package cn.huyang.students;

import cn.huyang.common.Coded;

/** Why a student needs special attention (一人一档). */
public enum AttentionCategory implements Coded {
    PSYCHOLOGICAL, FINANCIAL, ACADEMIC, DISCIPLINE, FAMILY_CHANGE, ILLNESS, EMPLOYMENT, OTHER;

    @Override
    public String keyPrefix() {
        return "students.category";
    }
}
