package cn.huyang.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * The staffing table of a year: a row per department (informative) and the college-wide row,
 * which is the rule [三(二)1]: the college's required posts are ceil(all students / 200), not the
 * sum of the departments' roundings.
 *
 * @param referenceDate the day whose roster is counted: the year's last day, or today for the current year
 */
public record StaffingRatio(int year, LocalDate referenceDate, List<StaffingRow> departments, StaffingRow college) {

    public static LocalDate referenceDate(int year, LocalDate today) {
        return year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    public static StaffingRow collegeRow(String label, List<StaffingRow> departments) {
        int students = 0;
        int fullTime = 0;
        int partTime = 0;
        for (StaffingRow row : departments) {
            students += row.students();
            fullTime += row.fullTime();
            partTime += row.partTime();
        }
        return new StaffingRow(null, label, students, fullTime, partTime);
    }
}
