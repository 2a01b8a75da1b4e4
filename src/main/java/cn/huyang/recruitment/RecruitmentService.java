package cn.huyang.recruitment;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.IdNumber;
import cn.huyang.common.Messages;
import cn.huyang.common.PhoneNumber;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Department;
import cn.huyang.roster.Position;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The selection (选聘) [三(二)3(1)]: rounds with their posts and conditions, candidates checked against
 * them, and — through {@link CandidateSteps} — the stages, scores, 公示, trial period and hiring. Every
 * write asks the guard ({@link Operation#RECRUITMENT}; scores {@link Operation#RECRUITMENT_SCORES}) and
 * writes its audit row in its transaction; a record saved by someone else since it was read is refused.
 */
public final class RecruitmentService {
    static final String ROUND = "recruitmentRound";
    static final String POST = "recruitmentPost";
    static final String CANDIDATE = "recruitmentCandidate";

    private final Transactor tx;
    private final RecruitmentRepository repo;
    private final RosterService roster;
    private final PolicyService policy;
    private final Messages m;
    private final Access access;
    private final ConditionRules rules;
    private final CandidateSteps steps;

    public RecruitmentService(Transactor tx, RecruitmentRepository repo, RosterService roster, PolicyService policy,
                              Messages messages, Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.policy = policy;
        this.m = messages;
        this.access = access;
        this.rules = new ConditionRules(messages);
        this.steps = new CandidateSteps(tx, repo, roster, rules, this, messages, access);
    }

    public Messages messages() {
        return m;
    }

    public LocalDate today() {
        return roster.today();
    }

    /** The unit's name printed on the lists. */
    public String unitName() {
        return policy.unitName();
    }

    public List<Department> departments() {
        return roster.departments();
    }

    /** Whether the user may run the selection, and enter its scores. */
    public boolean mayEdit() {
        return access.guard().may(Operation.RECRUITMENT);
    }

    public boolean mayScore() {
        return access.guard().may(Operation.RECRUITMENT_SCORES);
    }

    // ---- rounds and posts -----------------------------------------------------------------------------

    /** The rounds of a year (null: all), newest first. */
    public List<Round> rounds(Integer year) {
        return repo.rounds(year);
    }

    public Round round(long id) {
        return repo.round(id).orElseThrow(() -> new ValidationException(FieldError.of("recruitment.field.round",
                "recruitment.validation.gone")));
    }

    /** Creates a round (id null) or saves its fields at the version read. */
    public Round saveRound(Round draft) {
        Round r = clean(draft);
        RecruitmentValidator.round(r);
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            if (r.id() == null) {
                long id = repo.insertRound(r);
                Round stored = repo.round(id).orElseThrow();
                access.audit().changed(ROUND, id, null, stored);
                return stored;
            }
            Round before = repo.lockRound(r.id()).orElse(null);
            if (before == null || !repo.updateRound(r)) {
                throw access.audit().stale(ROUND, r.id(), before, before == null);
            }
            Round after = repo.round(r.id()).orElseThrow();
            access.audit().changed(ROUND, r.id(), before, after);
            return after;
        });
    }

    private static Round clean(Round r) {
        return new Round(r.id(), r.year(), Text.clean(r.title()), r.way(), r.writtenWeight(), r.interviewWeight(),
                r.maxAge(), r.ageOn(), r.minEducation(), r.minDegree(), r.partyRequired(),
                Text.clean(r.otherConditions()), r.noticeStart(), r.noticeEnd(), r.finishedOn(), Text.clean(r.note()),
                r.version());
    }

    /** The default end of a 公示 starting on a day: the policy's working days (5 unless the college changed it). */
    public LocalDate defaultNoticeEnd(LocalDate start) {
        return WorkingDays.end(start, policy.inForce(start).noticeWorkingDays());
    }

    /** The policy's length of a 公示 in working days, in force on a day. */
    public int noticeWorkingDays(LocalDate on) {
        return policy.inForce(on).noticeWorkingDays();
    }

    /** Sets the round's 公示 dates; no end: the default length from the start. */
    public Round notice(long roundId, int version, LocalDate start, LocalDate end) {
        LocalDate until = end == null && start != null ? defaultNoticeEnd(start) : end;
        RecruitmentValidator.notice(start, until);
        Round r = round(roundId);
        return saveRound(new Round(r.id(), r.year(), r.title(), r.way(), r.writtenWeight(), r.interviewWeight(),
                r.maxAge(), r.ageOn(), r.minEducation(), r.minDegree(), r.partyRequired(), r.otherConditions(), start,
                until, r.finishedOn(), r.note(), version));
    }

    /** Finishes the round on a day: nothing of it changes afterwards. Candidates still in it are refused. */
    public Round finish(long roundId, int version, LocalDate on) {
        Round r = round(roundId);
        if (r.finished()) {
            throw new ValidationException(FieldError.of("recruitment.field.round", "recruitment.validation.finished"));
        }
        long open = repo.candidates(roundId).stream().filter(Candidate::active).count();
        if (open > 0) {
            throw new ValidationException(FieldError.of("recruitment.field.round",
                    "recruitment.validation.stillOpen", open));
        }
        LocalDate day = on == null ? today() : on;
        return saveRound(new Round(r.id(), r.year(), r.title(), r.way(), r.writtenWeight(), r.interviewWeight(),
                r.maxAge(), r.ageOn(), r.minEducation(), r.minDegree(), r.partyRequired(), r.otherConditions(),
                r.noticeStart(), r.noticeEnd(), day, r.note(), version));
    }

    public List<Post> posts(long roundId) {
        return repo.posts(roundId);
    }

    /** Adds places for a department and post type, or changes their number at the version read. */
    public Post savePost(Post p) {
        RecruitmentValidator.places(p.places());
        if (p.postType() == null) {
            throw new ValidationException(FieldError.of("field.postType", "validation.required"));
        }
        access.guard().require(Operation.RECRUITMENT);
        return tx.inTransaction(() -> {
            requireOpen(repo.lockRound(p.roundId()).orElse(null));
            if (p.id() == null) {
                boolean taken = repo.posts(p.roundId()).stream()
                        .anyMatch(o -> o.departmentId() == p.departmentId() && o.postType() == p.postType());
                if (taken) {
                    throw new ValidationException(FieldError.of("field.department", "recruitment.validation.postTwice"));
                }
                long id = repo.insertPost(p);
                Post stored = repo.post(id).orElseThrow();
                access.audit().changed(POST, id, null, stored);
                return stored;
            }
            Post before = repo.post(p.id()).orElse(null);
            if (before == null || !repo.updatePost(p)) {
                throw access.audit().stale(POST, p.id(), before, before == null);
            }
            Post after = repo.post(p.id()).orElseThrow();
            access.audit().changed(POST, p.id(), before, after);
            return after;
        });
    }

    void requireOpen(Round r) {
        if (r == null) {
            throw new ValidationException(FieldError.of("recruitment.field.round", "recruitment.validation.gone"));
        }
        if (r.finished()) {
            throw new ValidationException(FieldError.of("recruitment.field.round", "recruitment.validation.finished"));
        }
    }

    // ---- candidates -----------------------------------------------------------------------------------

    /**
     * Registers a candidate (报名) at the 报名与资格审查 stage: the personal fields are checked as the roster
     * checks a counselor's (so that hiring cannot fail on them later), the channel must be one the round
     * uses, and the ID number is once per round.
     */
    public Candidate apply(Candidate draft) {
        return steps.save(draft);
    }

    /**
     * Records a candidate an earlier round hired who is already on the roster (a past round entered
     * afterwards, the demo's finished round): stored at 聘用, linked to that counselor, whose ID number
     * must be the candidate's; nothing is registered again.
     */
    public Candidate recordHired(Candidate draft, long counselorId) {
        return steps.recordHired(draft, counselorId);
    }

    /** Saves a candidate's personal and application fields at the version read (not their stage or scores). */
    public Candidate updateCandidate(Candidate draft) {
        return steps.save(draft);
    }

    /** Enters the written and interview scores (0–100, one decimal; empty allowed) at the version read. */
    public Candidate scores(long candidateId, int version, BigDecimal written, BigDecimal interview) {
        return steps.scores(candidateId, version, written, interview);
    }

    /** Moves a candidate to the next stage on a day; into 聘用 this registers them on the roster. */
    public Candidate advance(long candidateId, int version, LocalDate on) {
        return steps.advance(candidateId, version, on == null ? today() : on);
    }

    /** Withdraws a candidate, or records them not selected, at any stage before 聘用, with the reason. */
    public Candidate stop(long candidateId, int version, Outcome outcome, LocalDate on, String reason) {
        return steps.stop(candidateId, version, outcome, on == null ? today() : on, reason);
    }

    /** Notes an objection raised during the 公示 and whether it was upheld (upheld: the candidate cannot go on). */
    public Candidate objection(long candidateId, int version, String text, boolean upheld) {
        return steps.objection(candidateId, version, text, upheld);
    }

    /** Records the trial period (试岗) and its result (null while it runs). */
    public Candidate trial(long candidateId, int version, LocalDate start, LocalDate end, TrialResult result,
                           String note) {
        return steps.trial(candidateId, version, start, end, result, note);
    }

    /** The checks of a candidate against the round's conditions. */
    public List<ConditionCheck> conditions(Round r, Candidate c) {
        return rules.check(r, c);
    }

    /** The counselor a hired candidate becomes: every field they already have, in the post they were hired for. */
    static Counselor counselor(Candidate c, Post post, LocalDate hiredOn) {
        return new Counselor(null, c.name(), c.gender(), c.ethnicity(), c.birthDate(), c.idNumber(),
                c.politicalStatus(), c.education(), c.degree(), c.major(), post.departmentId(), post.postType(),
                Position.COUNSELOR, c.employmentForm(), hiredOn, null, null, null, null, c.phone(), 0, null, null,
                CounselorStatus.ACTIVE, null);
    }

    // ---- reading --------------------------------------------------------------------------------------

    /** A round with its posts and the candidates the user reads, checked and ranked. */
    public RoundSheet sheet(long roundId) {
        Round r = round(roundId);
        List<Post> posts = repo.posts(roundId);
        List<Candidate> all = repo.candidates(roundId);
        Map<Long, String> names = roster.departmentNames();
        Map<Long, List<Candidate>> byPost = all.stream().collect(Collectors.groupingBy(Candidate::postId));
        Map<Long, Placing> placings = new java.util.HashMap<>();
        List<RoundSheet.PostLine> lines = new ArrayList<>();
        for (Post p : posts) {
            List<Candidate> of = byPost.getOrDefault(p.id(), List.of());
            placings.putAll(Ranking.rank(of, p.places(), r.writtenWeight(), r.interviewWeight()));
            lines.add(new RoundSheet.PostLine(p, names.get(p.departmentId()), of.size(),
                    (int) of.stream().filter(c -> c.outcome() == Outcome.HIRED).count()));
        }
        Map<Long, Post> postById = posts.stream().collect(Collectors.toMap(Post::id, p -> p));
        List<RoundSheet.CandidateRow> rows = new ArrayList<>();
        for (Candidate c : all) {
            Post p = postById.get(c.postId());
            if (!access.guard().sees(p.departmentId())) {
                continue;
            }
            Candidate shown = access.guard().seesFullId(p.departmentId()) ? c : masked(c);
            rows.add(new RoundSheet.CandidateRow(shown, names.get(p.departmentId()), p, rules.check(r, c),
                    placings.get(c.id())));
        }
        return new RoundSheet(r, lines, rows);
    }

    private static Candidate masked(Candidate c) {
        Candidate.Builder b = c.toBuilder();
        b.idNumber = IdNumber.mask(c.idNumber());
        b.phone = c.phone() == null ? null : PhoneNumber.mask(c.phone());
        return b.build();
    }

    /** Stored candidate or a refusal naming the record as gone. */
    Candidate candidate(long id) {
        return repo.candidate(id).orElseThrow(() -> new ValidationException(FieldError.of(
                "recruitment.field.candidate", "recruitment.validation.gone")));
    }
}
