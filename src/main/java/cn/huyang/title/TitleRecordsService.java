package cn.huyang.title;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
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
    private final Access access;

    public TitleRecordsService(Transactor tx, TitleRepository repo, RosterService roster, TitleHistory history,
                               TeachingLoad teachingLoad, TitleValidator validator, Messages m, Access access) {
        this.access = access;
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

    /** Whether the user working now reads this counselor's records (a department's user: its own). */
    private boolean seen(long counselorId) {
        return roster.counselor(counselorId).map(c -> access.guard().sees(c.departmentId())).orElse(false);
    }

    /** A record written: the right first, then the write and its audit row in one transaction. */
    private long write(String entity, java.util.function.Supplier<Long> insert, Record clean) {
        access.guard().require(Operation.TITLES_EDIT);
        return tx.inTransaction(() -> {
            long id = insert.get();
            access.audit().changed(entity, id, null, clean);
            return id;
        });
    }

    private void delete(String entity, long id, Runnable delete) {
        access.guard().require(Operation.TITLES_EDIT);
        tx.inTransaction(() -> {
            delete.run();
            access.audit().record(AuditAction.DELETE, entity, id, java.util.Map.of());
        });
    }

    // ---- title and rank history ----------------------------------------------------------------

    /** The counselor's title and rank steps, with the roster's current ones when the history lacks them. */
    public List<Promotion> promotions(long counselorId) {
        return seen(counselorId) ? history.of(counselorId) : List.of();
    }

    /** Adds a step to a counselor's title or rank history; the roster shows the latest. */
    public Promotion addPromotion(Promotion p) {
        validator.promotion(p, today());
        access.guard().require(Operation.TITLES_EDIT);
        return tx.inTransaction(() -> {
            Promotion stored = history.add(p);
            access.audit().changed("promotion", stored.id(), null, stored);
            return stored;
        });
    }

    /** Removes a step entered by hand; steps written by a confirmed review go when that review is unlocked. */
    public void deletePromotion(long id) {
        delete("promotion", id, () -> history.delete(id));
    }

    // ---- outputs, teaching, service ----------------------------------------------------------------

    public List<ResearchOutput> outputs(long counselorId) {
        return seen(counselorId) ? repo.outputs(List.of(counselorId)) : List.of();
    }

    public ResearchOutput addOutput(ResearchOutput o) {
        ResearchOutput clean = validator.output(o, today());
        long id = write("researchOutput", () -> repo.insertOutput(clean), clean);
        return new ResearchOutput(id, clean.counselorId(), clean.kind(), clean.caption(), clean.year(), clean.level(),
                clean.role(), clean.note());
    }

    public void deleteOutput(long id) {
        delete("researchOutput", id, () -> repo.deleteOutput(id));
    }

    /** The most ideological-political courses allowed in each semester of the courses (by its year's parameters). */
    public java.util.Map<Semester, Integer> courseLimits(java.util.Collection<TeachingAssignment> teaching) {
        return teachingLoad.limits(teaching.stream().map(Semester::of).distinct().toList());
    }

    public List<TeachingAssignment> teaching(long counselorId) {
        return seen(counselorId) ? repo.teaching(counselorId) : List.of();
    }

    /** Adds a course taught; more than one ideological-political course in a semester is stored and found. */
    public TeachingAssignment addTeaching(TeachingAssignment t) {
        TeachingAssignment clean = validator.teaching(t, today());
        long id = write("teaching", () -> repo.insertTeaching(clean), clean);
        return new TeachingAssignment(id, clean.counselorId(), clean.schoolYear(), clean.term(), clean.course(),
                clean.hours());
    }

    public void deleteTeaching(long id) {
        delete("teaching", id, () -> repo.deleteTeaching(id));
    }

    public List<ServiceRecord> services(long counselorId) {
        return seen(counselorId) ? repo.services(List.of(counselorId)) : List.of();
    }

    public ServiceRecord addService(ServiceRecord s) {
        ServiceRecord clean = validator.service(s, today());
        long id = write("serviceRecord", () -> repo.insertService(clean), clean);
        return new ServiceRecord(id, clean.counselorId(), clean.role(), clean.start(), clean.end(), clean.className(),
                clean.competent());
    }

    public void deleteService(long id) {
        delete("serviceRecord", id, () -> repo.deleteService(id));
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
