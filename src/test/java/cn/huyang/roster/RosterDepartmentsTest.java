package cn.huyang.roster;

import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.ROSTER_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.huyang.app.AppContext;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster's departments, enrolment and staffing ratio against a real H2 file database; today is 2025-06-15. */
class RosterDepartmentsTest extends RosterTestBase {
    // ---- departments, enrolment and the staffing ratio -------------------------------------

    @Test
    void departmentsAreStoredInSortOrder() {
        roster.saveDepartment(new Department(null, " CJ ", "\u3000财经系 ", 0, true));
        assertThat(roster.departments()).extracting(Department::code, Department::name)
                .containsExactly(tuple("CJ", "财经系"), tuple("JSJ", "计算机系"), tuple("JD", "机电系"));
    }

    @Test
    void duplicateDepartmentCodeOrNameIsRefused() {
        assertThat(refusal(() -> roster.saveDepartment(new Department(null, "JSJ", "新系", 3, true))))
                .containsExactly(FieldError.of("field.departmentCode", "validation.duplicate", "JSJ"));
        assertThat(refusal(() -> roster.saveDepartment(new Department(null, "XX", "计算机系", 3, true))))
                .containsExactly(FieldError.of("field.departmentName", "validation.duplicate", "计算机系"));
        // renaming one department to another's code
        assertThat(refusal(() -> roster.saveDepartment(new Department(me.id(), "JSJ", "机电系", 2, true))))
                .extracting(FieldError::field).containsExactly("field.departmentCode");
        assertThat(roster.departments()).hasSize(2);
    }

    @Test
    void departmentCodeAndNameAreRequired() {
        assertThat(refusal(() -> roster.saveDepartment(new Department(null, " ", null, 3, true))))
                .extracting(FieldError::field)
                .containsExactly("field.departmentCode", "field.departmentName");
    }

    @Test
    void updatingADepartmentKeepsItsOwnCode() {
        Department renamed = roster.saveDepartment(new Department(me.id(), "JD", "机电工程系", 2, false));
        assertThat(renamed.id()).isEqualTo(me.id());
        assertThat(roster.departmentNames()).containsEntry(me.id(), "机电工程系");
        assertThat(roster.departmentsById().get(me.id()).active()).isFalse();
    }

    @Test
    void setEnrolmentIsAnUpsertAndRefusesNegatives() {
        roster.setEnrolment(cs.id(), 2024, 450);
        roster.setEnrolment(me.id(), 2024, 150);
        roster.setEnrolment(cs.id(), 2024, 480);
        roster.setEnrolment(cs.id(), 2023, 400);
        assertThat(roster.enrolment(2024)).containsOnly(
                org.assertj.core.api.Assertions.entry(cs.id(), 480),
                org.assertj.core.api.Assertions.entry(me.id(), 150));
        assertThat(roster.enrolment(2023)).containsOnly(org.assertj.core.api.Assertions.entry(cs.id(), 400));

        assertThat(refusal(() -> roster.setEnrolment(cs.id(), 2024, -1)))
                .containsExactly(FieldError.of("field.students", "validation.notNegative"));
        assertThat(refusal(() -> roster.setEnrolment(cs.id(), 1949, 10)))
                .containsExactly(FieldError.of("field.year", "validation.year"));
        assertThat(roster.enrolment(2024)).containsEntry(cs.id(), 480);
        roster.setEnrolment(cs.id(), 2024, 0);
        assertThat(roster.enrolment(2024)).containsEntry(cs.id(), 0);
    }

    // ---- staffing ratio and findings ----------------------------------------------------

    /**
     * 计算机系: #0 FT since 2015; #1 PT since 2020; #2 FT 2018, deregistered 2024-07-01; #3 FT 2019, on leave
     * 2024-10-01, back 2025-03-01; #6 FT 2016, deregistered 2025-06-01 (junior college, masses).
     * 机电系: #4 PT since 2024-03-01; #5 FT since 2025-01-10. Enrolment 2024: 450 + 150; 2025: 500 + 100.
     */
    private void handMadeRoster() {
        register(0, "张伟", PostType.FULL_TIME, cs, LocalDate.of(2015, 9, 1));
        register(1, "李娜", PostType.PART_TIME, cs, LocalDate.of(2020, 9, 1));
        Counselor gone = register(2, "王强", PostType.FULL_TIME, cs, LocalDate.of(2018, 9, 1));
        roster.deregister(gone.id(), LocalDate.of(2024, 7, 1), "调离");
        Counselor away = register(3, "刘敏", PostType.FULL_TIME, cs, LocalDate.of(2019, 9, 1));
        roster.update(Drafts.withConditions(roster.counselor(away.id()).orElseThrow(), Education.MASTER,
                PoliticalStatus.MASSES, EmploymentForm.CONTRACT));
        roster.leave(away.id(), LocalDate.of(2024, 10, 1), "产假");
        roster.returnToPost(away.id(), LocalDate.of(2025, 3, 1));
        register(4, "陈静", PostType.PART_TIME, me, LocalDate.of(2024, 3, 1));
        register(5, "杨丽", PostType.FULL_TIME, me, LocalDate.of(2025, 1, 10));
        Counselor late = register(6, "赵军", PostType.FULL_TIME, cs, LocalDate.of(2016, 9, 1));
        roster.update(Drafts.withConditions(roster.counselor(late.id()).orElseThrow(), Education.JUNIOR_COLLEGE,
                PoliticalStatus.MASSES, EmploymentForm.LABOUR_DISPATCH));
        roster.deregister(late.id(), LocalDate.of(2025, 6, 1), "辞职");

        roster.setEnrolment(cs.id(), 2024, 450);
        roster.setEnrolment(me.id(), 2024, 150);
        roster.setEnrolment(cs.id(), 2025, 500);
        roster.setEnrolment(me.id(), 2025, 100);
    }

    @Test
    void staffingRatioOfAPastYearCountsWhoWasInPostOnTheThirtyFirstOfDecember() {
        handMadeRoster();
        StaffingRatio r = roster.staffingRatio(2024);

        assertThat(r.referenceDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(r.departments())
                .extracting(StaffingRow::department, StaffingRow::students, StaffingRow::fullTime,
                        StaffingRow::partTime, StaffingRow::required)
                .containsExactly(
                        // #0 and #6 in post; #2 deregistered before, #3 on leave
                        tuple("计算机系", 450, 2, 1, 3),
                        // #5 not yet registered
                        tuple("机电系", 150, 0, 1, 1));
        StaffingRow college = r.college();
        assertThat(college.isCollege()).isTrue();
        assertThat(college.department()).isEqualTo("全校合计");
        assertThat(college.students()).isEqualTo(600);
        assertThat(college.fullTime()).isEqualTo(2);
        assertThat(college.partTime()).isEqualTo(2);
        assertThat(college.required()).isEqualTo(3);
        assertThat(college.isShort()).isTrue();
        assertThat(college.shortfall()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void staffingRatioOfTheCurrentYearCountsToday() {
        handMadeRoster();
        StaffingRatio r = roster.staffingRatio(2025);

        assertThat(r.referenceDate()).isEqualTo(TODAY);
        assertThat(r.departments())
                .extracting(StaffingRow::department, StaffingRow::students, StaffingRow::fullTime,
                        StaffingRow::partTime)
                .containsExactly(
                        // #0 and #3 (back from leave); #6 deregistered on 2025-06-01
                        tuple("计算机系", 500, 2, 1),
                        tuple("机电系", 100, 1, 1));
        assertThat(r.college().required()).isEqualTo(3);
        assertThat(r.college().effective()).isCloseTo(3 + 2.0 / 3, within(1e-9));
        assertThat(r.college().isShort()).isFalse();
    }

    @Test
    void staffingRatioOfAnEarlierYearUsesItsOwnHistory() {
        handMadeRoster();
        StaffingRatio r = roster.staffingRatio(2023);
        // no enrolment entered for 2023; #0, #2, #3, #6 full-time and #1 part-time were in post
        assertThat(r.departments())
                .extracting(StaffingRow::department, StaffingRow::students, StaffingRow::fullTime,
                        StaffingRow::partTime)
                .containsExactly(tuple("计算机系", 0, 4, 1), tuple("机电系", 0, 0, 0));
        assertThat(r.college().isShort()).isFalse();
    }

    @Test
    void inactiveDepartmentWithoutDataIsLeftOutOfTheTable() {
        roster.saveDepartment(new Department(null, "OLD", "撤销的系", 9, false));
        handMadeRoster();
        assertThat(roster.staffingRatio(2024).departments()).extracting(StaffingRow::department)
                .containsExactly("计算机系", "机电系");
    }

    @Test
    void findingsOfAYearIncludeTheCollegeRatioAndOnlyCounselorsInPost() {
        handMadeRoster();
        List<Finding> f2024 = roster.findings(2024);

        assertThat(f2024).filteredOn(f -> f.code().equals(RosterRules.STAFFING_RATIO))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
                    assertThat(f.department()).isNull();
                    assertThat(f.message()).contains("2024").contains("600").contains("3");
                });
        // 赵军 was in post at the end of 2024: all three of his findings; 刘敏 was on leave: none
        assertThat(f2024).filteredOn(f -> f.counselor() != null)
                .extracting(Finding::counselor, Finding::code, Finding::department)
                .containsExactly(
                        tuple("赵军", RosterRules.BASIC_EDUCATION, "计算机系"),
                        tuple("赵军", RosterRules.BASIC_PARTY, "计算机系"),
                        tuple("赵军", RosterRules.EMPLOYMENT_FORM, "计算机系"));

        List<Finding> f2025 = roster.findings(2025);
        assertThat(f2025).extracting(Finding::code).doesNotContain(RosterRules.STAFFING_RATIO);
        assertThat(f2025).extracting(Finding::counselor, Finding::code)
                .containsExactly(tuple("刘敏", RosterRules.BASIC_PARTY));
    }

    @Test
    void emptyDatabase() {
        RosterService fresh = roster;
        assertThat(fresh.isEmpty()).isFalse(); // two departments
        assertThat(fresh.findings(2025)).isEmpty();
        assertThat(fresh.staffingRatio(2025).college().required()).isZero();
    }
}
