package cn.huyang.roster;

import cn.huyang.common.Coded;

/** 职务 of a counselor; the full-time ones include the department leaders of student work [三(二)1]. */
public enum Position implements Coded {
    COUNSELOR, BRANCH_DEPUTY_SECRETARY, STUDENT_AFFAIRS_HEAD, LEAGUE_SECRETARY, OTHER;

    @Override
    public String keyPrefix() {
        return "position";
    }
}
