package cn.huyang.title;

import cn.huyang.common.Coded;

/** Service that counts for the young-teacher rule [三(二)3(2)]: as counselor or as class teacher (班主任). */
public enum ServiceRole implements Coded {
    COUNSELOR, CLASS_TEACHER;

    @Override
    public String keyPrefix() {
        return "serviceRole";
    }
}
