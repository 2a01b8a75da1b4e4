package cn.huyang.title;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A semester of a school year.
 *
 * @param schoolYear the year the school year starts (2025 for 2025–2026)
 * @param term       1 (autumn) or 2 (spring)
 */
public record Semester(int schoolYear, int term) {

    /** The semester {@code day} falls in: autumn from August to January, spring from February to July. */
    public static Semester of(LocalDate day) {
        int month = day.getMonthValue();
        if (month >= 8) {
            return new Semester(day.getYear(), 1);
        }
        return month == 1 ? new Semester(day.getYear() - 1, 1) : new Semester(day.getYear() - 1, 2);
    }

    /** The semester of {@code today} and the ones before it, newest first, {@code years} school years back. */
    public static List<Semester> upTo(LocalDate today, int years) {
        Semester now = of(today);
        List<Semester> out = new ArrayList<>();
        for (int y = now.schoolYear(); y > now.schoolYear() - years; y--) {
            if (y < now.schoolYear() || now.term() == 2) {
                out.add(new Semester(y, 2));
            }
            out.add(new Semester(y, 1));
        }
        return out;
    }

    public static Semester of(TeachingAssignment t) {
        return new Semester(t.schoolYear(), t.term());
    }
}
