package cn.huyang.title;

import java.math.BigDecimal;

/**
 * A course taught in a semester.
 *
 * @param schoolYear the year the school year starts (2025 for 2025–2026)
 * @param term       1 (autumn) or 2 (spring)
 */
public record TeachingAssignment(Long id, long counselorId, int schoolYear, int term, String course,
                                 BigDecimal hours) {

    /** One of the ideological-political courses of 三(三)6. */
    public boolean ideologicalPolitical() {
        return Courses.isIdeologicalPolitical(course);
    }
}
