package cn.huyang.title;

import java.util.List;

/** The ideological-political courses counselors are encouraged to teach, at most one a semester [三(三)6]. */
public final class Courses {
    public static final List<String> IDEOLOGICAL_POLITICAL = List.of(
            "形势与政策", "军事理论", "大学生心理健康与成长", "大学生职业生涯规划", "职业发展与就业指导");

    private Courses() {
    }

    /** The course name without book-title marks and spaces, as it is stored. */
    public static String normalize(String course) {
        if (course == null) {
            return null;
        }
        String s = course.strip().replace("《", "").replace("》", "").replace("<", "").replace(">", "");
        return s.replaceAll("\\s+", "");
    }

    public static boolean isIdeologicalPolitical(String course) {
        return IDEOLOGICAL_POLITICAL.contains(normalize(course));
    }
}
