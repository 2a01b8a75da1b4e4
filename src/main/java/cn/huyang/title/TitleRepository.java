package cn.huyang.title;

import static cn.huyang.db.jooq.Tables.PROMOTION;
import static cn.huyang.db.jooq.Tables.RESEARCH_OUTPUT;
import static cn.huyang.db.jooq.Tables.SERVICE_RECORD;
import static cn.huyang.db.jooq.Tables.TEACHING_ASSIGNMENT;
import static cn.huyang.db.jooq.Tables.TITLE_APPLICATION;
import static cn.huyang.db.jooq.Tables.TITLE_REVIEW;
import static cn.huyang.db.jooq.Tables.TITLE_REVIEW_UNLOCK;
import static cn.huyang.db.jooq.Tables.TITLE_TARGET;

import cn.huyang.db.Stamps;
import cn.huyang.db.jooq.PromotionRecord;
import cn.huyang.db.jooq.ResearchOutputRecord;
import cn.huyang.db.jooq.ServiceRecordRecord;
import cn.huyang.db.jooq.TeachingAssignmentRecord;
import cn.huyang.db.jooq.TitleApplicationRecord;
import cn.huyang.db.jooq.TitleTargetRecord;
import cn.huyang.roster.Degree;
import cn.huyang.roster.Education;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The title feature's tables: per-counselor records, the year's review, its targets and the applications. */
public class TitleRepository {
    private final DSLContext dsl;
    private final Stamps stamps;
    private final Clock clock;

    /** The clock stamps each row's update time. */
    public TitleRepository(DSLContext dsl, Clock clock, Stamps stamps) {
        this.dsl = dsl;
        this.stamps = stamps;
        this.clock = clock;
    }

    // ---- promotions (title and rank history) ---------------------------------------------------

    public List<Promotion> promotions(long counselorId) {
        return dsl.selectFrom(PROMOTION).where(PROMOTION.COUNSELOR_ID.eq(counselorId))
                .orderBy(PROMOTION.TRACK, PROMOTION.OBTAINED_ON, PROMOTION.ID).fetch(TitleRepository::promotion);
    }

    public long insertPromotion(Promotion p) {
        return stamps.insertReturningId(dsl, PROMOTION, record(p));
    }

    /** Many promotions in one JDBC batch, in order (the demo data). */
    public void insertPromotions(List<Promotion> ps) {
        stamps.batchInsert(dsl, PROMOTION, ps.stream().map(this::record).toList(), null);
    }

    private PromotionRecord record(Promotion p) {
        PromotionRecord r = dsl.newRecord(PROMOTION);
        r.setCounselorId(p.counselorId());
        r.setTrack(p.track().name());
        r.setGradeName(p.grade());
        r.setSeries(p.series());
        r.setObtainedOn(p.obtained());
        r.setDocumentNo(p.documentNo());
        r.setApplicationId(p.applicationId());
        return r;
    }

    public Optional<Promotion> promotion(long id) {
        return dsl.selectFrom(PROMOTION).where(PROMOTION.ID.eq(id)).fetchOptional(TitleRepository::promotion);
    }

    public void deletePromotion(long id) {
        stamps.delete(dsl, PROMOTION, PROMOTION.ID.eq(id));
    }

    /** The promotions a year's confirmed applications wrote; their counselors. */
    public List<Promotion> promotionsOfYear(int year) {
        return dsl.selectFrom(PROMOTION).where(PROMOTION.APPLICATION_ID.in(
                        dsl.select(TITLE_APPLICATION.ID).from(TITLE_APPLICATION)
                                .where(TITLE_APPLICATION.REVIEW_YEAR.eq(year))))
                .fetch(TitleRepository::promotion);
    }

    private static Promotion promotion(PromotionRecord r) {
        return new Promotion(r.getId(), r.getCounselorId(), Track.valueOf(r.getTrack()), r.getGradeName(),
                r.getSeries(), r.getObtainedOn(), r.getDocumentNo(), r.getApplicationId());
    }

    // ---- research outputs --------------------------------------------------------------------

    public List<ResearchOutput> outputs(Collection<Long> counselorIds) {
        return dsl.selectFrom(RESEARCH_OUTPUT).where(RESEARCH_OUTPUT.COUNSELOR_ID.in(counselorIds))
                .orderBy(RESEARCH_OUTPUT.OUTPUT_YEAR.desc(), RESEARCH_OUTPUT.ID).fetch(TitleRepository::output);
    }

    public long insertOutput(ResearchOutput o) {
        return stamps.insertReturningId(dsl, RESEARCH_OUTPUT, record(o));
    }

    /** Many research outputs in one JDBC batch, in order (the demo data). */
    public void insertOutputs(List<ResearchOutput> os) {
        stamps.batchInsert(dsl, RESEARCH_OUTPUT, os.stream().map(this::record).toList(), null);
    }

    private ResearchOutputRecord record(ResearchOutput o) {
        ResearchOutputRecord r = dsl.newRecord(RESEARCH_OUTPUT);
        r.setCounselorId(o.counselorId());
        r.setKind(o.kind().name());
        r.setCaption(o.caption());
        r.setOutputYear(o.year());
        r.setOutputLevel(o.level().name());
        r.setAuthorRole(o.role().name());
        r.setNote(o.note());
        return r;
    }

    public void deleteOutput(long id) {
        stamps.delete(dsl, RESEARCH_OUTPUT, RESEARCH_OUTPUT.ID.eq(id));
    }

    private static ResearchOutput output(ResearchOutputRecord r) {
        return new ResearchOutput(r.getId(), r.getCounselorId(), OutputKind.valueOf(r.getKind()), r.getCaption(),
                r.getOutputYear(), OutputLevel.valueOf(r.getOutputLevel()), OutputRole.valueOf(r.getAuthorRole()),
                r.getNote());
    }

    // ---- teaching ----------------------------------------------------------------------------

    public List<TeachingAssignment> teaching(long counselorId) {
        return dsl.selectFrom(TEACHING_ASSIGNMENT).where(TEACHING_ASSIGNMENT.COUNSELOR_ID.eq(counselorId))
                .orderBy(TEACHING_ASSIGNMENT.SCHOOL_YEAR.desc(), TEACHING_ASSIGNMENT.TERM.desc(),
                        TEACHING_ASSIGNMENT.ID)
                .fetch(TitleRepository::teaching);
    }

    /** The semesters that fall mostly in a calendar year: the spring term of Y−1/Y and the autumn term of Y/Y+1. */
    public List<TeachingAssignment> teachingInCalendarYear(int year) {
        return dsl.selectFrom(TEACHING_ASSIGNMENT)
                .where(TEACHING_ASSIGNMENT.SCHOOL_YEAR.eq(year).and(TEACHING_ASSIGNMENT.TERM.eq(1))
                        .or(TEACHING_ASSIGNMENT.SCHOOL_YEAR.eq(year - 1).and(TEACHING_ASSIGNMENT.TERM.eq(2))))
                .orderBy(TEACHING_ASSIGNMENT.COUNSELOR_ID, TEACHING_ASSIGNMENT.SCHOOL_YEAR, TEACHING_ASSIGNMENT.TERM,
                        TEACHING_ASSIGNMENT.ID)
                .fetch(TitleRepository::teaching);
    }

    public long insertTeaching(TeachingAssignment t) {
        return stamps.insertReturningId(dsl, TEACHING_ASSIGNMENT, record(t));
    }

    /** Many teaching assignments in one JDBC batch, in order (the demo data). */
    public void insertTeachings(List<TeachingAssignment> ts) {
        stamps.batchInsert(dsl, TEACHING_ASSIGNMENT, ts.stream().map(this::record).toList(), null);
    }

    private TeachingAssignmentRecord record(TeachingAssignment t) {
        TeachingAssignmentRecord r = dsl.newRecord(TEACHING_ASSIGNMENT);
        r.setCounselorId(t.counselorId());
        r.setSchoolYear(t.schoolYear());
        r.setTerm(t.term());
        r.setCourse(t.course());
        r.setHours(t.hours());
        return r;
    }

    public void deleteTeaching(long id) {
        stamps.delete(dsl, TEACHING_ASSIGNMENT, TEACHING_ASSIGNMENT.ID.eq(id));
    }

    private static TeachingAssignment teaching(TeachingAssignmentRecord r) {
        return new TeachingAssignment(r.getId(), r.getCounselorId(), r.getSchoolYear(), r.getTerm(), r.getCourse(),
                r.getHours());
    }

    // ---- service as counselor or class teacher --------------------------------------------------

    public List<ServiceRecord> services(Collection<Long> counselorIds) {
        return dsl.selectFrom(SERVICE_RECORD).where(SERVICE_RECORD.COUNSELOR_ID.in(counselorIds))
                .orderBy(SERVICE_RECORD.START_DATE, SERVICE_RECORD.ID).fetch(TitleRepository::service);
    }

    public long insertService(ServiceRecord s) {
        return stamps.insertReturningId(dsl, SERVICE_RECORD, record(s));
    }

    /** Many service records in one JDBC batch, in order (the demo data). */
    public void insertServices(List<ServiceRecord> ss) {
        stamps.batchInsert(dsl, SERVICE_RECORD, ss.stream().map(this::record).toList(), null);
    }

    private ServiceRecordRecord record(ServiceRecord s) {
        ServiceRecordRecord r = dsl.newRecord(SERVICE_RECORD);
        r.setCounselorId(s.counselorId());
        r.setServiceRole(s.role().name());
        r.setStartDate(s.start());
        r.setEndDate(s.end());
        r.setClassName(s.className());
        r.setCompetent(s.competent());
        return r;
    }

    public void deleteService(long id) {
        stamps.delete(dsl, SERVICE_RECORD, SERVICE_RECORD.ID.eq(id));
    }

    private static ServiceRecord service(ServiceRecordRecord r) {
        return new ServiceRecord(r.getId(), r.getCounselorId(), ServiceRole.valueOf(r.getServiceRole()),
                r.getStartDate(), r.getEndDate(), r.getClassName(), Boolean.TRUE.equals(r.getCompetent()));
    }

    // ---- the year's review ---------------------------------------------------------------------

    public Optional<Review> review(int year) {
        return dsl.selectFrom(TITLE_REVIEW).where(TITLE_REVIEW.REVIEW_YEAR.eq(year)).fetchOptional(r ->
                new Review(r.getReviewYear(), r.getCutoffDate(), ReviewState.valueOf(r.getState()),
                        r.getConfirmedOn(), true, r.getRowVersion()));
    }

    /**
     * Locks the year's review row until the caller's transaction ends: every write of a year's review
     * takes it first, so that a confirm on one PC and a save on another happen one after the other
     * (the save then finds the year confirmed). No row, no lock.
     */
    public void lockReview(int year) {
        dsl.select(TITLE_REVIEW.REVIEW_YEAR).from(TITLE_REVIEW).where(TITLE_REVIEW.REVIEW_YEAR.eq(year)).forUpdate()
                .fetch();
    }

    public void saveReview(int year, LocalDate cutoff) {
        // ON CONFLICT on PostgreSQL (MERGE only from 15), MERGE on H2
        dsl.insertInto(TITLE_REVIEW, TITLE_REVIEW.REVIEW_YEAR, TITLE_REVIEW.CUTOFF_DATE, TITLE_REVIEW.STATE,
                        TITLE_REVIEW.ROW_VERSION)
                .values(year, cutoff, ReviewState.DRAFT.name(), 1)
                .onConflict(TITLE_REVIEW.REVIEW_YEAR)
                .doUpdate().set(TITLE_REVIEW.CUTOFF_DATE, cutoff)
                .set(TITLE_REVIEW.UPDATED_AT, LocalDateTime.now(clock))
                .set(TITLE_REVIEW.ROW_VERSION, TITLE_REVIEW.ROW_VERSION.plus(1))
                .execute();
    }

    /** The years whose review is confirmed. */
    public java.util.Set<Integer> confirmedYears() {
        return dsl.select(TITLE_REVIEW.REVIEW_YEAR).from(TITLE_REVIEW)
                .where(TITLE_REVIEW.STATE.eq(ReviewState.CONFIRMED.name()))
                .fetchSet(TITLE_REVIEW.REVIEW_YEAR);
    }

    public void setState(int year, ReviewState state, LocalDate confirmedOn) {
        dsl.update(TITLE_REVIEW).set(TITLE_REVIEW.STATE, state.name()).set(TITLE_REVIEW.CONFIRMED_ON, confirmedOn)
                .set(TITLE_REVIEW.UPDATED_AT, LocalDateTime.now(clock))
                .set(TITLE_REVIEW.ROW_VERSION, TITLE_REVIEW.ROW_VERSION.plus(1))
                .where(TITLE_REVIEW.REVIEW_YEAR.eq(year)).execute();
    }

    public void insertUnlock(int year, String reason) {
        dsl.insertInto(TITLE_REVIEW_UNLOCK, TITLE_REVIEW_UNLOCK.REVIEW_YEAR, TITLE_REVIEW_UNLOCK.REASON)
                .values(year, reason).execute();
    }

    public List<String> unlockReasons(int year) {
        return dsl.select(TITLE_REVIEW_UNLOCK.REASON).from(TITLE_REVIEW_UNLOCK)
                .where(TITLE_REVIEW_UNLOCK.REVIEW_YEAR.eq(year)).orderBy(TITLE_REVIEW_UNLOCK.ID)
                .fetch(TITLE_REVIEW_UNLOCK.REASON);
    }

    // ---- targets: plan, criteria, weights --------------------------------------------------------

    public List<Target> targets(int year) {
        return dsl.selectFrom(TITLE_TARGET).where(TITLE_TARGET.REVIEW_YEAR.eq(year))
                .orderBy(TITLE_TARGET.TRACK.desc(), TITLE_TARGET.SORT_ORDER, TITLE_TARGET.TARGET)
                .fetch(TitleRepository::target);
    }

    /** The latest year before {@code year} with targets: the one a new year copies. */
    public Optional<Integer> latestYearWithTargetsBefore(int year) {
        return dsl.select(org.jooq.impl.DSL.max(TITLE_TARGET.REVIEW_YEAR)).from(TITLE_TARGET)
                .where(TITLE_TARGET.REVIEW_YEAR.lt(year)).fetchOptional(0, Integer.class);
    }

    /** Stores a target at the next version after the one it was read at (the caller compared them). */
    public void saveTarget(Target t) {
        TitleTargetRecord r = dsl.newRecord(TITLE_TARGET);
        r.setReviewYear(t.year());
        r.setTrack(t.track().name());
        r.setTarget(t.target());
        r.setSortOrder(t.sortOrder());
        r.setPosts(t.posts());
        r.setMinYearsCurrent(t.minYearsCurrent());
        r.setMinYearsBachelor(t.minYearsBachelor());
        r.setMinYearsMaster(t.minYearsMaster());
        r.setMinYearsDoctor(t.minYearsDoctor());
        r.setMinEducation(t.minEducation() == null ? null : t.minEducation().name());
        r.setMinDegree(t.minDegree() == null ? null : t.minDegree().name());
        r.setAssessmentWindow(t.assessmentWindow());
        r.setMinExcellent(t.minExcellent());
        r.setRequireTraining(t.requireTraining());
        r.setMinOutputs(t.minOutputs());
        r.setWeightWork(t.weightWork());
        r.setWeightResearch(t.weightResearch());
        r.setIsDefault(t.defaults());
        r.setRowVersion(t.version() + 1);
        java.util.Map<org.jooq.Field<?>, Object> changes = new java.util.LinkedHashMap<>(); // all but the key
        for (org.jooq.Field<?> f : r.fields()) {
            if (!TITLE_TARGET.getPrimaryKey().getFields().contains(f)) {
                changes.put(f, r.get(f));
            }
        }
        dsl.insertInto(TITLE_TARGET).set(r)
                .onConflict(TITLE_TARGET.getPrimaryKey().getFields())
                .doUpdate().set(changes)
                .execute();
    }

    public void deleteTarget(int year, Track track, String target) {
        dsl.deleteFrom(TITLE_TARGET).where(TITLE_TARGET.REVIEW_YEAR.eq(year))
                .and(TITLE_TARGET.TRACK.eq(track.name())).and(TITLE_TARGET.TARGET.eq(target)).execute();
    }

    private static Target target(TitleTargetRecord r) {
        return new Target(r.getReviewYear(), Track.valueOf(r.getTrack()), r.getTarget(), r.getSortOrder(),
                r.getPosts(), r.getMinYearsCurrent(), r.getMinYearsBachelor(), r.getMinYearsMaster(),
                r.getMinYearsDoctor(), r.getMinEducation() == null ? null : Education.valueOf(r.getMinEducation()),
                r.getMinDegree() == null ? null : Degree.valueOf(r.getMinDegree()), r.getAssessmentWindow(),
                r.getMinExcellent(), Boolean.TRUE.equals(r.getRequireTraining()), r.getMinOutputs(),
                r.getWeightWork(), r.getWeightResearch(), Boolean.TRUE.equals(r.getIsDefault()), r.getRowVersion());
    }

    // ---- applications ------------------------------------------------------------------------

    public List<Application> applications(int year) {
        return dsl.selectFrom(TITLE_APPLICATION).where(TITLE_APPLICATION.REVIEW_YEAR.eq(year))
                .orderBy(TITLE_APPLICATION.ID).fetch(TitleRepository::application);
    }

    public Optional<Application> application(long id) {
        return dsl.selectFrom(TITLE_APPLICATION).where(TITLE_APPLICATION.ID.eq(id))
                .fetchOptional(TitleRepository::application);
    }

    public boolean hasApplication(int year, long counselorId, Track track) {
        return dsl.fetchExists(TITLE_APPLICATION, TITLE_APPLICATION.REVIEW_YEAR.eq(year)
                .and(TITLE_APPLICATION.COUNSELOR_ID.eq(counselorId)).and(TITLE_APPLICATION.TRACK.eq(track.name())));
    }

    public int countApplications(int year, Track track, String target) {
        return dsl.fetchCount(TITLE_APPLICATION, TITLE_APPLICATION.REVIEW_YEAR.eq(year)
                .and(TITLE_APPLICATION.TRACK.eq(track.name())).and(TITLE_APPLICATION.TARGET.eq(target)));
    }

    public long insertApplication(Application a) {
        TitleApplicationRecord r = dsl.newRecord(TITLE_APPLICATION);
        r.setReviewYear(a.year());
        r.setCounselorId(a.counselorId());
        r.setTrack(a.track().name());
        r.setTarget(a.target());
        r.setAppliedOn(a.appliedOn());
        r.store();
        return r.getId();
    }

    /**
     * Stores the scores and the result of an application still at its version; the version goes up.
     *
     * @return false when the row has another version (or is gone): nothing was written
     */
    public boolean updateApplication(Application a) {
        return dsl.update(TITLE_APPLICATION)
                .set(TITLE_APPLICATION.SCORE_WORK, a.scoreWork())
                .set(TITLE_APPLICATION.SCORE_RESEARCH, a.scoreResearch())
                .set(TITLE_APPLICATION.VERDICT, a.verdict() == null ? null : a.verdict().name())
                .set(TITLE_APPLICATION.VERDICT_NOTE, a.verdictNote())
                .set(TITLE_APPLICATION.ROW_VERSION, TITLE_APPLICATION.ROW_VERSION.plus(1))
                .where(TITLE_APPLICATION.ID.eq(a.id())).and(TITLE_APPLICATION.ROW_VERSION.eq(a.version()))
                .execute() == 1;
    }

    /** Deletes an application still at its version; false when it has another one (or is gone). */
    public boolean deleteApplication(long id, int version) {
        return dsl.deleteFrom(TITLE_APPLICATION).where(TITLE_APPLICATION.ID.eq(id))
                .and(TITLE_APPLICATION.ROW_VERSION.eq(version)).execute() == 1;
    }

    private static Application application(TitleApplicationRecord r) {
        return new Application(r.getId(), r.getReviewYear(), r.getCounselorId(), Track.valueOf(r.getTrack()),
                r.getTarget(), r.getAppliedOn(), r.getScoreWork(), r.getScoreResearch(),
                r.getVerdict() == null ? null : Verdict.valueOf(r.getVerdict()), r.getVerdictNote(), r.getRowVersion());
    }
}
