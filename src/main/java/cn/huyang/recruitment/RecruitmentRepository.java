package cn.huyang.recruitment;

import static cn.huyang.db.jooq.Tables.RECRUITMENT_CANDIDATE;
import static cn.huyang.db.jooq.Tables.RECRUITMENT_POST;
import static cn.huyang.db.jooq.Tables.RECRUITMENT_ROUND;

import cn.huyang.db.jooq.RecruitmentCandidateRecord;
import cn.huyang.db.jooq.RecruitmentPostRecord;
import cn.huyang.db.jooq.RecruitmentRoundRecord;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import cn.huyang.roster.EmploymentForm;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PoliticalStatus;
import cn.huyang.roster.PostType;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The rounds, their posts and their candidates. An update writes {@code row_version + 1} where the
 * id and the version read match, and says whether it did (false: someone else saved in between).
 */
public final class RecruitmentRepository {
    private final DSLContext dsl;

    public RecruitmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // ---- rounds ---------------------------------------------------------------------------------------

    public List<Round> rounds(Integer year) {
        var q = dsl.selectFrom(RECRUITMENT_ROUND);
        return (year == null ? q : q.where(RECRUITMENT_ROUND.ROUND_YEAR.eq(year)))
                .orderBy(RECRUITMENT_ROUND.ROUND_YEAR.desc(), RECRUITMENT_ROUND.ID.desc())
                .fetch(RecruitmentRepository::round);
    }

    public Optional<Round> round(long id) {
        return dsl.selectFrom(RECRUITMENT_ROUND).where(RECRUITMENT_ROUND.ID.eq(id))
                .fetchOptional(RecruitmentRepository::round);
    }

    /** Reads the round and locks its row until the transaction ends: steps of one round happen one after the other. */
    public Optional<Round> lockRound(long id) {
        return dsl.selectFrom(RECRUITMENT_ROUND).where(RECRUITMENT_ROUND.ID.eq(id)).forUpdate()
                .fetchOptional(RecruitmentRepository::round);
    }

    public long insertRound(Round r) {
        RecruitmentRoundRecord rec = dsl.newRecord(RECRUITMENT_ROUND);
        fill(rec, r);
        rec.store();
        return rec.getId();
    }

    public boolean updateRound(Round r) {
        RecruitmentRoundRecord rec = dsl.newRecord(RECRUITMENT_ROUND);
        fill(rec, r);
        return dsl.update(RECRUITMENT_ROUND).set(rec)
                .set(RECRUITMENT_ROUND.ROW_VERSION, RECRUITMENT_ROUND.ROW_VERSION.plus(1))
                .where(RECRUITMENT_ROUND.ID.eq(r.id())).and(RECRUITMENT_ROUND.ROW_VERSION.eq(r.version()))
                .execute() == 1;
    }

    private static void fill(RecruitmentRoundRecord rec, Round r) {
        rec.setRoundYear(r.year());
        rec.setTitle(r.title());
        rec.setWay(r.way().name());
        rec.setWrittenWeight(r.writtenWeight());
        rec.setInterviewWeight(r.interviewWeight());
        rec.setMaxAge(r.maxAge());
        rec.setAgeOn(r.ageOn());
        rec.setMinEducation(name(r.minEducation()));
        rec.setMinDegree(name(r.minDegree()));
        rec.setPartyRequired(r.partyRequired());
        rec.setOtherConditions(r.otherConditions());
        rec.setNoticeStart(r.noticeStart());
        rec.setNoticeEnd(r.noticeEnd());
        rec.setFinishedOn(r.finishedOn());
        rec.setNote(r.note());
    }

    private static Round round(RecruitmentRoundRecord r) {
        return new Round(r.getId(), r.getRoundYear(), r.getTitle(), Way.valueOf(r.getWay()), r.getWrittenWeight(),
                r.getInterviewWeight(), r.getMaxAge(), r.getAgeOn(), value(r.getMinEducation(), Education::valueOf),
                value(r.getMinDegree(), Degree::valueOf), Boolean.TRUE.equals(r.getPartyRequired()),
                r.getOtherConditions(), r.getNoticeStart(), r.getNoticeEnd(), r.getFinishedOn(), r.getNote(),
                r.getRowVersion());
    }

    // ---- posts ----------------------------------------------------------------------------------------

    public List<Post> posts(long roundId) {
        return dsl.selectFrom(RECRUITMENT_POST).where(RECRUITMENT_POST.ROUND_ID.eq(roundId))
                .orderBy(RECRUITMENT_POST.ID).fetch(RecruitmentRepository::post);
    }

    public Optional<Post> post(long id) {
        return dsl.selectFrom(RECRUITMENT_POST).where(RECRUITMENT_POST.ID.eq(id))
                .fetchOptional(RecruitmentRepository::post);
    }

    public long insertPost(Post p) {
        RecruitmentPostRecord rec = dsl.newRecord(RECRUITMENT_POST);
        rec.setRoundId(p.roundId());
        rec.setDepartmentId(p.departmentId());
        rec.setPostType(p.postType().name());
        rec.setPosts(p.places());
        rec.store();
        return rec.getId();
    }

    public boolean updatePost(Post p) {
        return dsl.update(RECRUITMENT_POST).set(RECRUITMENT_POST.POSTS, p.places())
                .set(RECRUITMENT_POST.ROW_VERSION, RECRUITMENT_POST.ROW_VERSION.plus(1))
                .where(RECRUITMENT_POST.ID.eq(p.id())).and(RECRUITMENT_POST.ROW_VERSION.eq(p.version()))
                .execute() == 1;
    }

    public boolean deletePost(long id, int version) {
        return dsl.deleteFrom(RECRUITMENT_POST).where(RECRUITMENT_POST.ID.eq(id))
                .and(RECRUITMENT_POST.ROW_VERSION.eq(version)).execute() == 1;
    }

    private static Post post(RecruitmentPostRecord r) {
        return new Post(r.getId(), r.getRoundId(), r.getDepartmentId(), PostType.valueOf(r.getPostType()),
                r.getPosts(), r.getRowVersion());
    }

    // ---- candidates -----------------------------------------------------------------------------------

    public List<Candidate> candidates(long roundId) {
        return dsl.selectFrom(RECRUITMENT_CANDIDATE).where(RECRUITMENT_CANDIDATE.ROUND_ID.eq(roundId))
                .orderBy(RECRUITMENT_CANDIDATE.ID).fetch(RecruitmentRepository::candidate);
    }

    public Optional<Candidate> candidate(long id) {
        return dsl.selectFrom(RECRUITMENT_CANDIDATE).where(RECRUITMENT_CANDIDATE.ID.eq(id))
                .fetchOptional(RecruitmentRepository::candidate);
    }

    public int countCandidates(long postId) {
        return dsl.fetchCount(RECRUITMENT_CANDIDATE, RECRUITMENT_CANDIDATE.POST_ID.eq(postId));
    }

    public boolean hasIdNumber(long roundId, String idNumber, Long except) {
        var cond = RECRUITMENT_CANDIDATE.ROUND_ID.eq(roundId).and(RECRUITMENT_CANDIDATE.ID_NUMBER.eq(idNumber));
        return dsl.fetchExists(RECRUITMENT_CANDIDATE, except == null ? cond
                : cond.and(RECRUITMENT_CANDIDATE.ID.ne(except)));
    }

    public long insertCandidate(Candidate c) {
        RecruitmentCandidateRecord rec = dsl.newRecord(RECRUITMENT_CANDIDATE);
        fill(rec, c);
        rec.setRoundId(c.roundId());
        rec.store();
        return rec.getId();
    }

    public boolean updateCandidate(Candidate c) {
        RecruitmentCandidateRecord rec = dsl.newRecord(RECRUITMENT_CANDIDATE);
        fill(rec, c);
        return dsl.update(RECRUITMENT_CANDIDATE).set(rec)
                .set(RECRUITMENT_CANDIDATE.ROW_VERSION, RECRUITMENT_CANDIDATE.ROW_VERSION.plus(1))
                .where(RECRUITMENT_CANDIDATE.ID.eq(c.id())).and(RECRUITMENT_CANDIDATE.ROW_VERSION.eq(c.version()))
                .execute() == 1;
    }

    private static void fill(RecruitmentCandidateRecord r, Candidate c) {
        r.setPostId(c.postId());
        r.setName(c.name());
        r.setGender(name(c.gender()));
        r.setEthnicity(c.ethnicity());
        r.setBirthDate(c.birthDate());
        r.setIdNumber(c.idNumber());
        r.setPoliticalStatus(name(c.politicalStatus()));
        r.setEducation(name(c.education()));
        r.setDegree(name(c.degree()));
        r.setMajor(c.major());
        r.setPhone(c.phone());
        r.setEmploymentForm(name(c.employmentForm()));
        r.setSource(c.source().name());
        r.setChannel(c.channel().name());
        r.setCurrentUnit(c.currentUnit());
        r.setAppliedOn(c.appliedOn());
        r.setStage(c.stage().name());
        r.setOutcome(name(c.outcome()));
        r.setWrittenScore(c.writtenScore());
        r.setInterviewScore(c.interviewScore());
        r.setObjection(c.objection());
        r.setObjectionUpheld(c.objectionUpheld());
        r.setTrialStart(c.trialStart());
        r.setTrialEnd(c.trialEnd());
        r.setTrialResult(name(c.trialResult()));
        r.setTrialNote(c.trialNote());
        r.setStoppedOn(c.stoppedOn());
        r.setStopReason(c.stopReason());
        r.setHiredOn(c.hiredOn());
        r.setCounselorId(c.counselorId());
        r.setNote(c.note());
    }

    private static Candidate candidate(RecruitmentCandidateRecord r) {
        return new Candidate(r.getId(), r.getRoundId(), r.getPostId(), r.getName(), Gender.valueOf(r.getGender()),
                r.getEthnicity(), r.getBirthDate(), r.getIdNumber(),
                value(r.getPoliticalStatus(), PoliticalStatus::valueOf), value(r.getEducation(), Education::valueOf),
                value(r.getDegree(), Degree::valueOf), r.getMajor(), r.getPhone(),
                value(r.getEmploymentForm(), EmploymentForm::valueOf), Source.valueOf(r.getSource()),
                Channel.valueOf(r.getChannel()), r.getCurrentUnit(), r.getAppliedOn(), Stage.valueOf(r.getStage()),
                value(r.getOutcome(), Outcome::valueOf), r.getWrittenScore(), r.getInterviewScore(), r.getObjection(),
                Boolean.TRUE.equals(r.getObjectionUpheld()), r.getTrialStart(), r.getTrialEnd(),
                value(r.getTrialResult(), TrialResult::valueOf), r.getTrialNote(), r.getStoppedOn(),
                r.getStopReason(), r.getHiredOn(), r.getCounselorId(), r.getNote(), r.getRowVersion());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <T> T value(String s, Function<String, T> parse) {
        return s == null ? null : parse.apply(s);
    }
}
