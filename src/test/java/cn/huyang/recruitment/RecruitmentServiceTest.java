package cn.huyang.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.access.Actor;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.policy.PolicyKey;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Education;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterEventKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selection on a real database migrated by Flyway (H2, or PostgreSQL with the postgres suite); today is 2026-06-15, a Monday. */
class RecruitmentServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    RecruitmentService rec;
    Messages zh = Messages.forLanguage("zh");
    Department cs;
    Round round;
    Post post;

    @BeforeEach
    void open() {
        db = TestStores.open(dir, CLOCK);
        ctx = new AppContext(db, zh, CLOCK);
        rec = ctx.recruitment();
        cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        round = rec.saveRound(Drafts.round("2026年专职辅导员选聘"));
        post = rec.savePost(new Post(null, round.id(), cs.id(), PostType.FULL_TIME, 2, 0));
    }

    @AfterEach
    void close() {
        db.close();
    }

    String refusal(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(ValidationException.class);
        return ((ValidationException) t).render(zh);
    }

    Candidate apply(String name, LocalDate birth, int seq) {
        return rec.apply(Drafts.candidate(round, post, name, birth, seq));
    }

    Candidate stored(Candidate c) {
        return rec.sheet(round.id()).rows().stream().map(RoundSheet.CandidateRow::candidate)
                .filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
    }

    RoundSheet.CandidateRow row(Candidate c) {
        return rec.sheet(round.id()).rows().stream().filter(r -> r.candidate().id().equals(c.id())).findFirst()
                .orElseThrow();
    }

    Candidate scored(Candidate c, String written, String interview) {
        Candidate s = rec.advance(c.id(), c.version(), TODAY);
        s = rec.scores(s.id(), s.version(), new BigDecimal(written), null);
        s = rec.advance(s.id(), s.version(), TODAY);
        return rec.scores(s.id(), s.version(), new BigDecimal(written), new BigDecimal(interview));
    }

    Map<ConditionCondition, ConditionStatus> statuses(Candidate c) {
        return row(c).checks().stream().collect(Collectors.toMap(x -> ConditionCondition.of(x.condition()),
                ConditionCheck::status));
    }

    /** Condition as a map key (readable in failures). */
    record ConditionCondition(Condition c) {
        static ConditionCondition of(Condition c) {
            return new ConditionCondition(c);
        }
    }

    @Test
    void theConditionsAtTheirEdges() {
        // 35 on 2026-06-30: born 1990-07-01 is 35 (allowed), born 1990-06-30 is 36 that very day.
        Candidate young = apply("阿依古丽", LocalDate.of(1990, 7, 1), 1);
        Candidate old = apply("古丽娜", LocalDate.of(1990, 6, 30), 2);
        assertThat(statuses(young).get(ConditionCondition.of(Condition.AGE))).isEqualTo(ConditionStatus.MET);
        assertThat(statuses(old).get(ConditionCondition.of(Condition.AGE))).isEqualTo(ConditionStatus.NOT_MET);
        assertThat(row(old).checks()).filteredOn(x -> x.condition() == Condition.AGE).singleElement()
                .satisfies(x -> assertThat(x.evidence()).isEqualTo("36 周岁（1990-06-30 出生）"));

        // 本科 is enough, 大专 is not; not a Party member is a notice, never a refusal.
        Candidate bachelor = rec.apply(Drafts.with(Drafts.candidate(round, post, "王敏", LocalDate.of(1995, 1, 1), 3),
                b -> {
                    b.education = Education.BACHELOR;
                    b.politicalStatus = PoliticalStatus.MASSES;
                }));
        Candidate college = rec.apply(Drafts.with(Drafts.candidate(round, post, "李强", LocalDate.of(1995, 1, 2), 4),
                b -> b.education = Education.JUNIOR_COLLEGE));
        assertThat(statuses(bachelor)).containsEntry(ConditionCondition.of(Condition.EDUCATION), ConditionStatus.MET)
                .containsEntry(ConditionCondition.of(Condition.PARTY), ConditionStatus.NOTICE);
        assertThat(row(bachelor).qualified()).isTrue();
        assertThat(statuses(college)).containsEntry(ConditionCondition.of(Condition.EDUCATION),
                ConditionStatus.NOT_MET);

        // The qualification review lets through the bachelor who is not a Party member, not the others.
        assertThat(rec.advance(bachelor.id(), bachelor.version(), TODAY).stage()).isEqualTo(Stage.WRITTEN);
        assertThat(refusal(() -> rec.advance(college.id(), college.version(), TODAY)))
                .contains("资格审查未通过").contains("学历").contains("本科及以上");
        assertThat(refusal(() -> rec.advance(old.id(), old.version(), TODAY))).contains("年龄").contains("超过 1 岁");
        assertThat(stored(college).stage()).isEqualTo(Stage.APPLICATION);

        // A round that requires Party membership refuses where the basic condition only noticed.
        Round strict = rec.saveRound(new Round(round.id(), round.year(), round.title(), round.way(),
                round.writtenWeight(), round.interviewWeight(), round.maxAge(), round.ageOn(), null, null, true, null,
                null, null, null, null, round.version()));
        assertThat(strict.partyRequired()).isTrue();
        assertThat(statuses(bachelor).get(ConditionCondition.of(Condition.PARTY))).isEqualTo(ConditionStatus.NOT_MET);
        Candidate probationary = rec.apply(Drafts.with(Drafts.candidate(round, post, "赵雪", LocalDate.of(1996, 1, 1),
                5), b -> b.politicalStatus = PoliticalStatus.CPC_PROBATIONARY));
        assertThat(statuses(probationary).get(ConditionCondition.of(Condition.PARTY))).isEqualTo(ConditionStatus.MET);
    }

    @Test
    void scoresAreWeightedAndATieAtTheLastPlaceIsShownNeverBroken() {
        Candidate a = scored(apply("甲", LocalDate.of(1994, 1, 1), 1), "90", "90");   // 90
        Candidate b = scored(apply("乙", LocalDate.of(1994, 1, 2), 2), "80", "85");   // 32 + 51 = 83
        Candidate c = scored(apply("丙", LocalDate.of(1994, 1, 3), 3), "83", "83");   // 83
        Candidate d = scored(apply("丁", LocalDate.of(1994, 1, 4), 4), "70", "70.5"); // 28 + 42.3 = 70.3
        assertThat(row(a).placing()).isEqualTo(new Placing(new BigDecimal("90.00"), 1, Standing.WITHIN));
        assertThat(row(b).placing()).isEqualTo(new Placing(new BigDecimal("83.00"), 2, Standing.TIED));
        assertThat(row(c).placing()).isEqualTo(new Placing(new BigDecimal("83.00"), 2, Standing.TIED));
        assertThat(row(d).placing()).isEqualTo(new Placing(new BigDecimal("70.30"), 4, Standing.OUTSIDE));

        rec.notice(round.id(), rec.round(round.id()).version(), TODAY, null);
        // Both tied go into the 公示 if the office moves them; the one outside the places does not.
        assertThat(rec.advance(b.id(), b.version(), TODAY).stage()).isEqualTo(Stage.NOTICE);
        assertThat(refusal(() -> rec.advance(d.id(), d.version(), TODAY))).contains("排名第 4 名")
                .contains("岗位数 2 之外");

        // When the first withdraws, the two tied are both within the two places.
        rec.stop(a.id(), a.version(), Outcome.WITHDRAWN, TODAY, "本人放弃");
        assertThat(row(a).placing()).isNull();
        assertThat(row(b).placing().standing()).isEqualTo(Standing.WITHIN);
        assertThat(row(c).placing()).isEqualTo(new Placing(new BigDecimal("83.00"), 1, Standing.WITHIN));
        assertThat(row(d).placing().rank()).isEqualTo(3);
    }

    @Test
    void hiringRegistersExactlyOneCounselorWithTheCandidatesData() {
        Candidate c = scored(apply("阿依古丽", LocalDate.of(1993, 4, 5), 7), "88", "91.5");
        rec.notice(round.id(), rec.round(round.id()).version(), LocalDate.of(2026, 6, 1), null);
        assertThat(rec.round(round.id()).noticeEnd()).isEqualTo(LocalDate.of(2026, 6, 5));
        c = rec.advance(c.id(), c.version(), TODAY);
        assertThat(c.stage()).isEqualTo(Stage.NOTICE);
        c = rec.objection(c.id(), c.version(), "反映其工作经历不实，经核实不成立", false);
        c = rec.advance(c.id(), c.version(), TODAY);
        assertThat(c.stage()).isEqualTo(Stage.TRIAL);
        Candidate inTrial = c;
        assertThat(refusal(() -> rec.advance(inTrial.id(), inTrial.version(), TODAY))).contains("试岗结果为合格");
        c = rec.trial(c.id(), c.version(), LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 12), TrialResult.PASSED,
                "表现良好");

        int before = ctx.roster().counselors().size();
        Candidate hired = rec.advance(c.id(), c.version(), TODAY);
        List<Counselor> after = ctx.roster().counselors();
        assertThat(after).hasSize(before + 1);
        assertThat(hired.outcome()).isEqualTo(Outcome.HIRED);
        assertThat(hired.stage()).isEqualTo(Stage.HIRED);
        assertThat(hired.hiredOn()).isEqualTo(TODAY);
        Counselor k = ctx.roster().counselor(hired.counselorId()).orElseThrow();
        assertThat(k.name()).isEqualTo("阿依古丽");
        assertThat(k.idNumber()).isEqualTo(c.idNumber());
        assertThat(k.ethnicity()).isEqualTo("维吾尔族");
        assertThat(k.birthDate()).isEqualTo(LocalDate.of(1993, 4, 5));
        assertThat(k.education()).isEqualTo(Education.MASTER);
        assertThat(k.politicalStatus()).isEqualTo(PoliticalStatus.CPC_MEMBER);
        assertThat(k.major()).isEqualTo("思想政治教育");
        assertThat(k.phone()).isEqualTo("13912345678");
        assertThat(k.departmentId()).isEqualTo(cs.id());
        assertThat(k.postType()).isEqualTo(PostType.FULL_TIME);
        assertThat(k.entryDate()).isEqualTo(TODAY);
        List<RosterEvent> history = ctx.roster().history(k.id());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RosterEventKind.REGISTER);
            assertThat(e.date()).isEqualTo(TODAY);
            assertThat(e.reason()).isEqualTo("2026 年辅导员选聘：2026年专职辅导员选聘");
        });
        // Audited in the same step: the counselor created and the candidate hired.
        assertThat(ctx.audit().find(AuditQuery.all())).extracting(x -> x.action() + " " + x.entity())
                .contains("CREATE counselor", "UPDATE recruitmentCandidate");

        // Hired once: no further step registers them again.
        assertThat(refusal(() -> rec.advance(hired.id(), hired.version(), TODAY))).contains("已聘用");
        assertThat(ctx.roster().counselors()).hasSize(before + 1);
    }

    @Test
    void aWithdrawnCandidateIsNeverHired() {
        Candidate c = scored(apply("古丽", LocalDate.of(1993, 4, 5), 8), "88", "91.5");
        rec.notice(round.id(), rec.round(round.id()).version(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5));
        c = rec.advance(c.id(), c.version(), TODAY);
        c = rec.advance(c.id(), c.version(), TODAY);
        c = rec.trial(c.id(), c.version(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), TrialResult.PASSED,
                null);
        Candidate inTrial = c;
        assertThat(refusal(() -> rec.stop(inTrial.id(), inTrial.version(), Outcome.WITHDRAWN, TODAY, "  ")))
                .contains("原因");
        Candidate gone = rec.stop(c.id(), c.version(), Outcome.WITHDRAWN, TODAY, "考取公务员，本人放弃");
        assertThat(gone.outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(gone.stage()).isEqualTo(Stage.TRIAL);
        int before = ctx.roster().counselors().size();
        assertThat(refusal(() -> rec.advance(gone.id(), gone.version(), TODAY))).contains("已退出");
        assertThat(refusal(() -> rec.scores(gone.id(), gone.version(), BigDecimal.ONE, BigDecimal.ONE)))
                .contains("已退出");
        assertThat(ctx.roster().counselors()).hasSize(before);
        assertThat(stored(gone).counselorId()).isNull();
    }

    @Test
    void impossibleValuesAreRefusedNamingTheField() {
        Candidate c = rec.advance(apply("甲", LocalDate.of(1994, 1, 1), 1).id(), 0, TODAY);
        assertThat(refusal(() -> rec.scores(c.id(), c.version(), new BigDecimal("100.5"), null)))
                .contains("笔试成绩").contains("0—100");
        assertThat(refusal(() -> rec.scores(c.id(), c.version(), new BigDecimal("80"), new BigDecimal("-1"))))
                .contains("面试成绩");
        assertThat(refusal(() -> rec.scores(c.id(), c.version(), new BigDecimal("80.25"), null))).contains("一位小数");
        Round r = rec.round(round.id());
        assertThat(refusal(() -> rec.notice(r.id(), r.version(), TODAY, TODAY.minusDays(1))))
                .contains("公示结束日期").contains("不能早于开始日期");
        assertThat(refusal(() -> rec.saveRound(new Round(null, 2026, "权重错", Way.OPEN, new BigDecimal("50"),
                new BigDecimal("60"), null, null, null, null, false, null, null, null, null, null, 0))))
                .contains("面试权重").contains("110");
        assertThat(refusal(() -> rec.apply(Drafts.with(Drafts.candidate(round, post, "乙", LocalDate.of(1994, 1, 2), 2),
                b -> b.idNumber = b.idNumber.substring(0, 17) + (b.idNumber.charAt(17) == '1' ? '2' : '1')))))
                .contains("身份证号").contains("校验位");
        assertThat(refusal(() -> rec.apply(Drafts.candidate(round, post, "甲二", LocalDate.of(1994, 1, 1), 1))))
                .contains("已在本批次报名");
        // Nothing refused was stored.
        assertThat(rec.sheet(round.id()).rows()).hasSize(1);
        assertThat(rec.sheet(round.id()).rows().get(0).candidate().writtenScore()).isNull();
    }

    @Test
    void theNoticeLastsFiveWorkingDaysByDefaultAsThePolicySays() {
        assertThat(rec.defaultNoticeEnd(LocalDate.of(2026, 6, 15))).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(rec.defaultNoticeEnd(LocalDate.of(2026, 6, 18))).isEqualTo(LocalDate.of(2026, 6, 24));
        assertThat(rec.defaultNoticeEnd(LocalDate.of(2026, 6, 20))).isEqualTo(LocalDate.of(2026, 6, 26));
        ctx.policy().set(PolicyKey.RECRUITMENT_NOTICE_WORKING_DAYS, "7", LocalDate.of(2026, 6, 1), "学院文件", null);
        assertThat(rec.defaultNoticeEnd(LocalDate.of(2026, 6, 15))).isEqualTo(LocalDate.of(2026, 6, 23));
        assertThat(rec.defaultNoticeEnd(LocalDate.of(2026, 5, 29))).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void theChannelMustBeOneTheRoundUsesAndAFinishedRoundChangesNoMore() {
        Round open = rec.saveRound(new Round(null, 2026, "公开招聘批次", Way.OPEN, new BigDecimal("50"),
                new BigDecimal("50"), null, null, null, null, false, null, null, null, null, null, 0));
        Post p = rec.savePost(new Post(null, open.id(), cs.id(), PostType.PART_TIME, 1, 0));
        assertThat(refusal(() -> rec.apply(Drafts.with(Drafts.candidate(open, p, "甲", LocalDate.of(1994, 1, 1), 1),
                b -> b.channel = Channel.RECOMMENDATION)))).contains("报名途径").contains("公开招聘");
        Candidate c = rec.apply(Drafts.candidate(open, p, "甲", LocalDate.of(1994, 1, 1), 1));
        assertThat(refusal(() -> rec.finish(open.id(), open.version(), TODAY))).contains("1 名报名人员未办结");
        rec.stop(c.id(), c.version(), Outcome.NOT_SELECTED, TODAY, "资格审查：学历证书未能提供");
        Round done = rec.finish(open.id(), rec.round(open.id()).version(), TODAY);
        assertThat(done.finishedOn()).isEqualTo(TODAY);
        assertThat(refusal(() -> rec.apply(Drafts.candidate(open, p, "乙", LocalDate.of(1994, 1, 2), 2))))
                .contains("该批次已结束");
    }

    AppContext as(Role role, Long departmentId) {
        return new AppContext(db, zh, CLOCK, new Session(new Actor(7, "user", "测试用户", role, departmentId)));
    }

    @Test
    void personnelEntersScoresOnlyAndADepartmentSeesItsOwnPosts() {
        Department me = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
        Post other = rec.savePost(new Post(null, round.id(), me.id(), PostType.FULL_TIME, 1, 0));
        Candidate mine = rec.advance(apply("甲", LocalDate.of(1994, 1, 1), 1).id(), 0, TODAY);
        rec.apply(Drafts.candidate(round, other, "乙", LocalDate.of(1994, 1, 2), 2));

        RecruitmentService personnel = as(Role.PERSONNEL, null).recruitment();
        Candidate scored = personnel.scores(mine.id(), mine.version(), new BigDecimal("80"), null);
        assertThat(scored.writtenScore()).isEqualByComparingTo("80");
        assertThat(catchThrowable(() -> personnel.advance(scored.id(), scored.version(), TODAY)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(stored(scored).stage()).isEqualTo(Stage.WRITTEN);
        assertThat(catchThrowable(() -> as(Role.DEPARTMENT, cs.id()).recruitment().scores(scored.id(),
                scored.version(), BigDecimal.TEN, null))).isInstanceOf(NotPermittedException.class);

        assertThat(as(Role.DEPARTMENT, me.id()).recruitment().sheet(round.id()).rows())
                .extracting(r -> r.candidate().name()).containsExactly("乙");
        assertThat(as(Role.LEADER, null).recruitment().sheet(round.id()).rows()).hasSize(2)
                .allSatisfy(r -> assertThat(r.candidate().idNumber()).contains("*"));
        assertThat(ctx.audit().find(AuditQuery.all())).filteredOn(e -> e.role() == Role.PERSONNEL)
                .extracting(e -> e.action() + " " + e.entity()).containsExactly("UPDATE recruitmentCandidate");
    }
}
