package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.time.LocalDate;
import java.util.List;

/**
 * The counselors' records (个人档案) title evaluation reads [三(三)1–3, 三(三)6]: the title and rank
 * history, research outputs, courses taught per semester and service as counselor or class teacher.
 * Each is checked by {@link TitleValidator} and written in one transaction.
 */
public class TitleRecordsService {
    private final Transactor tx;
    private final TitleRepository repo;
    private final RosterService roster;
    private final TitleHistory history;
    private final TeachingLoad teachingLoad;
    private final TitleValidator validator;
    private final Messages m;

    public TitleRecordsService(Transactor tx, TitleRepository repo, RosterService roster, TitleHistory history,
                               TeachingLoad teachingLoad, TitleValidator validator, Messages m) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.history = history;
        this.teachingLoad = teachingLoad;
        this.validator = validator;
        this.m = m;
    }

    public LocalDate today() {
        return roster.today();
    }

    public RosterService roster() {
        return roster;
    }

    // ---- title and rank history ----------------------------------------------------------------

    /** The counselor's title and rank steps, with the roster's current ones when the history lacks them. */
    public List<Promotion> promotions(long counselorId) {
        return history.of(counselorId);
    }

    /** Adds a step to a counselor's title or rank history; the roster shows the latest. */
    public Promotion addPromotion(Promotion p) {
        validator.promotion(p, today());
        return tx.inTransaction(() -> history.add(p));
    }

    /** Removes a step entered by hand; steps written by a confirmed review go when that review is unlocked. */
    public void deletePromotion(long id) {
        tx.inTransaction(() -> history.delete(id));
    }

    // ---- outputs, teaching, service ----------------------------------------------------------------

    public List<ResearchOutput> outputs(long counselorId) {
        return repo.outputs(List.of(counselorId));
    }

    public ResearchOutput addOutput(ResearchOutput o) {
        ResearchOutput clean = validator.output(o, today());
        long id = tx.inTransaction(() -> repo.insertOutput(clean));
        return new ResearchOutput(id, clean.counselorId(), clean.kind(), clean.caption(), clean.year(), clean.level(),
                clean.role(), clean.note());
    }

    public void deleteOutput(long id) {
        tx.inTransaction(() -> repo.deleteOutput(id));
    }

    /** The most ideological-political courses allowed in each semester of the courses (by its year's parameters). */
    public java.util.Map<Semester, Integer> courseLimits(java.util.Collection<TeachingAssignment> teaching) {
        return teachingLoad.limits(teaching.stream().map(Semester::of).distinct().toList());
    }

    public List<TeachingAssignment> teaching(long counselorId) {
        return repo.teaching(counselorId);
    }

    /** Adds a course taught; more than one ideological-political course in a semester is stored and found. */
    public TeachingAssignment addTeaching(TeachingAssignment t) {
        TeachingAssignment clean = validator.teaching(t, today());
        long id = tx.inTransaction(() -> repo.insertTeaching(clean));
        return new TeachingAssignment(id, clean.counselorId(), clean.schoolYear(), clean.term(), clean.course(),
                clean.hours());
    }

    public void deleteTeaching(long id) {
        tx.inTransaction(() -> repo.deleteTeaching(id));
    }

    public List<ServiceRecord> services(long counselorId) {
        return repo.services(List.of(counselorId));
    }

    public ServiceRecord addService(ServiceRecord s) {
        ServiceRecord clean = validator.service(s, today());
        long id = tx.inTransaction(() -> repo.insertService(clean));
        return new ServiceRecord(id, clean.counselorId(), clean.role(), clean.start(), clean.end(), clean.className(),
                clean.competent());
    }

    public void deleteService(long id) {
        tx.inTransaction(() -> repo.deleteService(id));
    }

    /** The current title or rank in words, with the date obtained. */
    public String current(Counselor c, Track track) {
        if (track == Track.TITLE) {
            return c.title() == null ? "—" : dated(c.title().label(m), c.titleDate());
        }
        return c.adminRank() == null || c.adminRank().isBlank() ? "—" : dated(c.adminRank(), c.adminRankDate());
    }

    private String dated(String what, LocalDate when) {
        return when == null ? what : m.get("title.dated", what, when);
    }

    public String semesterLabel(int schoolYear, int term) {
        return teachingLoad.semesterLabel(schoolYear, term);
    }
}
