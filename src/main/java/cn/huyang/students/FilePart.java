package cn.huyang.students;

import cn.huyang.common.Coded;

/** The six parts of a student's file [三(一)3(6)]: 学业, 家庭, 困难生, 心理健康, 奖惩, 社会工作与党团. */
public enum FilePart implements Coded {
    ACADEMIC, FAMILY, HARDSHIP, MENTAL_HEALTH, REWARDS, SOCIAL_WORK;

    @Override
    public String keyPrefix() {
        return "students.part";
    }
}
