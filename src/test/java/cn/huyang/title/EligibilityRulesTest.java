package cn.huyang.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.assessment.Grade;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterEventKind;
import cn.huyang.roster.TestData;
import cn.huyang.roster.TitleRank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import org.junit.jupiter.api.Test;

/** Each criterion at its edges, with the cut-off date the college sets (here 2026-08-31). */
class EligibilityRulesTest {
    static final LocalDate CUTOFF = LocalDate.of(2026, 8, 31);
    /** The seed's parameters: one year of young-teacher service, a three-year veto look-back. */
    static final Policy SEED = Policy.defaults();
    final Messages zh = Messages.forLanguage("zh");
    final EligibilityRules rules = new EligibilityRules(zh);

    /** 副教授: 5 years as 讲师, counselor years 8/5/3 by degree, master's degree, 5-year window, 1 优秀, 3 outputs. */
    Target associate = new Target(2026, Track.TITLE, "ASSOCIATE_PROFESSOR", 2, 2, 5, 8, 5, 3, Education.BACHELOR,
            Degree.MASTER, 5, 1, true, 3, new BigDecimal("50"), new BigDecimal("50"), false);

    Counselor lecturer(LocalDate titleDate) {
        Counselor c = TestData.counselor("张伟", 1, PostType.FULL_TIME, 1).withId(7L);
        return c.withTitle(TitleRank.LECTURER, titleDate);
    }

    Application application(Track track, String target) {
        return new Application(1L, 2026, 7, track, target, LocalDate.of(2026, 5, 1), null, null, null, null);
    }

    List<RosterEvent> registered(LocalDate on) {
        return List.of(new RosterEvent(1L, 7, RosterEventKind.REGISTER, on, null, null));
    }

    Map<Integer, Grade> allCompetent() {
        Map<Integer, Grade> g = new HashMap<>();
        for (int y = 2015; y <= 2025; y++) {
            g.put(y, Grade.COMPETENT);
        }
        g.put(2024, Grade.EXCELLENT);
        return g;
    }

    List<ResearchOutput> outputs(int lead, OutputKind kind, int year) {
        List<ResearchOutput> out = new java.util.ArrayList<>();
        for (int i = 0; i < lead; i++) {
            out.add(new ResearchOutput((long) i, 7, kind, "成果" + i, year, OutputLevel.SCHOOL, OutputRole.LEAD, null));
        }
        return out;
    }

    Evidence evidence(Counselor c, List<RosterEvent> history, Map<Integer, Grade> grades, Set<Integer> vetoed,
                      TrainingStanding training, List<ResearchOutput> outputs, List<ServiceRecord> services) {
        Set<Integer> assessed = new HashSet<>();
        for (int y = 2015; y <= 2025; y++) {
            assessed.add(y);
        }
        return new Evidence(c, "计算机系", history, grades, vetoed, assessed, training, outputs, services);
    }

    Evidence good(Counselor c) {
        return evidence(c, registered(LocalDate.of(2015, 9, 1)), allCompetent(), Set.of(),
                new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022), List.of());
    }

    CriterionCheck find(List<CriterionCheck> checks, Criterion c) {
        return checks.stream().filter(x -> x.criterion() == c).findFirst().orElseThrow();
    }

    @Test
    void aGoodRecordMeetsEveryCriterion() {
        List<CriterionCheck> checks = rules.check(application(Track.TITLE, "ASSOCIATE_PROFESSOR"), associate,
                good(lecturer(LocalDate.of(2021, 7, 1))), CUTOFF, SEED);
        assertThat(checks).allSatisfy(c -> assertThat(c.met()).as(c.criterion().name()).isTrue());
        assertThat(checks).extracting(CriterionCheck::criterion).contains(Criterion.CURRENT_POSITION,
                Criterion.YEARS_IN_CURRENT, Criterion.OUTPUTS, Criterion.YOUNG_TEACHER, Criterion.EXCELLENT_COUNT);
        assertThat(EligibilityRules.eligible(checks)).isTrue();
    }

    @Test
    void yearsInTheCurrentTitleAreCountedToTheCutOffDay() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        CriterionCheck onTheDay = find(rules.check(a, associate, good(lecturer(LocalDate.of(2021, 8, 31))), CUTOFF, SEED),
                Criterion.YEARS_IN_CURRENT);
        CriterionCheck dayLate = find(rules.check(a, associate, good(lecturer(LocalDate.of(2021, 9, 1))), CUTOFF, SEED),
                Criterion.YEARS_IN_CURRENT);
        assertThat(onTheDay.met()).isTrue();
        assertThat(dayLate.met()).isFalse();
        assertThat(dayLate.shortfall()).isEqualTo("还差 1 天（2026-09-01 满）");
        assertThat(dayLate.evidence()).isEqualTo("2021-09-01 起");
    }

    @Test
    void yearsAsCounselorDependOnTheDegreeAndCountToTheDay() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Counselor master = lecturer(LocalDate.of(2020, 1, 1));
        // Master's degree: 5 years by 2026-08-31, so registered on 2021-08-31 is exactly enough.
        Evidence exact = evidence(master, registered(LocalDate.of(2021, 8, 31)), allCompetent(), Set.of(),
                new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022), List.of());
        Evidence dayShort = evidence(master, registered(LocalDate.of(2021, 9, 1)), allCompetent(), Set.of(),
                new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022), List.of());
        assertThat(find(rules.check(a, associate, exact, CUTOFF, SEED), Criterion.YEARS_AS_COUNSELOR).met()).isTrue();
        CriterionCheck short1 = find(rules.check(a, associate, dayShort, CUTOFF, SEED), Criterion.YEARS_AS_COUNSELOR);
        assertThat(short1.met()).isFalse();
        assertThat(short1.shortfall()).isEqualTo("还差 1 天");
        assertThat(short1.requirement()).startsWith("硕士：");
        // With a bachelor's degree the same service falls three years short.
        Counselor bachelor = new Counselor(7L, "张伟", master.gender(), "汉族", master.birthDate(), master.idNumber(),
                master.politicalStatus(), Education.BACHELOR, Degree.BACHELOR, null, 1L, PostType.FULL_TIME, null,
                null, null, TitleRank.LECTURER, LocalDate.of(2020, 1, 1), null, null, null, 0, null, null,
                master.status(), null);
        Evidence asBachelor = evidence(bachelor, registered(LocalDate.of(2021, 8, 31)), allCompetent(), Set.of(),
                new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022), List.of());
        List<CriterionCheck> checks = rules.check(a, associate, asBachelor, CUTOFF, SEED);
        assertThat(find(checks, Criterion.YEARS_AS_COUNSELOR).met()).isFalse();
        assertThat(find(checks, Criterion.DEGREE).met()).isFalse();
        assertThat(find(checks, Criterion.DEGREE).shortfall()).isEqualTo("硕士及以上");
        assertThat(find(checks, Criterion.EDUCATION).met()).isTrue();
    }

    @Test
    void leaveIsNotServiceAndServiceRecordsAddWithoutCountingADayTwice() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Counselor c = lecturer(LocalDate.of(2020, 1, 1));
        // In post 2021-08-31 … on leave for 10 days in 2023: 10 days short of 5 years.
        List<RosterEvent> withLeave = List.of(
                new RosterEvent(1L, 7, RosterEventKind.REGISTER, LocalDate.of(2021, 8, 31), null, null),
                new RosterEvent(2L, 7, RosterEventKind.LEAVE, LocalDate.of(2023, 3, 1), "病假", null),
                new RosterEvent(3L, 7, RosterEventKind.RETURN, LocalDate.of(2023, 3, 11), null, null));
        Evidence e = evidence(c, withLeave, allCompetent(), Set.of(), new TrainingStanding(true, true, null),
                outputs(3, OutputKind.PAPER, 2022), List.of());
        assertThat(find(rules.check(a, associate, e, CUTOFF, SEED), Criterion.YEARS_AS_COUNSELOR).shortfall())
                .isEqualTo("还差 10 天");
        // Earlier service as counselor elsewhere, overlapping the roster by a year, fills the gap once.
        ServiceRecord earlier = new ServiceRecord(1L, 7, ServiceRole.COUNSELOR, LocalDate.of(2020, 8, 1),
                LocalDate.of(2022, 8, 31), "2020级", true);
        Evidence more = evidence(c, withLeave, allCompetent(), Set.of(), new TrainingStanding(true, true, null),
                outputs(3, OutputKind.PAPER, 2022), List.of(earlier));
        assertThat(find(rules.check(a, associate, more, CUTOFF, SEED), Criterion.YEARS_AS_COUNSELOR).met()).isTrue();
    }

    @Test
    void aBasicGradeInsideTheWindowFailsAndOutsideItDoesNot() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Map<Integer, Grade> inside = allCompetent();
        inside.put(2021, Grade.BASIC);
        Map<Integer, Grade> outside = allCompetent();
        outside.put(2020, Grade.BASIC);
        Counselor c = lecturer(LocalDate.of(2020, 1, 1));
        CriterionCheck in = find(rules.check(a, associate, evidence(c, registered(LocalDate.of(2015, 9, 1)), inside,
                Set.of(), new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022), List.of()),
                CUTOFF, SEED), Criterion.ASSESSMENTS_COMPETENT);
        CriterionCheck out = find(rules.check(a, associate, evidence(c, registered(LocalDate.of(2015, 9, 1)),
                outside, Set.of(), new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022),
                List.of()), CUTOFF, SEED), Criterion.ASSESSMENTS_COMPETENT);
        assertThat(in.met()).isFalse();
        assertThat(in.shortfall()).isEqualTo("2021 年基本合格");
        assertThat(in.requirement()).isEqualTo("2021—2025 年均为合格及以上");
        assertThat(out.met()).isTrue();
    }

    @Test
    void aYearInPostWithoutAResultIsShownAsMissing() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Map<Integer, Grade> grades = allCompetent();
        grades.remove(2023);
        Evidence e = evidence(lecturer(LocalDate.of(2020, 1, 1)), registered(LocalDate.of(2015, 9, 1)), grades,
                Set.of(), new TrainingStanding(true, true, null), outputs(3, OutputKind.PAPER, 2022), List.of());
        CriterionCheck c = find(rules.check(a, associate, e, CUTOFF, SEED), Criterion.ASSESSMENTS_COMPETENT);
        assertThat(c.met()).isFalse();
        assertThat(c.shortfall()).isEqualTo("2023 年无考核结果");
    }

    @Test
    void aYearNotAssessedInTheProgramAtAllIsPassedOverNotHeldAgainstAnyone() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Map<Integer, Grade> grades = new HashMap<>(Map.of(2023, Grade.EXCELLENT, 2024, Grade.COMPETENT,
                2025, Grade.COMPETENT));
        Evidence e = new Evidence(lecturer(LocalDate.of(2020, 1, 1)), "计算机系", registered(LocalDate.of(2015, 9, 1)),
                grades, Set.of(), Set.of(2023, 2024, 2025), new TrainingStanding(true, true, null),
                outputs(3, OutputKind.PAPER, 2022), List.of());
        CriterionCheck c = find(rules.check(a, associate, e, CUTOFF, SEED), Criterion.ASSESSMENTS_COMPETENT);
        assertThat(c.met()).isTrue();
        assertThat(c.evidence()).isEqualTo("2023 年优秀、2024 年合格、2025 年合格、2021、2022 年未在本程序中考核（不计）");
    }

    @Test
    void excellentCountVetoAndTraining() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Map<Integer, Grade> noExcellent = allCompetent();
        noExcellent.put(2024, Grade.COMPETENT);
        noExcellent.put(2020, Grade.EXCELLENT); // outside the 2021–2025 window
        Evidence e = evidence(lecturer(LocalDate.of(2020, 1, 1)), registered(LocalDate.of(2015, 9, 1)), noExcellent,
                Set.of(2023), new TrainingStanding(true, false, "校级培训 12 学时，差 4 学时"),
                outputs(3, OutputKind.PAPER, 2022), List.of());
        List<CriterionCheck> checks = rules.check(a, associate, e, CUTOFF, SEED);
        assertThat(find(checks, Criterion.EXCELLENT_COUNT).shortfall()).isEqualTo("还差 1 次");
        assertThat(find(checks, Criterion.NO_VETO).met()).isFalse();
        assertThat(find(checks, Criterion.NO_VETO).shortfall()).isEqualTo("2023 年被一票否决");
        assertThat(find(checks, Criterion.TRAINING).shortfall()).isEqualTo("校级培训 12 学时，差 4 学时");
        // A veto four years back is outside the last three years.
        Evidence older = evidence(lecturer(LocalDate.of(2020, 1, 1)), registered(LocalDate.of(2015, 9, 1)),
                allCompetent(), Set.of(2022), new TrainingStanding(true, true, null),
                outputs(3, OutputKind.PAPER, 2022), List.of());
        assertThat(find(rules.check(a, associate, older, CUTOFF, SEED), Criterion.NO_VETO).met()).isTrue();
        // With a five-year look-back in force on the cut-off, 2022 is inside it.
        CriterionCheck five = find(rules.check(a, associate, older, CUTOFF,
                SEED.with(PolicyKey.VETO_LOOK_BACK_YEARS, "5")), Criterion.NO_VETO);
        assertThat(five.met()).isFalse();
        assertThat(five.requirement()).isEqualTo("2021—2025 年无一票否决");
    }

    @Test
    void anOnlineCulturalWorkCountsAsAnOutputButMembershipAndOlderWorkDoNot() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR");
        Counselor c = lecturer(LocalDate.of(2021, 7, 1));
        List<ResearchOutput> two = new java.util.ArrayList<>(outputs(2, OutputKind.PAPER, 2023));
        two.add(new ResearchOutput(10L, 7, OutputKind.PAPER, "参与", 2023, OutputLevel.NATIONAL, OutputRole.MEMBER, null));
        two.add(new ResearchOutput(11L, 7, OutputKind.PAPER, "旧作", 2020, OutputLevel.NATIONAL, OutputRole.LEAD, null));
        Evidence e = evidence(c, registered(LocalDate.of(2015, 9, 1)), allCompetent(), Set.of(),
                new TrainingStanding(true, true, null), two, List.of());
        CriterionCheck twoOnly = find(rules.check(a, associate, e, CUTOFF, SEED), Criterion.OUTPUTS);
        assertThat(twoOnly.met()).isFalse();
        assertThat(twoOnly.shortfall()).isEqualTo("还差 1 项");
        List<ResearchOutput> three = new java.util.ArrayList<>(two);
        three.add(new ResearchOutput(12L, 7, OutputKind.ONLINE_CULTURE, "网文", 2024, OutputLevel.REGIONAL,
                OutputRole.LEAD, null));
        Evidence withWork = evidence(c, registered(LocalDate.of(2015, 9, 1)), allCompetent(), Set.of(),
                new TrainingStanding(true, true, null), three, List.of());
        CriterionCheck met = find(rules.check(a, associate, withWork, CUTOFF, SEED), Criterion.OUTPUTS);
        assertThat(met.met()).isTrue();
        assertThat(met.evidence()).isEqualTo("论文 2 项、网络文化成果 1 项");
    }

    @Test
    void aTitleMustBeTheNextStep() {
        Application a = application(Track.TITLE, "PROFESSOR");
        Target professor = new Target(2026, Track.TITLE, "PROFESSOR", 3, 1, 5, 10, 8, 5, null, null, 5, 0, false, 0,
                new BigDecimal("50"), new BigDecimal("50"), false);
        CriterionCheck c = find(rules.check(a, professor, good(lecturer(LocalDate.of(2015, 1, 1))), CUTOFF, SEED),
                Criterion.CURRENT_POSITION);
        assertThat(c.met()).isFalse();
        assertThat(c.shortfall()).isEqualTo("应为“副教授”，不能越级申报");
    }

    @Test
    void youngTeacherRuleNeedsAYearOfServiceAndACompetentAssessment() {
        Target assistant = new Target(2026, Track.TITLE, "ASSISTANT", 0, 2, 0, 0, 0, 0, null, null, 0, 0, false, 0,
                new BigDecimal("70"), new BigDecimal("30"), false);
        Application a = application(Track.TITLE, "ASSISTANT");
        Counselor none = lecturer(null).withTitle(null, null);
        // Exactly one year to the cut-off day, with a competent year: met.
        Evidence year = evidence(none, registered(LocalDate.of(2025, 8, 31)), Map.of(2025, Grade.COMPETENT),
                Set.of(), TrainingStanding.NOT_JUDGED, List.of(), List.of());
        assertThat(find(rules.check(a, assistant, year, CUTOFF, SEED), Criterion.YOUNG_TEACHER).met()).isTrue();
        // A day less: not met, one day short.
        Evidence dayLess = evidence(none, registered(LocalDate.of(2025, 9, 1)), Map.of(2025, Grade.COMPETENT),
                Set.of(), TrainingStanding.NOT_JUDGED, List.of(), List.of());
        CriterionCheck shortByADay = find(rules.check(a, assistant, dayLess, CUTOFF, SEED), Criterion.YOUNG_TEACHER);
        assertThat(shortByADay.met()).isFalse();
        assertThat(shortByADay.shortfall()).isEqualTo("还差 1 天");
        // A year, but only a 基本合格: not met for want of a competent assessment.
        Evidence basic = evidence(none, registered(LocalDate.of(2024, 9, 1)), Map.of(2025, Grade.BASIC), Set.of(),
                TrainingStanding.NOT_JUDGED, List.of(), List.of());
        assertThat(find(rules.check(a, assistant, basic, CUTOFF, SEED), Criterion.YOUNG_TEACHER).shortfall())
                .isEqualTo("没有考核合格的记录");
        // A year as class teacher, assessed competent, counts for a teacher new to the roster.
        ServiceRecord classTeacher = new ServiceRecord(1L, 7, ServiceRole.CLASS_TEACHER, LocalDate.of(2024, 9, 1),
                LocalDate.of(2025, 7, 15), "2024级会计1班", true);
        Evidence teacher = evidence(none, registered(LocalDate.of(2026, 3, 1)), Map.of(), Set.of(),
                TrainingStanding.NOT_JUDGED, List.of(), List.of(classTeacher));
        assertThat(find(rules.check(a, assistant, teacher, CUTOFF, SEED), Criterion.YOUNG_TEACHER).met()).isTrue();
        // Two years in force on the cut-off: the one year is short, and the requirement says two.
        CriterionCheck two = find(rules.check(a, assistant, year, CUTOFF,
                SEED.with(PolicyKey.YOUNG_TEACHER_SERVICE_YEARS, "2")), Criterion.YOUNG_TEACHER);
        assertThat(two.met()).isFalse();
        assertThat(two.requirement()).isEqualTo("至少 2 年担任辅导员或班主任工作经历并考核合格");
        assertThat(two.shortfall()).isEqualTo("还差 365 天");
    }

    @Test
    void ranksHaveNoTitleStepAndNoYoungTeacherRule() {
        Target rank = new Target(2026, Track.RANK, "正科级", 11, 2, 3, 5, 5, 5, Education.BACHELOR, null, 3, 0, true,
                0, new BigDecimal("70"), new BigDecimal("30"), false);
        Counselor c = lecturer(LocalDate.of(2020, 1, 1)).withAdminRank("副科级", LocalDate.of(2023, 9, 1));
        List<CriterionCheck> checks = rules.check(application(Track.RANK, "正科级"), rank, good(c), CUTOFF, SEED);
        assertThat(checks).extracting(CriterionCheck::criterion)
                .doesNotContain(Criterion.CURRENT_POSITION, Criterion.YOUNG_TEACHER, Criterion.OUTPUTS);
        assertThat(find(checks, Criterion.YEARS_IN_CURRENT).met()).isFalse();
        assertThat(find(checks, Criterion.YEARS_IN_CURRENT).shortfall()).isEqualTo("还差 1 天（2026-09-01 满）");
    }

    @Test
    void rankingSharesTiesAndShowsATieAcrossTheLastPost() {
        Map<Long, BigDecimal> totals = new java.util.LinkedHashMap<>();
        totals.put(1L, new BigDecimal("90"));
        totals.put(2L, new BigDecimal("85"));
        totals.put(3L, new BigDecimal("85"));
        totals.put(4L, new BigDecimal("80"));
        totals.put(5L, null);
        totals.put(6L, new BigDecimal("99"));
        Set<Long> eligible = new HashSet<>(List.of(1L, 2L, 3L, 4L, 5L));
        Map<Long, ReviewRanking.Place> twoPosts = ReviewRanking.rank(totals, eligible, 2);
        assertThat(twoPosts.get(1L)).isEqualTo(new ReviewRanking.Place(1, QuotaStanding.WITHIN));
        assertThat(twoPosts.get(2L)).isEqualTo(new ReviewRanking.Place(2, QuotaStanding.TIE_AT_EDGE));
        assertThat(twoPosts.get(3L)).isEqualTo(new ReviewRanking.Place(2, QuotaStanding.TIE_AT_EDGE));
        assertThat(twoPosts.get(4L)).isEqualTo(new ReviewRanking.Place(4, QuotaStanding.OUTSIDE));
        assertThat(twoPosts.get(5L).standing()).isEqualTo(QuotaStanding.NOT_SCORED);
        assertThat(twoPosts.get(6L).standing()).isEqualTo(QuotaStanding.INELIGIBLE);
        Map<Long, ReviewRanking.Place> threePosts = ReviewRanking.rank(totals, eligible, 3);
        assertThat(threePosts.get(3L).standing()).isEqualTo(QuotaStanding.WITHIN);
        assertThat(threePosts.get(4L).standing()).isEqualTo(QuotaStanding.OUTSIDE);
    }

    @Test
    void theWeightedTotalRoundsHalfUp() {
        Application a = application(Track.TITLE, "ASSOCIATE_PROFESSOR")
                .withScores(new BigDecimal("88.5"), new BigDecimal("77.25"));
        Target t = new Target(2026, Track.TITLE, "LECTURER", 1, 3, 2, 4, 2, 0, null, null, 2, 0, true, 0,
                new BigDecimal("70"), new BigDecimal("30"), false);
        // 0.7 × 88.5 + 0.3 × 77.25 = 61.95 + 23.175 = 85.125 → 85.13
        assertThat(ReviewRanking.total(a, t)).isEqualByComparingTo("85.13");
        assertThat(ReviewRanking.total(application(Track.TITLE, "LECTURER"), t)).isNull();
    }
}
