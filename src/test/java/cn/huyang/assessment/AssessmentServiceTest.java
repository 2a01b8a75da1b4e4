package cn.huyang.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.print.AppraisalForm;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessment service on a real H2 database migrated by Flyway; today is 2025-06-15. */
class AssessmentServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    AssessmentService service;
    Department cs;
    Department me;
    List<Counselor> people = new ArrayList<>();
    Messages zh = Messages.forLanguage("zh");

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        ctx = new AppContext(db, zh, CLOCK);
        service = ctx.assessment();
        cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        me = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
        String[] names = {"张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴倩"};
        for (int i = 0; i < names.length; i++) {
            people.add(ctx.roster().register(TestData.counselor(names[i], i < 6 ? cs.id() : me.id(),
                    PostType.FULL_TIME, 100 + i), LocalDate.of(2019, 9, 1)));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Entry scored(int year, long id, String score) {
        Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            m.put(p, new BigDecimal(score));
        }
        return new Entry(year, id, m, null, null, null, null, null, null);
    }

    /** The entries as the grid would send them: each at the version stored now. */
    List<Entry> atStored(int year, List<Entry> typed) {
        Map<Long, Integer> versions = new java.util.HashMap<>();
        service.sheet(year).rows().forEach(r -> versions.put(r.counselor().id(), r.entry().version()));
        return typed.stream().map(e -> e.withVersion(versions.getOrDefault(e.counselorId(), 0))).toList();
    }

    /** Scores everybody (the first {@code low} at 50, the rest at 80) and confirms the year. */
    void confirmYear(int year, int low) {
        List<Entry> es = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            es.add(scored(year, people.get(i).id(), i < low ? "50" : "80"));
        }
        service.saveEntries(year, atStored(year, es));
        service.confirm(year);
    }

    static String refusal(ThrowingCallable call, Messages m) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(ValidationException.class);
        return ((ValidationException) t).render(m);
    }

    @Test
    void aNewYearStartsFromTheDefaultsThenCopiesTheYearBefore() {
        Scheme first = service.scheme(2023);
        assertThat(first.stored()).isFalse();
        assertThat(first.weight(Party.OFFICE)).isEqualByComparingTo("30");
        assertThat(first.weight(Party.PERSONNEL)).isEqualByComparingTo("10");

        Map<Party, BigDecimal> w = new EnumMap<>(first.weights());
        w.put(Party.OFFICE, new BigDecimal("40"));
        w.put(Party.STUDENTS, new BigDecimal("20"));
        service.saveScheme(new Scheme(2023, w, new BigDecimal("5"), first.excellentFrom(), first.competentFrom(),
                first.basicFrom(), first.quotaPercent(), List.of("受到党纪政务处分"), YearState.DRAFT, false));
        Scheme next = service.scheme(2024);
        assertThat(next.stored()).isFalse();
        assertThat(next.weight(Party.OFFICE)).isEqualByComparingTo("40");
        assertThat(next.bonusCap()).isEqualByComparingTo("5");
        assertThat(next.vetoItems()).containsExactly("受到党纪政务处分");
    }

    @Test
    void weightsMustAddUpToOneHundred() {
        Scheme d = Scheme.defaults(2025);
        Map<Party, BigDecimal> w = new EnumMap<>(d.weights());
        w.put(Party.OFFICE, new BigDecimal("35"));
        String msg = refusal(() -> service.saveScheme(new Scheme(2025, w, d.bonusCap(), d.excellentFrom(),
                d.competentFrom(), d.basicFrom(), d.quotaPercent(), d.vetoItems(), YearState.DRAFT, false)), zh);
        assertThat(msg).isEqualTo("四方权重：四方权重之和应为 100，当前为 105");
    }

    @Test
    void anImpossibleScoreIsRefusedNamingTheCounselorAndTheParty() {
        Entry bad = scored(2025, people.get(0).id(), "80").withScores(Map.of(Party.STUDENTS, new BigDecimal("101")),
                null, null, null);
        String msg = refusal(() -> service.saveEntries(2025, List.of(bad)), zh);
        assertThat(msg).isEqualTo("学生测评：张伟 的分数应在 0 到 100 之间，最多两位小数");
        assertThat(service.sheet(2025).rows()).allMatch(r -> r.entry().scores().isEmpty());
    }

    @Test
    void theSheetHasEveryoneOnTheRosterWithTheirResults() {
        service.saveEntries(2025, List.of(scored(2025, people.get(0).id(), "95"),
                scored(2025, people.get(1).id(), "75")));
        Sheet sheet = service.sheet(2025);
        assertThat(sheet.rows()).hasSize(10);
        assertThat(sheet.rows().get(0).department()).isEqualTo("计算机系");
        assertThat(sheet.rows().get(0).result().total()).isEqualByComparingTo("95.00");
        assertThat(sheet.rows().get(0).result().rank()).isEqualTo(1);
        assertThat(sheet.rows().get(1).result().grade()).isEqualTo(Grade.COMPETENT);
        assertThat(sheet.rows().get(2).result().complete()).isFalse();
        assertThat(sheet.scheme().stored()).isTrue();
    }

    @Test
    void confirmingLocksTheYearAndUnlockingKeepsItsReason() {
        service.saveEntries(2024, List.of(scored(2024, people.get(0).id(), "95")));
        assertThat(refusal(() -> service.confirm(2024), zh)).contains("还有 9 人评分未录齐");

        confirmYear(2024, 0);
        assertThat(service.scheme(2024).locked()).isTrue();
        assertThat(refusal(() -> service.saveEntries(2024, List.of(scored(2024, people.get(0).id(), "60"))), zh))
                .contains("已确认并锁定");
        assertThat(refusal(() -> service.override(2024, people.get(0).id(), Grade.BASIC, "x"), zh))
                .contains("已确认并锁定");
        assertThat(refusal(() -> service.unlock(2024, "  "), zh)).isEqualTo("解锁理由：必填");

        service.unlock(2024, "复核后需更正学生测评分");
        assertThat(service.scheme(2024).locked()).isFalse();
        assertThat(service.sheet(2024).unlockReasons()).containsExactly("复核后需更正学生测评分");
        service.saveEntries(2024, atStored(2024, List.of(scored(2024, people.get(0).id(), "60"))));
        assertThat(service.sheet(2024).rows().get(0).result().grade()).isEqualTo(Grade.BASIC);
    }

    @Test
    void anOverrideNeedsAReasonAndAReviewIsRecorded() {
        confirmYear(2025, 0);
        service.unlock(2025, "更正");
        long id = people.get(3).id();
        assertThat(refusal(() -> service.override(2025, id, Grade.EXCELLENT, ""), zh)).isEqualTo("调整等次的理由：必填");
        service.override(2025, id, Grade.EXCELLENT, "获自治区辅导员素质能力大赛一等奖，经考核领导小组研究");
        SheetRow row = service.sheet(2025).rows().get(3);
        assertThat(row.result().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(row.result().proposed()).isEqualTo(Grade.COMPETENT);
        service.confirm(2025);
        service.recordReview(2025, people.get(4).id(), new Entry.Review(LocalDate.of(2025, 6, 1), "对学生测评有异议",
                ReviewOutcome.UPHELD, "维持原等次"));
        assertThat(service.sheet(2025).rows().get(4).entry().review().outcome()).isEqualTo(ReviewOutcome.UPHELD);
    }

    @Test
    void incompetentYearsBecomeFindingsOnlyOnceConfirmed() {
        List<Entry> es = new ArrayList<>();
        for (Counselor c : people) {
            es.add(scored(2024, c.id(), c == people.get(0) ? "50" : "80"));
        }
        service.saveEntries(2024, es);
        assertThat(service.findings(2024)).isEmpty(); // a draft reports nothing
        service.confirm(2024);
        assertThat(service.findings(2024)).extracting(Finding::code).containsExactly("INCOMPETENT_ADJUST");
        assertThat(service.findings(2024).get(0).message()).isEqualTo("2024 年度考核不合格：应调整工作岗位");
        assertThat(service.findings(2024).get(0).department()).isEqualTo("计算机系");
    }

    @Test
    void twoConsecutiveIncompetentYearsButNotAcrossAGapYear() {
        confirmYear(2022, 2); // 张伟, 王芳 不合格
        confirmYear(2023, 1); // 张伟 again
        confirmYear(2025, 2); // 2024 not assessed: 王芳 and 张伟 again, but 2024 lies between

        List<Finding> f2023 = service.findings(2023);
        assertThat(f2023).extracting(Finding::code, Finding::counselor).containsExactly(
                org.assertj.core.groups.Tuple.tuple("INCOMPETENT_ADJUST", "张伟"),
                org.assertj.core.groups.Tuple.tuple("TWO_YEARS_INCOMPETENT", "张伟"));
        assertThat(f2023.get(1).message()).isEqualTo("连续 2 年（2022—2023 年度）考核不合格：可以解除聘用合同");
        assertThat(f2023.get(1).params()).containsExactly(Map.entry("assessment.consecutive-incompetent-years", "2"));
        assertThat(f2023.get(1).clause()).isEqualTo("三(四)3");
        assertThat(service.findings(2025)).extracting(Finding::code)
                .containsExactly("INCOMPETENT_ADJUST", "INCOMPETENT_ADJUST");

        // on the roster rows: the latest confirmed year (2025)
        Map<Long, List<Finding>> rows = service.findingsByCounselor(LocalDate.of(2025, 6, 15));
        assertThat(rows).containsOnlyKeys(people.get(0).id(), people.get(1).id());
        assertThat(ctx.findings().findings(2023).stream().map(cn.huyang.findings.TrackedFinding::finding).toList()).extracting(Finding::code).contains("TWO_YEARS_INCOMPETENT");
    }

    @Test
    void theConsecutiveYearsInForceOnTheYearsEndDecide() {
        confirmYear(2022, 1); // 张伟 不合格 three years running
        confirmYear(2023, 1);
        confirmYear(2024, 1);
        // from 2024 on, three years in a row allow ending the contract (a change into confirmed years: a reason)
        ctx.policy().set(cn.huyang.policy.PolicyKey.CONSECUTIVE_INCOMPETENT_YEARS, "3", LocalDate.of(2024, 1, 1),
                "院发〔2024〕1号", "补录学院 2024 年初的决定");
        List<Finding> f2023 = service.findings(2023);
        assertThat(f2023).extracting(Finding::code).containsExactly("INCOMPETENT_ADJUST", "TWO_YEARS_INCOMPETENT");
        assertThat(f2023.get(1).message()).isEqualTo("连续 2 年（2022—2023 年度）考核不合格：可以解除聘用合同");
        List<Finding> f2024 = service.findings(2024);
        assertThat(f2024).extracting(Finding::code).containsExactly("INCOMPETENT_ADJUST", "TWO_YEARS_INCOMPETENT");
        assertThat(f2024.get(1).message()).isEqualTo("连续 3 年（2022—2024 年度）考核不合格：可以解除聘用合同");
        assertThat(f2024.get(1).params()).containsExactly(Map.entry("assessment.consecutive-incompetent-years", "3"));
    }

    @Test
    void excellentBeyondTheQuotaIsAFinding() {
        List<Entry> es = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            es.add(scored(2025, people.get(i).id(), i < 3 ? "95" : "80"));
        }
        service.saveEntries(2025, es);
        Sheet sheet = service.sheet(2025);
        assertThat(sheet.results().quota()).isEqualTo(2);
        assertThat(sheet.rows().subList(0, 3)).extracting(r -> r.result().quota())
                .containsOnly(QuotaStatus.TIE_AT_EDGE);
        service.confirm(2025);
        assertThat(service.findings(2025)).extracting(Finding::code).containsExactly("QUOTA_EXCEEDED");
        assertThat(service.findings(2025).get(0).message())
                .isEqualTo("2025 年度考核优秀 3 人，超过优秀名额 2 人（参加考核 10 人 × 20%）");
    }

    @Test
    void theTopTenAreChosenFromTheExcellentAndRecordedAsAwards() {
        List<Entry> es = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            es.add(scored(2025, people.get(i).id(), i == 0 ? "96" : i == 1 ? "93" : "80"));
        }
        service.saveEntries(2025, es);
        assertThat(service.topTenCandidates(2025)).extracting(r -> r.counselor().name()).containsExactly("张伟", "王芳");
        assertThat(refusal(() -> service.chooseTopTen(2025, List.of(people.get(5).id())), zh))
                .contains("只能从本年度考核优秀者中评选");
        service.chooseTopTen(2025, List.of(people.get(0).id()));
        assertThat(service.awards(2025)).containsEntry(people.get(0).id(), List.of("十佳辅导员"));

        AppraisalForm form = service.forms(2025, null, people.get(0).id()).get(0);
        assertThat(form.name()).isEqualTo("张伟");
        assertThat(form.grade()).isEqualTo("优秀");
        assertThat(form.remarks()).contains("十佳辅导员").contains("培训学时");
        assertThat(form.total()).isEqualTo("96.00");
        assertThat(form.rank()).isEqualTo("第 1 名 / 共 10 人");
        assertThat(form.birth()).matches("\\d{4}\\.\\d{2}");
        assertThat(form.unit()).isEqualTo("阿克苏职业技术学院");
        assertThat(service.forms(2025, me.id(), null)).hasSize(4);

        // the Top Ten's size and the unit's name come from the policy parameters and the unit's details
        ctx.policy().set(cn.huyang.policy.PolicyKey.TOP_TEN_SIZE, "1", LocalDate.of(2025, 1, 1), "x", null);
        assertThat(service.topTenSize(2025)).isEqualTo(1);
        assertThat(service.topTenSize(2024)).isEqualTo(10);
        assertThat(refusal(() -> service.chooseTopTen(2025, List.of(people.get(0).id(), people.get(1).id())), zh))
                .isEqualTo("十佳辅导员：十佳辅导员最多评选 1 人");
        ctx.policy().saveUnit(Map.of(cn.huyang.policy.UnitField.NAME, "胡杨职业学院"));
        assertThat(service.forms(2025, null, people.get(0).id()).get(0).unit()).isEqualTo("胡杨职业学院");
    }
}
