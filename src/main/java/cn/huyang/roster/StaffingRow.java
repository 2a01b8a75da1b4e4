package cn.huyang.roster;

/**
 * One row of the staffing table [三(二)1]: enrolled students against counselors in post.
 * Effective = full-time + part-time / 3; required = ceil(students / 200). Compared exactly, in
 * thirds, so 2 full-time and 3 part-time meet a requirement of 3.
 *
 * @param departmentId null for the college-wide row
 */
public record StaffingRow(Long departmentId, String department, int students, int fullTime, int partTime) {
    public static final int STUDENTS_PER_COUNSELOR = 200;
    public static final int PART_TIME_SHARE = 3;

    public int required() {
        return (students + STUDENTS_PER_COUNSELOR - 1) / STUDENTS_PER_COUNSELOR;
    }

    public double effective() {
        return fullTime + (double) partTime / PART_TIME_SHARE;
    }

    /** How many full-time posts are missing (0 when none); thirds are kept, e.g. 0.67. */
    public double shortfall() {
        return Math.max(0, shortfallInThirds()) / (double) PART_TIME_SHARE;
    }

    public boolean isShort() {
        return shortfallInThirds() > 0;
    }

    private int shortfallInThirds() {
        return required() * PART_TIME_SHARE - (fullTime * PART_TIME_SHARE + partTime);
    }

    public boolean isCollege() {
        return departmentId == null;
    }
}
