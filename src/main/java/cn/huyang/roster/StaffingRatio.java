package cn.huyang.roster;

import cn.huyang.policy.Fraction;
import java.time.LocalDate;
import java.util.List;

/**
 * The staffing table of a year: a row per department (informative) and the college-wide row,
 * which is the rule [三(二)1]: the college's required posts are ceil(all students / the students per
 * counselor in force), not the sum of the departments' roundings.
 *
 * @param referenceDate        the day whose roster is counted: the year's last day, or today for the current year
 * @param studentsPerCounselor the ratio in force on the year's 31 December (200 in the seed)
 * @param partTimeWeight       what a part-time counselor counts for, in force on the year's 31 December (1/3)
 */
public record StaffingRatio(int year, LocalDate referenceDate, int studentsPerCounselor, Fraction partTimeWeight,
                            List<StaffingRow> departments, StaffingRow college) {

    public static LocalDate referenceDate(int year, LocalDate today) {
        return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    /** The college-wide row: the departments' sums, judged as a whole. */
    public static StaffingRow collegeRow(String label, List<StaffingRow> departments, int studentsPerCounselor,
                                         Fraction partTimeWeight) {
        int students = 0;
        int fullTime = 0;
        int partTime = 0;
        for (StaffingRow row : departments) {
            students += row.students();
            fullTime += row.fullTime();
            partTime += row.partTime();
        }
        return new StaffingRow(null, label, students, fullTime, partTime, studentsPerCounselor, partTimeWeight);
    }
}
