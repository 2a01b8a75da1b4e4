package cn.huyang.roster;

import cn.huyang.policy.Fraction;

/**
 * One row of the staffing table [三(二)1]: enrolled students against counselors in post, by the
 * year's parameters. Effective = full-time + part-time × the part-time weight (1/3 in the seed);
 * required = ceil(students / students per counselor (200 in the seed)). Compared exactly, in parts
 * of the weight's denominator, so 2 full-time and 3 part-time meet a requirement of 3 at 1/3.
 *
 * @param departmentId         null for the college-wide row
 * @param studentsPerCounselor the ratio's students per full-time counselor in force that year
 * @param partTimeWeight       what a part-time counselor counts for in force that year
 */
public record StaffingRow(Long departmentId, String department, int students, int fullTime, int partTime,
                          int studentsPerCounselor, Fraction partTimeWeight) {

    public int required() {
        return (int) (((long) students + studentsPerCounselor - 1) / studentsPerCounselor);
    }

    public double effective() {
        return fullTime + (double) partTime * partTimeWeight.numerator() / partTimeWeight.denominator();
    }

    /** How many full-time posts are missing (0 when none); parts are kept, e.g. 0.67. */
    public double shortfall() {
        return Math.max(0, shortfallInParts()) / (double) partTimeWeight.denominator();
    }

    public boolean isShort() {
        return shortfallInParts() > 0;
    }

    /** The shortfall in parts of the weight's denominator (thirds at 1/3). */
    private long shortfallInParts() {
        long d = partTimeWeight.denominator();
        return required() * d - (fullTime * d + (long) partTime * partTimeWeight.numerator());
    }

    public boolean isCollege() {
        return departmentId == null;
    }
}
