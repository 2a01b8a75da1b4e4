package cn.huyang.training;

import static cn.huyang.db.jooq.Tables.TRAINING_RECORD;
import static cn.huyang.db.jooq.Tables.TRAINING_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training ledger against a real H2 file database migrated by Flyway; today is 2025-06-15. */
class TrainingServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate LONG_AGO = LocalDate.of(2018, 9, 1);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    RosterService roster;
    TrainingService training;
    Department cs;
    Department me;
    Counselor zhang;
    Counselor li;
    Counselor wang;
    Counselor partTime;

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        roster = ctx.roster();
        training = ctx.training();
        cs = roster.saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        me = roster.saveDepartment(new Department(null, "JD", "机电系", 2, true));
        zhang = register("张伟", cs, PostType.FULL_TIME, 1, LONG_AGO);
        li = register("李娜", cs, PostType.FULL_TIME, 2, LONG_AGO);
        wang = register("王芳", me, PostType.FULL_TIME, 3, LONG_AGO);
        partTime = register("赵磊", me, PostType.PART_TIME, 4, LONG_AGO);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Counselor register(String name, Department d, PostType post, int seq, LocalDate entry) {
        return roster.register(TestData.counselor(name, d.id(), post, seq, entry), entry);
    }

    private static TrainingSession session(String course, TrainingLevel level, LocalDate start, LocalDate end,
                                           String hours, Counselor... who) {
        List<TrainingSession.Attendee> attendees = java.util.Arrays.stream(who)
                .map(c -> new TrainingSession.Attendee(null, c.id(), null, null, null)).toList();
        return new TrainingSession(null, course, "学工部", level, TrainingCategory.ROUTINE, start, end,
                new BigDecimal(hours), new BigDecimal("200"), null, attendees);
    }

    private static List<FieldError> refusal(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("expected a refusal").isInstanceOf(ValidationException.class);
        return ((ValidationException) t).errors();
    }

    private ComplianceRow row(List<ComplianceRow> rows, Counselor c) {
        return rows.stream().filter(r -> r.counselorId() == c.id()).findFirst().orElse(null);
    }

    // ---- entering sessions ----------------------------------------------------------------

    @Test
    void aSessionForThreeAttendeesStoresOneRecordEachWithTheSessionsHoursOrTheirOwn() {
        TrainingSession s = session("辅导员能力提升", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2), "12", zhang, li, wang);
        s = s.withAttendees(List.of(s.attendees().get(0), s.attendees().get(1),
                new TrainingSession.Attendee(null, wang.id(), new BigDecimal("6"), "ZS-003", "提前离开")));

        SaveResult saved = training.save(s);

        assertThat(saved.outsideService()).isEmpty();
        assertThat(db.dsl().fetchCount(TRAINING_SESSION)).isEqualTo(1);
        assertThat(db.dsl().fetchCount(TRAINING_RECORD)).isEqualTo(3);
        LedgerPage page = training.page(LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST, 0, 50);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hours()).isEqualByComparingTo("30");
        assertThat(page.cost()).isEqualByComparingTo("600");
        LedgerRow wangs = page.rows().stream().filter(r -> r.counselorId() == wang.id()).findFirst().orElseThrow();
        assertThat(wangs.hours()).isEqualByComparingTo("6");
        assertThat(wangs.certificateNo()).isEqualTo("ZS-003");
        assertThat(wangs.note()).isEqualTo("提前离开");
        assertThat(wangs.department()).isEqualTo("机电系");
        assertThat(wangs.attendees()).isEqualTo(3);
    }

    @Test
    void anEndBeforeTheStartIsRefusedWithTheFieldNamedAndNothingIsStored() {
        List<FieldError> errors = refusal(() -> training.save(session("课程", TrainingLevel.SCHOOL,
                LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), "4", zhang)));

        assertThat(errors).extracting(FieldError::field).containsExactly("field.endDate");
        assertThat(errors.get(0).render(Messages.forLanguage("zh"))).isEqualTo("结束日期：不能早于开始日期 2025-03-02");
        assertThat(db.dsl().fetchCount(TRAINING_SESSION)).isZero();
    }

    @Test
    void hoursMustLieAboveZeroAndWithinTwentyFourADayOfTheSpan() {
        assertThat(refusal(() -> training.save(session("课程", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2), "48.5", zhang)))).extracting(FieldError::messageKey)
                .containsExactly("validation.hours.overSpan");
        assertThat(refusal(() -> training.save(session("课程", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 1), "0", zhang)))).extracting(FieldError::messageKey)
                .containsExactly("validation.hours.positive");
        assertThat(training.save(session("课程", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2), "48", zhang)).session().hours()).isEqualByComparingTo("48");
    }

    @Test
    void courseLevelCategoryDatesAndHoursAreRequired() {
        TrainingSession empty = new TrainingSession(null, " ", null, null, null, null, null, null, null, null,
                List.of(new TrainingSession.Attendee(null, zhang.id(), null, null, null)));

        assertThat(refusal(() -> training.save(empty))).extracting(FieldError::field).containsExactly(
                "field.course", "field.trainingLevel", "field.trainingCategory", "field.startDate", "field.endDate",
                "field.hours");
    }

    @Test
    void anAttendeesOwnHoursMayNotExceedTheSessionsAndTheFieldNamesTheCounselor() {
        TrainingSession s = session("课程", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                "4", zhang);
        TrainingSession over = s.withAttendees(List.of(new TrainingSession.Attendee(null, zhang.id(),
                new BigDecimal("5"), null, null)));

        List<FieldError> errors = refusal(() -> training.save(over));

        assertThat(errors.get(0).render(Messages.forLanguage("zh"))).isEqualTo("学时（张伟）：不能超过本次培训的 4 学时");
    }

    @Test
    void aCertificateNumberIsGivenOnlyOncePerCourse() {
        TrainingSession first = session("心理健康教育", TrainingLevel.REGIONAL, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 3), "24", zhang);
        training.save(first.withAttendees(List.of(new TrainingSession.Attendee(null, zhang.id(), null, "XL-01", null))));
        TrainingSession again = session("心理健康教育", TrainingLevel.REGIONAL, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 3), "24", li);
        TrainingSession clash = again.withAttendees(List.of(
                new TrainingSession.Attendee(null, li.id(), null, "ｘｌ-01", null)));

        List<FieldError> errors = refusal(() -> training.save(clash));

        assertThat(errors.get(0).render(Messages.forLanguage("zh")))
                .isEqualTo("证书编号（李娜）：编号 XL-01 在同一课程中已发给 张伟");
        TrainingSession otherCourse = session("就业指导", TrainingLevel.REGIONAL, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 3), "24", li);
        training.save(otherCourse.withAttendees(List.of(
                new TrainingSession.Attendee(null, li.id(), null, "XL-01", null))));
        assertThat(db.dsl().fetchCount(TRAINING_RECORD)).isEqualTo(2);
    }

    @Test
    void twoAttendeesOfOneSessionCannotShareACertificateNumber() {
        TrainingSession s = session("课程", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1),
                "4", zhang, li).withAttendees(List.of(
                new TrainingSession.Attendee(null, zhang.id(), null, "A1", null),
                new TrainingSession.Attendee(null, li.id(), null, "A1", null)));

        assertThat(refusal(() -> training.save(s))).extracting(FieldError::messageKey)
                .containsExactly("validation.certificate.twice");
    }

    @Test
    void aCounselorNotOnTheRosterOnTheDatesIsStoredWithAFinding() {
        Counselor newcomer = register("陈静", cs, PostType.FULL_TIME, 5, LocalDate.of(2025, 3, 1));
        roster.deregister(li.id(), LocalDate.of(2025, 1, 31), "调离");

        SaveResult saved = training.save(session("寒假培训", TrainingLevel.SCHOOL, LocalDate.of(2025, 2, 10),
                LocalDate.of(2025, 2, 11), "8", zhang, li, newcomer));

        assertThat(saved.outsideService()).containsExactly("李娜", "陈静");
        assertThat(db.dsl().fetchCount(TRAINING_RECORD)).isEqualTo(3);
        List<Finding> findings = training.findings(2025).stream()
                .filter(f -> f.code().equals("TRAINING_OUTSIDE_SERVICE")).toList();
        assertThat(findings).extracting(Finding::counselor).containsExactlyInAnyOrder("李娜", "陈静");
        assertThat(training.page(LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST, 0, 10).rows())
                .filteredOn(LedgerRow::outsideService).extracting(LedgerRow::counselor)
                .containsExactlyInAnyOrder("李娜", "陈静");
    }

    // ---- editing and deleting -------------------------------------------------------------

    @Test
    void editingASessionChangesItsDetailsAddsAndRemovesAttendeesInOneGo() {
        TrainingSession stored = training.save(session("第一期", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 1), "8", zhang, li)).session();
        TrainingSession.Attendee zhangs = stored.attendees().stream().filter(a -> a.counselorId() == zhang.id())
                .findFirst().orElseThrow();
        TrainingSession edited = new TrainingSession(stored.id(), "第一期（更正）", "学工部", TrainingLevel.SCHOOL,
                TrainingCategory.KEY_MEMBER, stored.startDate(), stored.endDate(), new BigDecimal("6"), null, null,
                List.of(new TrainingSession.Attendee(zhangs.recordId(), zhang.id(), null, "C-9", null),
                        new TrainingSession.Attendee(null, wang.id(), new BigDecimal("3"), null, null)));

        TrainingSession after = training.save(edited).session();

        assertThat(after.course()).isEqualTo("第一期（更正）");
        assertThat(after.attendees()).extracting(TrainingSession.Attendee::counselorId)
                .containsExactly(zhang.id(), wang.id());
        assertThat(after.attendees().get(0).recordId()).isEqualTo(zhangs.recordId());
        assertThat(after.attendees().get(0).hours()).isEqualByComparingTo("6");
        assertThat(after.attendees().get(1).hours()).isEqualByComparingTo("3");
        assertThat(db.dsl().fetchCount(TRAINING_RECORD)).isEqualTo(2);
    }

    @Test
    void deletingTheLastRecordOfASessionDeletesTheSessionAndDeletingASessionDeletesItsRecords() {
        TrainingSession one = training.save(session("单人", TrainingLevel.NATIONAL, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 5), "40", zhang)).session();
        TrainingSession two = training.save(session("两人", TrainingLevel.SCHOOL, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 1), "4", zhang, li)).session();

        training.deleteRecord(one.attendees().get(0).recordId());
        training.deleteRecord(two.attendees().get(0).recordId());

        assertThat(training.session(one.id())).isEmpty();
        assertThat(training.session(two.id()).orElseThrow().attendees()).hasSize(1);
        training.deleteSession(two.id());
        assertThat(db.dsl().fetchCount(TRAINING_RECORD)).isZero();
        assertThat(db.dsl().fetchCount(TRAINING_SESSION)).isZero();
    }

    // ---- the ledger -----------------------------------------------------------------------

    @Test
    void theLedgerFiltersByLevelDepartmentCounselorAndTextAndSortsInTheQuery() {
        training.save(session("校级一", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), "8",
                zhang, li, wang));
        training.save(session("自治区骨干班", TrainingLevel.REGIONAL, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 5),
                "40", wang));

        assertThat(training.page(new LedgerFilter(null, null, null, null, null, null), LedgerSort.NEWEST_FIRST, 0, 10)
                .total()).isEqualTo(4);
        assertThat(training.page(new LedgerFilter(2024, null, null, null, null, null), LedgerSort.NEWEST_FIRST, 0, 10)
                .rows()).extracting(LedgerRow::course).containsExactly("自治区骨干班");
        assertThat(training.page(new LedgerFilter(null, TrainingLevel.SCHOOL, null, me.id(), null, null),
                LedgerSort.NEWEST_FIRST, 0, 10).rows()).extracting(LedgerRow::counselor).containsExactly("王芳");
        assertThat(training.page(new LedgerFilter(null, null, null, null, "李", null), LedgerSort.NEWEST_FIRST, 0, 10)
                .rows()).extracting(LedgerRow::counselor).containsExactly("李娜");
        assertThat(training.page(new LedgerFilter(null, null, null, null, null, "骨干"), LedgerSort.NEWEST_FIRST, 0, 10)
                .hours()).isEqualByComparingTo("40");
        assertThat(training.page(LedgerFilter.year(2025), new LedgerSort(LedgerSort.Column.COUNSELOR, true), 0, 2)
                .rows()).hasSize(2);
        LedgerPage second = training.page(new LedgerFilter(null, null, null, null, null, null),
                new LedgerSort(LedgerSort.Column.HOURS, false), 1, 2);
        assertThat(second.offset()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.rows()).extracting(LedgerRow::hours).allMatch(h -> h.compareTo(new BigDecimal("8")) == 0);
        training.save(session("证书班", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), "2",
                zhang).withAttendees(List.of(new TrainingSession.Attendee(null, zhang.id(), null, "zs-2025-7", null))));
        assertThat(training.page(new LedgerFilter(null, null, null, null, null, "zs-2025"), LedgerSort.NEWEST_FIRST, 0,
                10).rows()).extracting(LedgerRow::certificateNo).containsExactly("ZS-2025-7");
    }

    // ---- compliance, budget, findings -----------------------------------------------------

    @Test
    void complianceSumsSchoolHoursPerCounselorAndJudgesOnlyFullTimeCounselors() {
        training.save(session("校级一", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), "8",
                zhang, li, partTime));
        training.save(session("校级二", TrainingLevel.SCHOOL, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), "8",
                zhang));
        training.save(session("自治区班", TrainingLevel.REGIONAL, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 3),
                "24", li));
        training.save(session("去年校级", TrainingLevel.SCHOOL, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
                "16", wang));

        List<ComplianceRow> rows = training.compliance(2025);

        assertThat(rows).as("department order, then pinyin").extracting(ComplianceRow::name)
                .containsExactly("李娜", "张伟", "王芳");
        assertThat(row(rows, zhang).schoolHours()).isEqualByComparingTo("16");
        assertThat(row(rows, zhang).hoursMet()).isTrue();
        assertThat(row(rows, zhang).higher()).isEqualTo(ComplianceRow.Status.MISSING);
        assertThat(row(rows, li).schoolHours()).isEqualByComparingTo("8");
        assertThat(row(rows, li).shortfall()).isEqualByComparingTo("8");
        assertThat(row(rows, li).higher()).isEqualTo(ComplianceRow.Status.MET);
        assertThat(row(rows, wang).schoolHours()).as("counts in the year it starts").isEqualByComparingTo("0");
        assertThat(row(rows, partTime)).isNull();
    }

    @Test
    void aCounselorWhoJoinedOrLeftDuringTheYearIsAPartialYear() {
        Counselor newcomer = register("陈静", cs, PostType.FULL_TIME, 5, LocalDate.of(2025, 3, 1));
        roster.deregister(li.id(), LocalDate.of(2025, 2, 1), "调离");
        Counselor gone = register("周强", cs, PostType.FULL_TIME, 6, LONG_AGO);
        roster.deregister(gone.id(), LocalDate.of(2024, 7, 1), "辞职");

        List<ComplianceRow> rows = training.compliance(2025);

        assertThat(row(rows, zhang).partialYear()).isFalse();
        assertThat(row(rows, li).partialYear()).isTrue();
        assertThat(row(rows, newcomer).partialYear()).isTrue();
        assertThat(row(rows, newcomer).preService()).isEqualTo(ComplianceRow.Status.MISSING);
        assertThat(row(rows, newcomer).higher()).isEqualTo(ComplianceRow.Status.NOT_DUE);
        assertThat(row(rows, gone)).as("left before the year").isNull();
    }

    @Test
    void checkAndTheRosterRowsCarryTheTrainingFindings() {
        training.save(session("校级", TrainingLevel.SCHOOL, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), "16",
                zhang));
        training.save(session("国家级示范培训", TrainingLevel.NATIONAL, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 1, 5), "40", zhang));

        List<Finding> check = ctx.findings().findings(2024).stream().map(cn.huyang.findings.TrackedFinding::finding).toList();
        Map<Long, List<Finding>> onRows = training.findingsByCounselor(TODAY);

        assertThat(check).filteredOn(f -> f.counselorId() != null && f.counselorId() == li.id())
                .extracting(Finding::code).contains("TRAINING_HOURS", "TRAINING_HIGHER_LEVEL");
        assertThat(check).filteredOn(f -> f.counselorId() != null && f.counselorId() == zhang.id())
                .extracting(Finding::code).doesNotContain("TRAINING_HOURS", "TRAINING_HIGHER_LEVEL");
        assertThat(onRows).containsKeys(li.id(), wang.id()).doesNotContainKey(zhang.id())
                .doesNotContainKey(partTime.id());
        assertThat(onRows.get(li.id())).extracting(Finding::message).anyMatch(m -> m.startsWith("2024 年校级培训 0 学时"));
    }

    @Test
    void theYearlySummaryFollowsEverySaveEditAndDelete() {
        TrainingSession s = training.save(session("校级", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 2), "16", zhang, li)).session();
        assertThat(row(training.compliance(2025), li).schoolHours()).isEqualByComparingTo("16");

        // Moved to the year before, with 李娜 removed and 王芳 added for 6 hours.
        training.save(new TrainingSession(s.id(), "校级", "学工部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE,
                LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 1), new BigDecimal("8"), null, null,
                List.of(new TrainingSession.Attendee(s.attendees().get(0).recordId(), zhang.id(), null, null, null),
                        new TrainingSession.Attendee(null, wang.id(), new BigDecimal("6"), null, null))));
        assertThat(row(training.compliance(2025), zhang).schoolHours()).isEqualByComparingTo("0");
        assertThat(row(training.compliance(2025), li).schoolHours()).isEqualByComparingTo("0");
        assertThat(row(training.compliance(2024), zhang).schoolHours()).isEqualByComparingTo("8");
        assertThat(row(training.compliance(2024), wang).schoolHours()).isEqualByComparingTo("6");

        TrainingSession stored = training.session(s.id()).orElseThrow();
        training.deleteRecord(stored.attendees().stream().filter(a -> a.counselorId() == wang.id()).findFirst()
                .orElseThrow().recordId());
        assertThat(row(training.compliance(2024), wang).schoolHours()).isEqualByComparingTo("0");
        assertThat(row(training.compliance(2024), zhang).schoolHours()).isEqualByComparingTo("8");
        training.deleteSession(s.id());
        assertThat(row(training.compliance(2024), zhang).schoolHours()).isEqualByComparingTo("0");
        assertThat(db.dsl().fetchCount(cn.huyang.db.jooq.Tables.TRAINING_SUMMARY)).isZero();
    }

    @Test
    void theBudgetAddsUpCostPerLevelAndPerDepartment() {
        training.save(session("校级", TrainingLevel.SCHOOL, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), "8",
                zhang, li, wang));
        training.save(session("国家级", TrainingLevel.NATIONAL, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 5), "40",
                wang));
        training.save(session("去年", TrainingLevel.NATIONAL, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 5), "40",
                wang));

        Budget b = training.budget(2025);

        assertThat(b.byLevel()).extracting(BudgetLine::label, BudgetLine::sessions, BudgetLine::records)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SCHOOL", 1, 3),
                        org.assertj.core.groups.Tuple.tuple("NATIONAL", 1, 1));
        assertThat(b.totalCost()).isEqualByComparingTo("800");
        assertThat(b.totalHours()).isEqualByComparingTo("64");
        assertThat(b.byDepartment()).extracting(BudgetLine::label, BudgetLine::records, l -> l.cost().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("计算机系", 2, 400),
                        org.assertj.core.groups.Tuple.tuple("机电系", 2, 400));
    }
}
