package cn.huyang.demo;

import cn.huyang.common.IdNumber;
import cn.huyang.recruitment.Candidate;
import cn.huyang.recruitment.Channel;
import cn.huyang.recruitment.Outcome;
import cn.huyang.recruitment.Post;
import cn.huyang.recruitment.RecruitmentService;
import cn.huyang.recruitment.Round;
import cn.huyang.recruitment.Source;
import cn.huyang.recruitment.Stage;
import cn.huyang.recruitment.TrialResult;
import cn.huyang.recruitment.Way;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Department;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Selection demo data: last year's round finished (two hired: counselors the demo roster registered that
 * year, linked to their candidacy, so the roster keeps the size asked for; one
 * withdrawn, one not selected at the qualification review) and this year's in progress (candidates at
 * every stage up to the 公示, a tie at the last place of one post, a non-member shown as a notice).
 * Written only when there is no round yet.
 */
public class RecruitmentDemoData implements DemoExtra {
    private static final String[] NAMES = {"阿依努尔·吐尔逊", "王静", "买买提江·艾力", "张婷", "古丽米拉·阿不都",
        "刘洋", "迪丽拜尔·热合曼", "陈晨", "努尔艾力·买买提", "赵雪"};

    private final RecruitmentService rec;
    private final RosterService roster;

    public RecruitmentDemoData(RecruitmentService rec, RosterService roster) {
        this.rec = rec;
        this.roster = roster;
    }

    @Override
    public void write(int thisYear, int years, long seed) {
        List<Department> depts = rec.departments().stream().filter(Department::active).toList();
        if (!rec.rounds(null).isEmpty() || depts.isEmpty()) {
            return;
        }
        Random r = new Random(seed ^ 0x5e1ec7L);
        Set<String> ids = new HashSet<>();
        LocalDate today = rec.today();
        Department a = depts.get(0);
        Department b = depts.get(depts.size() > 1 ? 1 : 0);
        int[] n = {0};

        // Last year's round, finished: its two hires are counselors the demo roster has from that year.
        int last = thisYear - 1;
        Round done = rec.saveRound(new Round(null, last, last + "年专职辅导员选聘", Way.BOTH, new BigDecimal("40"),
                new BigDecimal("60"), 35, LocalDate.of(last, 6, 30), null, null, false,
                "热爱学生工作，具有较强的语言表达能力", null, null, null, null, 0));
        done = rec.notice(done.id(), rec.round(done.id()).version(), LocalDate.of(last, 3, 1), null);
        List<Counselor> hired = roster.counselors().stream().filter(c -> c.status() == CounselorStatus.ACTIVE
                && c.entryDate() != null && c.entryDate().getYear() == last && c.entryDate().getMonthValue() >= 4)
                .limit(2).toList();
        Post earlier = null;
        String[][] scores = {{"86", "90"}, {"82", "84.5"}};
        for (int i = 0; i < hired.size(); i++) {
            Counselor c = hired.get(i);
            long roundId = done.id();
            Post post = rec.posts(roundId).stream().filter(p -> p.departmentId() == c.departmentId()
                    && p.postType() == c.postType()).findFirst().orElseGet(() -> rec.savePost(new Post(null, roundId,
                    c.departmentId(), c.postType(), 1, 0)));
            earlier = earlier == null ? post : earlier;
            Candidate.Builder h = person(done, post, c).toBuilder();
            h.writtenScore = new BigDecimal(scores[i][0]);
            h.interviewScore = new BigDecimal(scores[i][1]);
            h.trialStart = LocalDate.of(last, 3, 10);
            h.trialEnd = c.entryDate().minusDays(1);
            h.trialResult = TrialResult.PASSED;
            h.trialNote = "试岗期间表现良好";
            h.hiredOn = c.entryDate();
            rec.recordHired(h.build(), c.id());
        }
        if (earlier == null) {
            earlier = rec.savePost(new Post(null, done.id(), a.id(), PostType.FULL_TIME, 1, 0));
        }
        LocalDate applied = LocalDate.of(last, 1, 10);
        LocalDate stageDay = LocalDate.of(last, 2, 20);
        Candidate w = scores(candidate(done, earlier, n, r, ids, applied, Education.MASTER, PoliticalStatus.CPC_MEMBER),
                "79", "80", stageDay);
        rec.stop(w.id(), w.version(), Outcome.WITHDRAWN, LocalDate.of(last, 2, 25), "考取公务员，本人放弃");
        Candidate q = candidate(done, earlier, n, r, ids, applied, Education.JUNIOR_COLLEGE, PoliticalStatus.CPC_MEMBER);
        rec.stop(q.id(), q.version(), Outcome.NOT_SELECTED, LocalDate.of(last, 1, 20), "资格审查：学历为大专，不符合本科及以上的条件");
        rec.finish(done.id(), rec.round(done.id()).version(), LocalDate.of(last, 12, 31).isAfter(today) ? today
                : LocalDate.of(last, 12, 31));

        // This year's round, in progress: the 公示 started three days ago.
        Round now = rec.saveRound(new Round(null, thisYear, thisYear + "年辅导员选聘（组织推荐与公开招聘）", Way.BOTH,
                new BigDecimal("40"), new BigDecimal("60"), 35, LocalDate.of(thisYear, 6, 30), null, null, false, null,
                null, null, null, null, 0));
        Post q1 = rec.savePost(new Post(null, now.id(), a.id(), PostType.FULL_TIME, 2, 0));
        Post q2 = rec.savePost(new Post(null, now.id(), b.id(), PostType.PART_TIME, 1, 0));
        LocalDate in = today.minusDays(40);
        now = rec.notice(now.id(), rec.round(now.id()).version(), today.minusDays(3), null);
        Candidate first = scores(candidate(now, q1, n, r, ids, in, Education.MASTER, PoliticalStatus.CPC_MEMBER),
                "90", "88", today);
        first = rec.advance(first.id(), first.version(), today);
        rec.objection(first.id(), first.version(), "反映其工作经历与报名材料不符，经核实不属实", false);
        scores(candidate(now, q1, n, r, ids, in, Education.MASTER, PoliticalStatus.CPC_MEMBER), "80", "85", today);
        scores(candidate(now, q1, n, r, ids, in, Education.BACHELOR, PoliticalStatus.CPC_MEMBER), "83", "83", today);
        Candidate written = candidate(now, q2, n, r, ids, in, Education.BACHELOR, PoliticalStatus.MASSES);
        written = rec.advance(written.id(), written.version(), today);
        rec.scores(written.id(), written.version(), new BigDecimal("76.5"), null);
        candidate(now, q2, n, r, ids, in, Education.MASTER, PoliticalStatus.CYL_MEMBER);
        candidate(now, q2, n, r, ids, in, Education.JUNIOR_COLLEGE, PoliticalStatus.CPC_MEMBER);
    }

    private Candidate candidate(Round round, Post post, int[] n, Random r, Set<String> ids, LocalDate applied,
                                Education education, PoliticalStatus political) {
        String name = NAMES[n[0]++ % NAMES.length];
        boolean male = name.contains("买买提") || name.contains("努尔艾力") || name.equals("刘洋");
        LocalDate birth = LocalDate.of(round.year() - 24 - r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Candidate.Builder b = new Candidate.Builder();
        b.roundId = round.id();
        b.postId = post.id();
        b.name = name;
        b.gender = male ? Gender.MALE : Gender.FEMALE;
        b.ethnicity = name.contains("·") ? "维吾尔族" : "汉族";
        b.birthDate = birth;
        b.idNumber = id(r, birth, male, ids);
        b.politicalStatus = political;
        b.education = education;
        b.degree = education == Education.MASTER ? Degree.MASTER
                : education == Education.BACHELOR ? Degree.BACHELOR : Degree.NONE;
        b.major = r.nextBoolean() ? "思想政治教育" : "心理学";
        b.phone = "139" + String.format("%08d", r.nextInt(100_000_000));
        b.employmentForm = EmploymentForm.CONTRACT;
        b.source = post.postType() == PostType.PART_TIME ? Source.INTERNAL_TEACHER : Source.EXTERNAL;
        b.channel = post.postType() == PostType.PART_TIME ? Channel.RECOMMENDATION : Channel.OPEN;
        b.currentUnit = post.postType() == PostType.PART_TIME ? "本院" : "新疆师范大学";
        b.appliedOn = applied;
        b.stage = Stage.APPLICATION;
        return rec.apply(b.build());
    }

    private Candidate scores(Candidate c, String written, String interview, LocalDate on) {
        Candidate x = rec.advance(c.id(), c.version(), on);
        x = rec.scores(x.id(), x.version(), new BigDecimal(written), null);
        x = rec.advance(x.id(), x.version(), on);
        return rec.scores(x.id(), x.version(), new BigDecimal(written), new BigDecimal(interview));
    }

    /** A roster counselor's personal fields as the candidate they were. */
    private static Candidate person(Round round, Post post, Counselor c) {
        Candidate.Builder b = new Candidate.Builder();
        b.roundId = round.id();
        b.postId = post.id();
        b.name = c.name();
        b.gender = c.gender();
        b.ethnicity = c.ethnicity();
        b.birthDate = c.birthDate();
        b.idNumber = c.idNumber();
        b.politicalStatus = c.politicalStatus();
        b.education = c.education();
        b.degree = c.degree();
        b.major = c.major();
        b.phone = c.phone();
        b.employmentForm = c.employmentForm();
        b.source = Source.EXTERNAL;
        b.channel = Channel.OPEN;
        b.appliedOn = LocalDate.of(round.year(), 1, 10);
        return b.build();
    }

    /** An ID number of the 库车 code (652902), which the demo roster does not use. */
    private static String id(Random r, LocalDate birth, boolean male, Set<String> ids) {
        while (true) {
            int seq = 600 + r.nextInt(100) * 2 + (male ? 1 : 0);
            String first17 = "652902" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth()) + String.format("%03d", seq);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (ids.add(id)) {
                return id;
            }
        }
    }
}
