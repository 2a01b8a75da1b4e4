package cn.huyang.assessment;

import cn.huyang.common.Coded;

/**
 * The parties that score a counselor [三(四)2]: led by 学工部, with the department Party branch,
 * the students' satisfaction survey and the Organisation &amp; Personnel Office.
 */
public enum Party implements Coded {
    OFFICE, BRANCH, STUDENTS, PERSONNEL;

    @Override
    public String keyPrefix() {
        return "party";
    }
}
