package cn.huyang.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.huyang.policy.Fraction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The staffing rule [三(二)1]: full-time posts ≥ students / 200 for the college as a whole
 * (总体上师生比不低于1:200); a part-time counselor counts as a third of a full-time one.
 */
class StaffingRowTest {
    /** The seed's part-time weight. */
    static final Fraction THIRD = new Fraction(1, 3);

    /** A row by the seed's numbers: 200 students per full-time counselor, part-time as a third. */
    static StaffingRow row(Long id, String department, int students, int fullTime, int partTime) {
        return new StaffingRow(id, department, students, fullTime, partTime, 200, THIRD);
    }


    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "199,1", "200,1", "201,2", "399,2", "400,2", "401,3", "12345,62"})
    void requiredIsStudentsOver200RoundedUp(int students, int required) {
        assertThat(row(1L, "计算机系", students, 0, 0).required()).isEqualTo(required);
    }

    @Test
    void effectiveIsFullTimePlusAThirdOfPartTime() {
        assertThat(row(1L, "d", 600, 2, 0).effective()).isEqualTo(2.0);
        assertThat(row(1L, "d", 600, 2, 3).effective()).isEqualTo(3.0);
        assertThat(row(1L, "d", 600, 1, 2).effective()).isCloseTo(1.6667, within(1e-4));
        assertThat(row(1L, "d", 600, 0, 1).effective()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void twoFullTimeAndThreePartTimeMeetARequirementOfThreeExactly() {
        StaffingRow row = row(1L, "d", 600, 2, 3);
        assertThat(row.required()).isEqualTo(3);
        assertThat(row.isShort()).isFalse();
        assertThat(row.shortfall()).isEqualTo(0.0);
    }

    @Test
    void twoFullTimeAndTwoPartTimeAreAThirdShortOfThree() {
        StaffingRow row = row(1L, "d", 600, 2, 2);
        assertThat(row.required()).isEqualTo(3);
        assertThat(row.isShort()).isTrue();
        assertThat(row.shortfall()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void surplusGivesNoNegativeShortfall() {
        StaffingRow row = row(1L, "d", 100, 3, 6);
        assertThat(row.isShort()).isFalse();
        assertThat(row.shortfall()).isEqualTo(0.0);
    }

    @Test
    void noStudentsNeedNobody() {
        StaffingRow row = row(1L, "d", 0, 0, 0);
        assertThat(row.required()).isZero();
        assertThat(row.isShort()).isFalse();
    }

    @Test
    void shortfallCountsWholeAndThirdPosts() {
        StaffingRow row = row(1L, "d", 1000, 2, 1); // required 5, effective 2⅓
        assertThat(row.required()).isEqualTo(5);
        assertThat(row.shortfall()).isCloseTo(8.0 / 3, within(1e-9));
    }

    @Test
    void collegeRowRoundsTheTotalNotEachDepartment() {
        StaffingRow a = row(1L, "甲系", 100, 0, 0);
        StaffingRow b = row(2L, "乙系", 100, 0, 0);
        assertThat(a.required()).isEqualTo(1);
        assertThat(b.required()).isEqualTo(1);

        StaffingRow college = StaffingRatio.collegeRow("全校合计", List.of(a, b), 200, THIRD);
        assertThat(college.isCollege()).isTrue();
        assertThat(college.students()).isEqualTo(200);
        assertThat(college.required()).isEqualTo(1); // not 1 + 1
    }

    @Test
    void collegeRowSumsCounselorsAndIsShortOnlyOnTheTotal() {
        // each department alone is short, but together 1 FT + 3 PT = 2 effective meet ceil(350/200) = 2
        StaffingRow a = row(1L, "甲系", 250, 1, 0);
        StaffingRow b = row(2L, "乙系", 100, 0, 3);
        assertThat(a.isShort()).isTrue();
        StaffingRow college = StaffingRatio.collegeRow("全校合计", List.of(a, b), 200, THIRD);
        assertThat(college.fullTime()).isEqualTo(1);
        assertThat(college.partTime()).isEqualTo(3);
        assertThat(college.required()).isEqualTo(2);
        assertThat(college.isShort()).isFalse();
        assertThat(a.isCollege()).isFalse();
    }

    @Test
    void referenceDateIsTheLastDayOfAPastYearOrToday() {
        var today = java.time.LocalDate.of(2025, 6, 15);
        assertThat(StaffingRatio.referenceDate(2024, today)).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
        assertThat(StaffingRatio.referenceDate(2025, today)).isEqualTo(today);
    }

    @Test
    void theRatioAndTheWeightInForceSetRequiredAndEffective() {
        // 1:150 and part-time as 1/2: 600 students need 4; 2 FT + 3 PT = 3.5, half a post short
        StaffingRow row = new StaffingRow(1L, "d", 600, 2, 3, 150, new Fraction(1, 2));
        assertThat(row.required()).isEqualTo(4);
        assertThat(row.effective()).isEqualTo(3.5);
        assertThat(row.shortfall()).isEqualTo(0.5);
        assertThat(new StaffingRow(1L, "d", 600, 2, 4, 150, new Fraction(1, 2)).isShort()).isFalse();
    }
}
