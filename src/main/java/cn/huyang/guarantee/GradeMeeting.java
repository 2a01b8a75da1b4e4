package cn.huyang.guarantee;

/**
 * Whether a grade's meeting (辅导员年级大会) is in the students' timetable in a term [三(三)7]:
 * {@code schoolYear} 2025 and term 1 is the autumn of 2025–2026. {@code version} 0 until stored.
 */
public record GradeMeeting(String grade, int schoolYear, int term, boolean scheduled, int version) {
}
