package cn.huyang.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.huyang.policy.Fraction;
import cn.huyang.common.Finding;
import cn.huyang.common.Finding.Severity;
import cn.huyang.common.Messages;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Basic conditions [三(二)2] and employment form [三(二)1] as findings. */
class RosterRulesTest {
    /** The seed's part-time weight. */
    static final Fraction THIRD = new Fraction(1, 3);

    /** A row by the seed's numbers: 200 students per full-time counselor, part-time as a third. */
    static StaffingRow row(Long id, String department, int students, int fullTime, int partTime) {
        return new StaffingRow(id, department, students, fullTime, partTime, 200, THIRD);
    }

    private final RosterRules rules = new RosterRules(Messages.forLanguage("zh"));

    private static Counselor counselor(Education e, PoliticalStatus p, EmploymentForm f) {
        return Drafts.withConditions(Drafts.valid(1), e, p, f).withId(7L);
    }

    private List<Finding> findings(Counselor c) {
        return rules.findings(c, "计算机系");
    }

    private List<String> codes(Counselor c) {
        return findings(c).stream().map(Finding::code).toList();
    }

    @Test
    void aCompliantCounselorHasNoFindings() {
        assertThat(findings(counselor(Education.BACHELOR, PoliticalStatus.CPC_MEMBER, EmploymentForm.CONTRACT)))
                .isEmpty();
        assertThat(findings(counselor(Education.DOCTORAL, PoliticalStatus.CPC_PROBATIONARY,
                EmploymentForm.ESTABLISHED))).isEmpty();
    }

    @Test
    void educationBelowBachelorIsAWarning() {
        List<Finding> f = findings(counselor(Education.JUNIOR_COLLEGE, PoliticalStatus.CPC_MEMBER,
                EmploymentForm.CONTRACT));
        assertThat(f).extracting(Finding::code, Finding::severity, Finding::department, Finding::counselorId,
                        Finding::counselor)
                .containsExactly(tuple(RosterRules.BASIC_EDUCATION, Severity.WARNING, "计算机系", 7L, "张伟"));
        assertThat(f.get(0).message()).contains("大学专科");
        assertThat(codes(counselor(Education.SECONDARY, PoliticalStatus.CPC_MEMBER, EmploymentForm.CONTRACT)))
                .containsExactly(RosterRules.BASIC_EDUCATION);
    }

    @Test
    void missingEducationIsAFinding() {
        List<Finding> f = findings(counselor(null, PoliticalStatus.CPC_MEMBER, EmploymentForm.CONTRACT));
        assertThat(f).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(RosterRules.BASIC_EDUCATION, Severity.WARNING));
        assertThat(f.get(0).message()).contains("未填写学历");
    }

    @Test
    void nonPartyMembersGetANotice() {
        for (PoliticalStatus p : new PoliticalStatus[]{PoliticalStatus.MASSES, PoliticalStatus.CYL_MEMBER,
                PoliticalStatus.DEMOCRATIC_PARTY, null}) {
            assertThat(findings(counselor(Education.MASTER, p, EmploymentForm.CONTRACT)))
                    .as("political status %s", p)
                    .extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple(RosterRules.BASIC_PARTY, Severity.NOTICE));
        }
        assertThat(findings(counselor(Education.MASTER, PoliticalStatus.MASSES, EmploymentForm.CONTRACT))
                .get(0).message()).contains("群众");
    }

    @Test
    void partyMembersAndProbationaryMembersGetNone() {
        assertThat(codes(counselor(Education.MASTER, PoliticalStatus.CPC_MEMBER, EmploymentForm.CONTRACT)))
                .doesNotContain(RosterRules.BASIC_PARTY);
        assertThat(codes(counselor(Education.MASTER, PoliticalStatus.CPC_PROBATIONARY, EmploymentForm.CONTRACT)))
                .doesNotContain(RosterRules.BASIC_PARTY);
    }

    @Test
    void labourDispatchAndPersonnelAgencyAreWarnings() {
        for (EmploymentForm form : new EmploymentForm[]{EmploymentForm.LABOUR_DISPATCH,
                EmploymentForm.PERSONNEL_AGENCY}) {
            assertThat(findings(counselor(Education.MASTER, PoliticalStatus.CPC_MEMBER, form)))
                    .as("employment form %s", form)
                    .extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple(RosterRules.EMPLOYMENT_FORM, Severity.WARNING));
        }
        assertThat(codes(counselor(Education.MASTER, PoliticalStatus.CPC_MEMBER, EmploymentForm.CONTRACT)))
                .isEmpty();
        assertThat(codes(counselor(Education.MASTER, PoliticalStatus.CPC_MEMBER, EmploymentForm.ESTABLISHED)))
                .isEmpty();
        assertThat(codes(counselor(Education.MASTER, PoliticalStatus.CPC_MEMBER, null))).isEmpty();
    }

    @Test
    void allFindingsOfOneCounselorTogether() {
        assertThat(codes(counselor(Education.JUNIOR_COLLEGE, PoliticalStatus.MASSES, EmploymentForm.LABOUR_DISPATCH)))
                .containsExactly(RosterRules.BASIC_EDUCATION, RosterRules.BASIC_PARTY, RosterRules.EMPLOYMENT_FORM);
    }

    @Test
    void deregisteredCounselorsGiveNoFindings() {
        Counselor gone = counselor(Education.JUNIOR_COLLEGE, PoliticalStatus.MASSES, EmploymentForm.LABOUR_DISPATCH)
                .withStatus(CounselorStatus.DEREGISTERED);
        assertThat(findings(gone)).isEmpty();
        assertThat(findings(gone.withStatus(CounselorStatus.ON_LEAVE))).hasSize(3);
    }

    @Test
    void staffingRatioFindingOnlyWhenTheCollegeIsShort() {
        LocalDate ref = LocalDate.of(2024, 12, 31);
        // departments short on their own, college not: 350 students need 2, 1 FT + 3 PT = 2
        List<StaffingRow> ok = List.of(row(1L, "甲系", 250, 1, 0), row(2L, "乙系", 100, 0, 3));
        assertThat(rules.findings(new StaffingRatio(2024, ref, 200, THIRD, ok, StaffingRatio.collegeRow("全校合计", ok, 200, THIRD)))).isEmpty();

        List<StaffingRow> shortRows = List.of(row(1L, "甲系", 600, 2, 2));
        List<Finding> f = rules.findings(new StaffingRatio(2024, ref, 200, THIRD, shortRows,
                StaffingRatio.collegeRow("全校合计", shortRows, 200, THIRD)));
        assertThat(f).extracting(Finding::code, Finding::severity, Finding::department, Finding::counselorId)
                .containsExactly(tuple(RosterRules.STAFFING_RATIO, Severity.WARNING, null, null));
        assertThat(f.get(0).message()).isEqualTo(
                "2024 年全校在校生 600 人，按 1:200 应配专职辅导员 3 人，折合实有 2.67 人（兼职按 1/3 折算），缺 0.33 人");
        assertThat(f.get(0).params()).containsExactly(java.util.Map.entry("staffing.students-per-counselor", "200"),
                java.util.Map.entry("staffing.part-time-weight", "1/3"));
    }
}
