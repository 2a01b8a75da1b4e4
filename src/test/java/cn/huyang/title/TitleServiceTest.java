package cn.huyang.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.roster.TitleRank;
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

/** The title service on a real H2 database migrated by Flyway; today is 2026-06-15. */
class TitleServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    TitleService titles;
    Department cs;
    List<Counselor> assistants = new ArrayList<>();
    Messages zh = Messages.forLanguage("zh");

    @BeforeEach
    void open() {
        db = TestStores.open(dir);
        ctx = new AppContext(db, zh, CLOCK);
        titles = ctx.titles();
        cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        String[] names = {"张伟", "王芳", "李娜", "刘洋"};
        for (int i = 0; i < names.length; i++) {
            Counselor c = TestData.counselor(names[i], cs.id(), PostType.FULL_TIME, 10 + i)
                    .withTitle(TitleRank.ASSISTANT, LocalDate.of(2020, 1, 1));
            assistants.add(ctx.roster().register(c, LocalDate.of(2018, 9, 1)));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    void confirmAssessment(int year, String score) {
        List<Entry> es = new ArrayList<>();
        for (Counselor c : assistants) {
            Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
            for (Party p : Party.values()) {
                m.put(p, new BigDecimal(score));
            }
            es.add(new Entry(year, c.id(), m, null, null, null, null, null, null));
        }
        ctx.assessment().saveEntries(year, es);
        ctx.assessment().confirm(year);
    }

    Target lecturer(int posts, boolean training) {
        Target d = titles.targets(2026).stream().filter(t -> t.target().equals("LECTURER")).findFirst().orElseThrow();
        return new Target(2026, Track.TITLE, "LECTURER", d.sortOrder(), posts, d.minYearsCurrent(),
                d.minYearsBachelor(), d.minYearsMaster(), d.minYearsDoctor(), d.minEducation(), d.minDegree(),
                d.assessmentWindow(), d.minExcellent(), training, d.minOutputs(), d.weightWork(), d.weightResearch(),
                d.defaults());
    }

    String refusal(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(ValidationException.class);
        return ((ValidationException) t).render(zh);
    }

    ApplicationRow row(int year, long applicationId) {
        return titles.sheet(year).rows().stream().filter(r -> r.application().id() == applicationId).findFirst()
                .orElseThrow();
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aFirstYearShowsTheShippedDefaultsMarkedAsSuchUntilTheCollegeEditsThem() {
        List<Target> first = titles.targets(2026);
        assertThat(first).extracting(Target::target).startsWith("ASSISTANT", "LECTURER", "ASSOCIATE_PROFESSOR",
                "PROFESSOR");
        assertThat(first).allMatch(Target::defaults);
        Target saved = titles.saveTarget(lecturer(5, false));
        assertThat(saved.defaults()).isFalse();
        assertThat(titles.targets(2026)).filteredOn(t -> t.target().equals("LECTURER")).singleElement()
                .satisfies(t -> {
                    assertThat(t.posts()).isEqualTo(5);
                    assertThat(t.defaults()).isFalse();
                });
        // The next year copies this one.
        assertThat(titles.targets(2027)).filteredOn(t -> t.target().equals("LECTURER")).singleElement()
                .extracting(Target::posts).isEqualTo(5);
        Target badWeights = new Target(2026, Track.TITLE, "LECTURER", 1, 3, 2, 4, 2, 0, null, null, 2, 3, true, 0,
                d("70"), d("40"), false);
        assertThat(refusal(() -> titles.saveTarget(badWeights))).isEqualTo(
                "优秀次数：不能多于考核年数 2\n评审权重：工作实绩与科研成果两项权重应为不小于 0 的数，合计 100");
    }

    @Test
    void applicationsAreCheckedRankedAgainstThePostsConfirmedIntoTheHistoryAndUnlocked() {
        confirmAssessment(2024, "80");
        confirmAssessment(2025, "80");
        titles.saveTarget(lecturer(2, false));
        List<Long> ids = new ArrayList<>();
        for (Counselor c : assistants) {
            ids.add(titles.apply(2026, c.id(), Track.TITLE, "LECTURER", LocalDate.of(2026, 5, 1)).id());
        }
        ApplicationRow first = row(2026, ids.get(0));
        assertThat(first.eligible()).as(first.checks().toString()).isTrue();
        assertThat(first.current()).isEqualTo("助教（2020-01-01）");
        assertThat(first.targetLabel()).isEqualTo("讲师");
        assertThat(first.standing()).isEqualTo(QuotaStanding.NOT_SCORED);

        titles.score(ids.get(0), d("90"), d("90"));
        titles.score(ids.get(1), d("85"), d("80"));
        titles.score(ids.get(2), d("85"), d("80"));
        titles.score(ids.get(3), d("70"), d("70"));
        assertThat(row(2026, ids.get(1)).total()).isEqualByComparingTo("83.5");
        assertThat(List.of(row(2026, ids.get(0)), row(2026, ids.get(1)), row(2026, ids.get(2)), row(2026, ids.get(3))))
                .extracting(ApplicationRow::rank, ApplicationRow::standing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, QuotaStanding.WITHIN),
                        org.assertj.core.groups.Tuple.tuple(2, QuotaStanding.TIE_AT_EDGE),
                        org.assertj.core.groups.Tuple.tuple(2, QuotaStanding.TIE_AT_EDGE),
                        org.assertj.core.groups.Tuple.tuple(4, QuotaStanding.OUTSIDE));

        assertThat(refusal(() -> titles.score(ids.get(3), d("101"), d("70"))))
                .isEqualTo("工作实绩得分：应为 0—100 的数，最多两位小数");
        assertThat(row(2026, ids.get(3)).application().scoreWork()).isEqualByComparingTo("70");
        assertThat(refusal(() -> titles.decide(ids.get(1), Verdict.PASSED, " ")))
                .isEqualTo("结果说明：该申报为“名额边缘并列”，评为通过须写明理由");
        titles.decide(ids.get(0), Verdict.PASSED, null);
        titles.decide(ids.get(1), Verdict.PASSED, "评审委员会投票决定");
        assertThat(refusal(() -> titles.confirm(2026, LocalDate.of(2026, 6, 1))))
                .isEqualTo("评审结果：还有 2 份申报没有评审结果");
        titles.decide(ids.get(2), Verdict.FAILED, "评审委员会投票决定");
        titles.decide(ids.get(3), Verdict.FAILED, null);
        titles.confirm(2026, LocalDate.of(2026, 6, 1));

        Counselor promoted = ctx.roster().counselor(assistants.get(0).id()).orElseThrow();
        assertThat(promoted.title()).isEqualTo(TitleRank.LECTURER);
        assertThat(promoted.titleDate()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(titles.records().promotions(promoted.id())).extracting(Promotion::grade, Promotion::obtained)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ASSISTANT", LocalDate.of(2020, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple("LECTURER", LocalDate.of(2026, 6, 1)));
        assertThat(ctx.roster().counselor(assistants.get(2).id()).orElseThrow().title()).isEqualTo(TitleRank.ASSISTANT);
        assertThat(refusal(() -> titles.score(ids.get(3), d("75"), d("70"))))
                .isEqualTo("评审年度：2026 年度评审结果已确认，已锁定；需修改请先解锁");

        assertThat(refusal(() -> titles.unlock(2026, "  "))).isEqualTo("解锁原因：必填");
        titles.unlock(2026, "公示期间发现名单有误");
        Counselor back = ctx.roster().counselor(assistants.get(0).id()).orElseThrow();
        assertThat(back.title()).isEqualTo(TitleRank.ASSISTANT);
        assertThat(back.titleDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(titles.sheet(2026).unlockReasons()).containsExactly("公示期间发现名单有误");
        assertThat(titles.sheet(2026).review().confirmed()).isFalse();
    }

    @Test
    void impossibleApplicationsAreRefusedNamingTheField() {
        Counselor zhang = assistants.get(0);
        titles.apply(2026, zhang.id(), Track.TITLE, "LECTURER", null);
        assertThat(refusal(() -> titles.apply(2026, zhang.id(), Track.TITLE, "ASSOCIATE_PROFESSOR", null)))
                .isEqualTo("申报人：张伟 在 2026 年度已申报专业技术职务（职称），每条线每年只能申报一次");
        assertThat(refusal(() -> titles.apply(2026, assistants.get(1).id(), Track.TITLE, "ASSISTANT", null)))
                .isEqualTo("申报职称/职级：王芳 现任助教，只能申报更高一级职称");
        assertThat(refusal(() -> titles.apply(2026, assistants.get(1).id(), Track.RANK, "正处级", null)))
                .isEqualTo("申报职称/职级：2026 年度计划中没有“正处级”");
        assertThat(refusal(() -> titles.apply(2026, assistants.get(1).id(), Track.RANK, "副科级",
                LocalDate.of(2026, 7, 1)))).isEqualTo("申报日期：不能晚于今天");
        // A rank application alongside the title one is fine: the two lines run side by side.
        Application rank = titles.apply(2026, zhang.id(), Track.RANK, "副科级", null);
        assertThat(rank.appliedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(titles.sheet(2026).rows()).hasSize(2);
        assertThat(refusal(() -> titles.deleteTarget(2026, Track.RANK, "副科级"))).isEqualTo("申报职称/职级：已有人申报，不能删除");
    }

    @Test
    void theCriteriaReadTheAssessmentResultsAndTheTrainingLedger() {
        confirmAssessment(2024, "80");
        confirmAssessment(2025, "65");
        Application a = titles.apply(2026, assistants.get(0).id(), Track.TITLE, "LECTURER", null);
        List<CriterionCheck> checks = titles.check(a.id());
        CriterionCheck assessed = checks.stream().filter(c -> c.criterion() == Criterion.ASSESSMENTS_COMPETENT)
                .findFirst().orElseThrow();
        assertThat(assessed.met()).isFalse();
        assertThat(assessed.evidence()).isEqualTo("2024 年合格、2025 年基本合格");
        CriterionCheck training = checks.stream().filter(c -> c.criterion() == Criterion.TRAINING).findFirst()
                .orElseThrow();
        assertThat(training.met()).isFalse();
        assertThat(training.shortfall()).startsWith("校级培训 0 学时，差 16 学时");
        assertThat(row(2026, a.id()).standing()).isEqualTo(QuotaStanding.INELIGIBLE);
    }

    @Test
    void aNewcomerApplyingWithoutAYearOfServiceIsAFindingInCheck() {
        Counselor newcomer = ctx.roster().register(TestData.counselor("赵磊", cs.id(), PostType.FULL_TIME, 40)
                .withTitle(null, null), LocalDate.of(2026, 1, 5));
        titles.apply(2026, newcomer.id(), Track.TITLE, "ASSISTANT", null);
        List<Finding> found = ctx.findings().findings(2026).stream().map(cn.huyang.findings.TrackedFinding::finding).toList().stream()
                .filter(f -> f.code().equals(TitleService.YOUNG_TEACHER_SERVICE)).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.counselor()).isEqualTo("赵磊");
            assertThat(f.message()).isEqualTo("赵磊 申报助教，须有至少 1 年担任辅导员或班主任工作经历并考核合格："
                    + "还差 5 天"); // 2026-01-05 … 2026-12-31 is 361 of 366 days
            assertThat(f.params()).containsExactly(Map.entry("title.young-teacher-service-years", "1"));
        });
        // A year as class teacher elsewhere, assessed competent, settles it.
        titles.records().addService(new ServiceRecord(null, newcomer.id(), ServiceRole.CLASS_TEACHER, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 7, 10), "2024级会计1班", true));
        assertThat(ctx.findings().findings(2026).stream().map(cn.huyang.findings.TrackedFinding::finding).toList()).noneMatch(f -> f.code().equals(TitleService.YOUNG_TEACHER_SERVICE));
    }

    @Test
    void twoIdeologicalPoliticalCoursesInASemesterAreStoredAndFound() {
        long id = assistants.get(0).id();
        titles.records().addTeaching(new TeachingAssignment(null, id, 2025, 2, "《形势与政策》", d("16")));
        titles.records().addTeaching(new TeachingAssignment(null, id, 2025, 2, "军事理论", d("36")));
        titles.records().addTeaching(new TeachingAssignment(null, assistants.get(1).id(), 2025, 2, "形势与政策", d("16")));
        titles.records().addTeaching(new TeachingAssignment(null, assistants.get(1).id(), 2025, 2, "高等数学", d("64")));
        assertThat(titles.records().teaching(id)).extracting(TeachingAssignment::course).containsExactly("形势与政策", "军事理论");
        List<Finding> load = ctx.findings().findings(2026).stream().map(cn.huyang.findings.TrackedFinding::finding).toList().stream()
                .filter(f -> f.code().equals(TitleService.TEACHING_LOAD)).toList();
        assertThat(load).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("2025—2026 学年第二学期承担 2 门思想政治理论类课程（《形势与政策》、《军事理论》），每学期不超过 1 门"));
        assertThat(load.get(0).params()).containsExactly(Map.entry("teaching.max-courses-per-semester", "1"));
        assertThat(ctx.titles().findingsByCounselor(LocalDate.of(2026, 6, 15))).containsOnlyKeys(id);
        assertThat(ctx.findings().findings(2025).stream().map(cn.huyang.findings.TrackedFinding::finding).toList()).noneMatch(f -> f.code().equals(TitleService.TEACHING_LOAD));
        // two courses a semester allowed from 2026 (the spring semester of 2025–2026 falls in 2026): no finding
        ctx.policy().set(cn.huyang.policy.PolicyKey.MAX_COURSES_PER_SEMESTER, "2", LocalDate.of(2026, 1, 1), "x", null);
        assertThat(ctx.findings().findings(2026).stream().map(cn.huyang.findings.TrackedFinding::finding).toList()).noneMatch(f -> f.code().equals(TitleService.TEACHING_LOAD));
        assertThat(refusal(() -> titles.records().addTeaching(new TeachingAssignment(null, id, 2025, 3, "形势与政策", d("0")))))
                .isEqualTo("学期：应为第一或第二学期\n学时：应为大于 0、不超过 500 的数，最多一位小数");
    }

    @Test
    void historyEnteredByHandShowsOnTheRosterAndOutputsAreKept() {
        long id = assistants.get(0).id();
        assertThat(titles.records().promotions(id)).singleElement().extracting(Promotion::grade).isEqualTo("ASSISTANT");
        titles.records().addPromotion(new Promotion(null, id, Track.RANK, "副科级", null, LocalDate.of(2024, 3, 1), "新职院〔2024〕12号",
                null));
        assertThat(ctx.roster().counselor(id).orElseThrow().adminRank()).isEqualTo("副科级");
        assertThat(refusal(() -> titles.records().addPromotion(new Promotion(null, id, Track.TITLE, "LECTURER", null,
                LocalDate.of(2027, 1, 1), null, null)))).isEqualTo("取得时间：不能晚于今天");
        // A title typed in the roster's own form shows in the history and is kept when an earlier step is
        // added by hand afterwards; the roster keeps the latest.
        Counselor typed = ctx.roster().counselor(id).orElseThrow();
        ctx.roster().update(typed.withTitle(TitleRank.LECTURER, LocalDate.of(2024, 7, 1)));
        assertThat(titles.records().promotions(id)).filteredOn(p -> p.track() == Track.TITLE)
                .extracting(Promotion::grade, Promotion::obtained)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LECTURER", LocalDate.of(2024, 7, 1)));
        titles.records().addPromotion(new Promotion(null, id, Track.TITLE, "ASSISTANT", null, LocalDate.of(2020, 1, 1), "补录",
                null));
        assertThat(titles.records().promotions(id)).filteredOn(p -> p.track() == Track.TITLE)
                .extracting(Promotion::grade, Promotion::obtained)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ASSISTANT", LocalDate.of(2020, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple("LECTURER", LocalDate.of(2024, 7, 1)));
        assertThat(ctx.roster().counselor(id).orElseThrow().title()).isEqualTo(TitleRank.LECTURER);
        titles.records().addOutput(new ResearchOutput(null, id, OutputKind.ONLINE_CULTURE, " 微课《青春心向党》 ", 2025,
                OutputLevel.REGIONAL, OutputRole.LEAD, null));
        assertThat(titles.records().outputs(id)).singleElement().extracting(ResearchOutput::caption)
                .isEqualTo("微课《青春心向党》");
        assertThat(refusal(() -> titles.records().addOutput(new ResearchOutput(null, id, OutputKind.PAPER, "", 2030,
                OutputLevel.SCHOOL, OutputRole.LEAD, null))))
                .isEqualTo("成果名称：必填\n年份：应在 1950—2026 年之间");
    }
}
