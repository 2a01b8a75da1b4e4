package cn.huyang.guarantee;

import static cn.huyang.guarantee.GuaranteeFixture.fen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.common.Finding;
import cn.huyang.common.ValidationException;
import cn.huyang.db.TestStores;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.TitleRank;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** INCOME_BELOW_TEACHERS [三(三)8] and DORM_OFFICE [三(三)7] on a real database (H2, or PostgreSQL). */
class IncomeAndFacilityServiceTest {
    @TempDir
    Path dir;
    GuaranteeFixture f;
    IncomeService incomes;
    FacilityService facilities;

    @BeforeEach
    void open() {
        f = new GuaranteeFixture(TestStores.open(dir.resolve("data"), GuaranteeFixture.CLOCK));
        incomes = f.g.incomes();
        facilities = f.g.facilities();
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    @Test
    void anIncomeEqualToTheAverageIsNoFindingAndOneYuanBelowIs() {
        // all three are lecturers (TestData)
        incomes.saveAverage(new TeacherIncome(2025, TitleRank.LECTURER, fen("96000"), 0));
        incomes.saveIncome(new CounselorIncome(f.a1.id(), 2025, fen("96000"), 0));
        CounselorIncome a2 = incomes.saveIncome(new CounselorIncome(f.a2.id(), 2025, fen("95999"), 0));

        List<Finding> found = incomes.findings(2025);
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("INCOME_BELOW_TEACHERS");
            assertThat(x.clause()).isEqualTo("三(三)8");
            assertThat(x.counselor()).isEqualTo("甲二");
            assertThat(x.message()).isEqualTo("2025 年实际收入低于学校同级别（讲师）专任教师平均收入")
                    .doesNotContain("95999").doesNotContain("96000");
        });
        // b1 has no income entered: not judged
        assertThat(incomes.rows(2025)).filteredOn(r -> r.counselorId() == f.b1.id()).singleElement()
                .satisfies(r -> assertThat(r.below()).isFalse());

        incomes.saveIncome(new CounselorIncome(f.a2.id(), 2025, fen("96000"), a2.version()));
        assertThat(incomes.findings(2025)).isEmpty();
        assertThat(f.ctx.findings().findings(2025)).extracting(TrackedFinding::finding)
                .noneMatch(x -> x.code().equals("INCOME_BELOW_TEACHERS"));
    }

    @Test
    void incomesAreSeenOnlyByTheRolesThatMayAndTheirAmountsNeverReachTheAuditLog() {
        incomes.saveAverage(new TeacherIncome(2025, TitleRank.LECTURER, fen("96000"), 0));
        f.as(Role.PERSONNEL).incomes().saveIncome(new CounselorIncome(f.a2.id(), 2025, fen("90000"), 0));

        IncomeService department = f.as(Role.DEPARTMENT).incomes();
        assertThat(catchThrowableOfType(() -> department.rows(2025), NotPermittedException.class)).isNotNull();
        assertThat(department.findings(2025)).isEmpty();
        assertThat(f.as(Role.LEADER).incomes().rows(2025)).isNotEmpty();
        // the forms follow the same rights: 领导 reads only, 组织人事部 enters incomes but not buildings
        assertThat(f.as(Role.LEADER).incomes().mayEdit()).isFalse();
        assertThat(f.as(Role.PERSONNEL).incomes().mayEdit()).isTrue();
        assertThat(f.as(Role.PERSONNEL).facilities().mayEdit()).isFalse();
        assertThat(f.as(Role.DEPARTMENT).allowances().mayEdit()).isFalse();
        assertThat(f.as(Role.LEADER).incomes().findings(2025)).hasSize(1);
        for (Role role : List.of(Role.DEPARTMENT, Role.LEADER, Role.ADMIN)) {
            assertThat(catchThrowableOfType(() -> f.as(role).incomes().saveIncome(new CounselorIncome(f.a1.id(), 2025,
                    fen("1"), 0)), NotPermittedException.class)).as(role.name()).isNotNull();
        }
        List<AuditEntry> rows = f.ctx.audit().find(AuditQuery.all());
        assertThat(rows).filteredOn(a -> "counselor_income".equals(a.entity())).singleElement()
                .satisfies(a -> assertThat(a.details()).contains("***").doesNotContain("9000000"));
    }

    @Test
    void manyNewIncomesAreStoredAsOneByOneOrNoneAtAll() {
        incomes.saveIncome(new CounselorIncome(f.b1.id(), 2025, fen("91000"), 0));
        // one impossible amount refuses them all, before anything is written
        assertThat(catchThrowableOfType(() -> incomes.saveNewIncomes(List.of(new CounselorIncome(f.a1.id(), 2025,
                fen("95000"), 0), new CounselorIncome(f.a2.id(), 2025, -1, 0))), ValidationException.class)).isNotNull();
        // one stored meanwhile refuses them all: nothing of the batch stays
        assertThat(catchThrowableOfType(() -> incomes.saveNewIncomes(List.of(new CounselorIncome(f.a1.id(), 2025,
                fen("95000"), 0), new CounselorIncome(f.b1.id(), 2025, fen("1"), 0))), RuntimeException.class)).isNotNull();
        assertThat(incomes.rows(2025)).filteredOn(r -> r.incomeFen() != null).singleElement()
                .satisfies(r -> assertThat(r.counselorId()).isEqualTo(f.b1.id()));

        incomes.saveNewIncomes(List.of(new CounselorIncome(f.a1.id(), 2025, fen("95000"), 0),
                new CounselorIncome(f.a2.id(), 2025, fen("97000"), 0)));
        assertThat(incomes.rows(2025)).filteredOn(r -> r.counselorId() == f.a2.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.incomeFen()).isEqualTo(fen("97000"));
                    assertThat(r.incomeVersion()).isEqualTo(1);
                });
        // an audit row each, as saveIncome writes, amounts masked
        assertThat(f.ctx.audit().find(AuditQuery.all())).filteredOn(a -> "counselor_income".equals(a.entity()))
                .hasSize(3).allSatisfy(a -> assertThat(a.details()).contains("***").doesNotContain("9700000"));
        assertThat(catchThrowableOfType(() -> f.as(Role.LEADER).incomes().saveNewIncomes(List.of()),
                NotPermittedException.class)).isNotNull();
    }

    @Test
    void anImpossibleIncomeIsRefusedNamingTheField() {
        ValidationException e = catchThrowableOfType(() -> incomes.saveIncome(new CounselorIncome(f.a1.id(), 2025,
                -1, 0)), ValidationException.class);
        assertThat(e.render(GuaranteeFixture.ZH)).isEqualTo("实际收入（元）：不能为负数");
        ValidationException year = catchThrowableOfType(() -> incomes.saveAverage(new TeacherIncome(1999,
                TitleRank.LECTURER, 1, 0)), ValidationException.class);
        assertThat(year.render(GuaranteeFixture.ZH)).startsWith("年度：");
    }

    @Test
    void aBuildingHousingStudentsWithoutAnOfficeIsAFinding() {
        facilities.saveBuilding(new DormBuilding(null, "1号学生公寓", 600, true, true, null, 0));
        facilities.saveBuilding(new DormBuilding(null, "2号学生公寓", 0, false, false, "空置", 0));
        assertThat(facilities.findings()).isEmpty();

        DormBuilding third = facilities.saveBuilding(new DormBuilding(null, "3号学生公寓", 1, false, true, null, 0));
        assertThat(facilities.findings()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("DORM_OFFICE");
            assertThat(x.clause()).isEqualTo("三(三)7");
            assertThat(x.message()).contains("3号学生公寓（住 1 名学生，无辅导员办公室）").doesNotContain("1号");
        });
        assertThat(f.ctx.findings().findings(2026)).extracting(TrackedFinding::finding)
                .filteredOn(x -> x.code().equals("DORM_OFFICE")).hasSize(1);

        facilities.saveBuilding(new DormBuilding(third.id(), third.name(), 1, true, true, null, third.version()));
        assertThat(facilities.findings()).isEmpty();
        // the roster names 3号学生公寓 (TestData): registered now, so not listed as unregistered
        assertThat(facilities.unregisteredBuildings()).doesNotContain("3号学生公寓");
    }

    @Test
    void impossibleBuildingsAndRightsAreRefused() {
        ValidationException e = catchThrowableOfType(() -> facilities.saveBuilding(new DormBuilding(null, "4号楼", -5,
                true, true, null, 0)), ValidationException.class);
        assertThat(e.render(GuaranteeFixture.ZH)).isEqualTo("住宿学生数：不能为负数");
        assertThat(catchThrowableOfType(() -> f.as(Role.DEPARTMENT).facilities().saveBuilding(new DormBuilding(null,
                "4号楼", 5, true, true, null, 0)), NotPermittedException.class)).isNotNull();
        assertThat(facilities.buildings()).isEmpty();
        assertThat(facilities.unregisteredBuildings()).containsExactly("3号学生公寓");

        GradeMeeting g = facilities.saveGradeMeeting(new GradeMeeting("2025级", 2025, 1, true, 0));
        assertThat(facilities.gradeMeetings(2025)).containsExactly(g);
        ValidationException term = catchThrowableOfType(() -> facilities.saveGradeMeeting(new GradeMeeting("2025级",
                2025, 3, true, 0)), ValidationException.class);
        assertThat(term.render(GuaranteeFixture.ZH)).startsWith("学期：");
    }
}
