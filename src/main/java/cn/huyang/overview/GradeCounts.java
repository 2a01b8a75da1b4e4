package cn.huyang.overview;

import java.util.List;

/**
 * The year's assessment grades in scope [三(四)2]: a bar per grade (code: the grade's name), the college's
 * 优秀 quota and how many stand at 优秀 college-wide, and whether the year is confirmed.
 */
public record GradeCounts(List<Bar> grades, int assessed, int quota, int excellentInCollege, boolean confirmed) {

    public GradeCounts {
        grades = List.copyOf(grades);
    }

    /** The count of one grade (by its name). */
    public int count(String grade) {
        return grades.stream().filter(b -> b.code().equals(grade)).mapToInt(Bar::count).sum();
    }
}
