package cn.huyang.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of 三(三)4 on gathered facts: 16 hours a year, a higher-level training in every three years. */
class ComplianceRulesTest {
    static final int Y = 2025;
    static final LocalDate LONG_AGO = LocalDate.of(2015, 9, 1);
    static final Policy SEED = Policy.defaults();
    final Messages zh = Messages.forLanguage("zh");

    private static ComplianceRules.Facts facts(String hours, LocalDate lastHigher, LocalDate entry, boolean partial,
                                               boolean preService) {
        return new ComplianceRules.Facts(7L, "张伟", 1L, "计算机系", entry, partial,
                hours == null ? null : new BigDecimal(hours), lastHigher, preService);
    }

    @Test
    void sixteenHoursMeetTheRuleAndFifteenPointFiveFallShortByHalfAnHour() {
        ComplianceRow met = ComplianceRules.judge(Y, facts("16.0", null, LONG_AGO, false, false), SEED);
        ComplianceRow shortBy = ComplianceRules.judge(Y, facts("15.5", null, LONG_AGO, false, false), SEED);

        assertThat(met.hoursMet()).isTrue();
        assertThat(met.shortfall()).isEqualByComparingTo("0");
        assertThat(shortBy.hoursMet()).isFalse();
        assertThat(shortBy.shortfall()).isEqualByComparingTo("0.5");
    }

    @Test
    void noSchoolTrainingAtAllIsSixteenHoursShort() {
        ComplianceRow r = ComplianceRules.judge(Y, facts(null, null, LONG_AGO, false, false), SEED);

        assertThat(r.schoolHours()).isEqualByComparingTo("0");
        assertThat(r.shortfall()).isEqualByComparingTo("16");
    }

    @Test
    void aHigherTrainingOnTheFirstOfJanuaryOfYearMinusTwoCounts() {
        ComplianceRow r = ComplianceRules.judge(Y, facts("20", LocalDate.of(Y - 2, 1, 1), LONG_AGO, false, false), SEED);

        assertThat(r.higher()).isEqualTo(ComplianceRow.Status.MET);
    }

    @Test
    void aHigherTrainingOnTheLastDayOfYearMinusThreeDoesNot() {
        ComplianceRow r = ComplianceRules.judge(Y, facts("20", LocalDate.of(Y - 3, 12, 31), LONG_AGO, false, false), SEED);

        assertThat(r.higher()).isEqualTo(ComplianceRow.Status.MISSING);
        List<Finding> fs = ComplianceRules.findings(r, zh);
        assertThat(fs).extracting(Finding::code).containsExactly("TRAINING_HIGHER_LEVEL");
        assertThat(fs.get(0).message()).contains("2023—2025").contains("2022-12-31");
    }

    @Test
    void aHigherTrainingOnTheLastDayOfTheYearCounts() {
        ComplianceRow r = ComplianceRules.judge(Y, facts("20", LocalDate.of(Y, 12, 31), LONG_AGO, false, false), SEED);

        assertThat(r.higher()).isEqualTo(ComplianceRow.Status.MET);
    }

    @Test
    void theThreeYearRuleIsNotDueForSomeoneWhoEnteredInsideTheWindow() {
        ComplianceRow entered = ComplianceRules.judge(Y, facts("20", null, LocalDate.of(Y - 2, 1, 2), false, false), SEED);
        ComplianceRow onTheFirstDay = ComplianceRules.judge(Y, facts("20", null, LocalDate.of(Y - 2, 1, 1), false,
                false), SEED);

        assertThat(entered.higher()).isEqualTo(ComplianceRow.Status.NOT_DUE);
        assertThat(ComplianceRules.findings(entered, zh)).isEmpty();
        assertThat(onTheFirstDay.higher()).isEqualTo(ComplianceRow.Status.MISSING);
    }

    @Test
    void preServiceTrainingIsAskedOnlyInTheFirstYear() {
        ComplianceRow firstWithout = ComplianceRules.judge(Y, facts("20", null, LocalDate.of(Y, 3, 1), true, false), SEED);
        ComplianceRow firstWith = ComplianceRules.judge(Y, facts("20", null, LocalDate.of(Y, 3, 1), true, true), SEED);
        ComplianceRow later = ComplianceRules.judge(Y, facts("20", null, LocalDate.of(Y - 1, 3, 1), false, false), SEED);

        assertThat(firstWithout.preService()).isEqualTo(ComplianceRow.Status.MISSING);
        assertThat(firstWith.preService()).isEqualTo(ComplianceRow.Status.MET);
        assertThat(later.preService()).isEqualTo(ComplianceRow.Status.NOT_DUE);
    }

    @Test
    void aShortPartialYearIsANoticeAndAShortWholeYearAWarning() {
        Finding partial = ComplianceRules.findings(ComplianceRules.judge(Y, facts("10", LocalDate.of(Y, 5, 1),
                LocalDate.of(Y, 3, 1), true, true), SEED), zh).get(0);
        Finding whole = ComplianceRules.findings(ComplianceRules.judge(Y, facts("10", LocalDate.of(Y, 5, 1),
                LONG_AGO, false, false), SEED), zh).get(0);

        assertThat(partial.code()).isEqualTo("TRAINING_HOURS");
        assertThat(partial.severity()).isEqualTo(Finding.Severity.NOTICE);
        assertThat(partial.message()).contains("非全年在岗");
        assertThat(whole.severity()).isEqualTo(Finding.Severity.WARNING);
        assertThat(whole.message()).isEqualTo("2025 年校级培训 10 学时，少于每年 16 学时（差 6 学时）");
        assertThat(whole.params()).containsExactly(java.util.Map.entry("training.school-hours-per-year", "16"));
        assertThat(whole.counselorId()).isEqualTo(7L);
        assertThat(whole.department()).isEqualTo("计算机系");
    }

    @Test
    void theYearsParametersSetTheHoursAndTheWindow() {
        Policy raised = SEED.with(PolicyKey.SCHOOL_HOURS_PER_YEAR, "24").with(PolicyKey.HIGHER_LEVEL_WINDOW_YEARS, "2");
        // 20 hours meet 16 but not 24; a regional training in 2023 is inside three years, not two.
        ComplianceRow seed = ComplianceRules.judge(Y, facts("20", LocalDate.of(Y - 2, 6, 1), LONG_AGO, false, false),
                SEED);
        ComplianceRow now = ComplianceRules.judge(Y, facts("20", LocalDate.of(Y - 2, 6, 1), LONG_AGO, false, false),
                raised);
        assertThat(seed.hoursMet()).isTrue();
        assertThat(seed.higher()).isEqualTo(ComplianceRow.Status.MET);
        assertThat(now.shortfall()).isEqualByComparingTo("4");
        assertThat(now.higher()).isEqualTo(ComplianceRow.Status.MISSING);
        List<Finding> f = ComplianceRules.findings(now, zh);
        assertThat(f).extracting(Finding::message).containsExactly(
                "2025 年校级培训 20 学时，少于每年 24 学时（差 4 学时）",
                "2024—2025 年（2 年内）没有国家级或自治区级培训（最近一次：2023-06-01）");
        assertThat(f.get(1).params()).containsExactly(java.util.Map.entry("training.higher-level-window-years", "2"));
    }
}
