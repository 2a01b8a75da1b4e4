package cn.huyang.guarantee;

import cn.huyang.roster.TitleRank;

/**
 * The average yearly income of the college's full-time teachers of one title (同级别专任教师平均收入),
 * as 组织人事部 enters it; {@code rank} null is teachers without a title. {@code version} 0 until stored.
 */
public record TeacherIncome(int year, TitleRank rank, long averageFen, int version) {
}
