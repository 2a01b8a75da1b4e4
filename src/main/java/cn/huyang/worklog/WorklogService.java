package cn.huyang.worklog;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Changes;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 工作记录 [三(一)3]: a counselor's talks, class visits, dormitory visits and meetings. Writes ask
 * {@link Operation#WORKLOG_EDIT} for the record's counselor (a counselor's account only its own, a
 * department its department) and write their audit row in the same transaction — the plain fields only,
 * "正文已修改" for the texts, which are sealed ({@link Sealing}) and never logged. Texts are read with
 * {@link Operation#WORKLOG_READ}; counts alone ({@link #monthPlain}) with {@link Operation#WORKLOG_SUMMARY}.
 */
public class WorklogService {
    static final String ENTITY = "work_record";

    private final Transactor tx;
    private final WorklogRepository repo;
    private final RosterService roster;
    private final Sealing sealing;
    private final Messages m;
    private final Clock clock;
    private final Access access;

    public WorklogService(Transactor tx, WorklogRepository repo, RosterService roster, Sealing sealing, Messages m,
                          Clock clock, Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.sealing = sealing;
        this.m = m;
        this.clock = clock;
        this.access = access;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean mayEdit(long counselorId) {
        return roster.counselor(counselorId).map(c -> access.guard().may(Operation.WORKLOG_EDIT, c.departmentId(),
                c.id())).orElse(false);
    }

    public boolean mayReadTexts(long counselorId) {
        return roster.counselor(counselorId).map(c -> access.guard().may(Operation.WORKLOG_READ, c.departmentId(),
                c.id())).orElse(false);
    }

    /** The counselors whose records (or counts) the user reaches, by department and name. */
    public List<Counselor> counselors() {
        var guard = access.guard();
        return roster.counselors().stream()
                .filter(c -> guard.may(Operation.WORKLOG_SUMMARY, c.departmentId(), c.id()))
                .sorted(java.util.Comparator.comparing((Counselor c) -> c.departmentId() == null ? Long.MAX_VALUE
                        : c.departmentId()).thenComparing(Counselor::name))
                .toList();
    }

    private Counselor require(Operation op, long counselorId) {
        Counselor c = roster.counselor(counselorId).orElseThrow(() -> new ValidationException(
                FieldError.of("worklog.field.counselor", "worklog.validation.noCounselor")));
        access.guard().require(op, c.departmentId(), c.id());
        return c;
    }

    /** Whether no work record is stored yet. */
    public boolean isEmpty() {
        return repo.count() == 0;
    }

    /** The refusals of a draft (impossible values); empty when it may be stored. */
    public List<FieldError> check(WorkRecord r) {
        return WorklogValidator.check(r, today());
    }

    public WorkRecord add(WorkRecord draft) {
        require(Operation.WORKLOG_EDIT, draft.counselorId());
        WorkRecord r = normalized(draft);
        refuse(check(r));
        return tx.inTransaction(() -> {
            long id = repo.insert(r, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                    access.actor().userName());
            repo.setBody(id, sealing.sealBody(id, r.details()));
            repo.replaceStudents(id, sealing.sealStudents(id, r.students()));
            repo.recount(List.of(r.counselorId()), r.date(), r.date());
            WorkRecord stored = r.withId(id, 0);
            Map<String, Object> details = new LinkedHashMap<>();
            Changes.between(null, stored.plain()).forEach(details::put);
            details.put("body", List.of("", m.get("worklog.audit.bodyWritten")));
            access.audit().record(AuditAction.CREATE, ENTITY, id, cn.huyang.common.Json.object(details));
            return stored;
        });
    }

    /**
     * Many records at once (the demo data, a step the user was allowed as a whole and recorded as one
     * audit row by its caller): checked, stored and sealed in batches of statements, not one by one.
     */
    public int addAll(List<WorkRecord> drafts) {
        access.guard().require(Operation.WORKLOG_EDIT);
        LocalDate today = today();
        List<WorkRecord> rs = new ArrayList<>(drafts.size());
        for (WorkRecord d : drafts) {
            WorkRecord r = normalized(d);
            refuse(WorklogValidator.check(r, today));
            rs.add(r);
        }
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        return tx.inTransaction(() -> {
            List<Long> ids = repo.insertAll(rs, at, access.actor().userName());
            Map<Long, String> bodies = new java.util.HashMap<>();
            List<WorklogRepository.SealedStudent> students = new ArrayList<>();
            for (int i = 0; i < rs.size(); i++) {
                long id = ids.get(i);
                bodies.put(id, sealing.sealBody(id, rs.get(i).details()));
                students.addAll(sealing.sealStudents(id, rs.get(i).students()));
            }
            repo.setBodies(bodies);
            repo.insertStudents(students);
            if (!rs.isEmpty()) {
                repo.recount(rs.stream().map(WorkRecord::counselorId).collect(java.util.stream.Collectors.toSet()),
                        rs.stream().map(WorkRecord::date).min(LocalDate::compareTo).orElseThrow(),
                        rs.stream().map(WorkRecord::date).max(LocalDate::compareTo).orElseThrow());
            }
            return rs.size();
        });
    }

    /** Changes a record at the version it was read (a record changed since is refused as stale). */
    public WorkRecord update(WorkRecord draft) {
        Objects.requireNonNull(draft.id());
        require(Operation.WORKLOG_EDIT, draft.counselorId());
        WorkRecord r = normalized(draft);
        refuse(check(r));
        return tx.inTransaction(() -> {
            WorkRecord before = opened(draft.id());
            if (before == null || before.counselorId() != r.counselorId()
                    || !repo.update(r, sealing.sealBody(r.id(), r.details()))) {
                throw access.audit().stale(ENTITY, r.id(), before == null ? null : before.plain(), before == null);
            }
            repo.replaceStudents(r.id(), sealing.sealStudents(r.id(), r.students()));
            repo.recount(List.of(r.counselorId()), min(before.date(), r.date()), max(before.date(), r.date()));
            WorkRecord after = r.withId(r.id(), r.version() + 1);
            Map<String, Object> details = new LinkedHashMap<>();
            Changes.between(before.plain(), after.plain()).forEach(details::put);
            if (!before.details().equals(after.details()) || !before.students().equals(after.students())) {
                details.put("body", List.of("", m.get("worklog.audit.bodyChanged")));
            }
            access.audit().record(AuditAction.UPDATE, ENTITY, r.id(), cn.huyang.common.Json.object(details));
            return after;
        });
    }

    public void delete(WorkRecord r) {
        require(Operation.WORKLOG_EDIT, r.counselorId());
        tx.inTransaction(() -> {
            var stored = repo.find(r.id()).orElse(null);
            if (stored == null || stored.record().counselorId() != r.counselorId() || !repo.delete(r.id(), r.version())) {
                throw access.audit().stale(ENTITY, r.id(), stored == null ? null : stored.record().plain(),
                        stored == null);
            }
            repo.recount(List.of(r.counselorId()), stored.record().date(), stored.record().date());
            access.audit().record(AuditAction.DELETE, ENTITY, r.id(),
                    Changes.json(Changes.between(stored.record().plain(), null)));
        });
    }

    /** A counselor's records of a month with their texts, by date. */
    public List<WorkRecord> month(long counselorId, YearMonth month) {
        require(Operation.WORKLOG_READ, counselorId);
        return tx.inTransaction(() -> open(repo.between(counselorId, month.atDay(1), month.atEndOfMonth())));
    }

    /** A counselor's records of a month without texts (dates, kinds, places, counts): for those who read counts. */
    public List<WorkRecord.Plain> monthPlain(long counselorId, YearMonth month) {
        require(Operation.WORKLOG_SUMMARY, counselorId);
        return repo.between(counselorId, month.atDay(1), month.atEndOfMonth()).stream()
                .map(s -> new WorkRecord.Plain(s.record().id(), counselorId, s.record().kind(), s.record().date(),
                        s.record().time(), s.record().place(), s.record().className(), s.record().category(),
                        s.record().followUpOn(), s.record().followUpDone(), s.record().confidential(),
                        s.studentsCount()))
                .toList();
    }

    /** Every record of a period with texts, for an export with texts: the caller asked SENSITIVE_EXPORT. */
    public List<WorkRecord> allOpened(LocalDate from, LocalDate to) {
        access.guard().requireSome(Operation.SENSITIVE_EXPORT);
        var guard = access.guard();
        Map<Long, Counselor> byId = new java.util.HashMap<>();
        roster.counselors().forEach(c -> byId.put(c.id(), c));
        List<WorklogRepository.Stored> kept = repo.allBetween(from, to).stream().filter(s -> {
            Counselor c = byId.get(s.record().counselorId());
            return c != null && guard.may(Operation.SENSITIVE_EXPORT, c.departmentId(), c.id())
                    && guard.may(Operation.WORKLOG_READ, c.departmentId(), c.id());
        }).toList();
        return tx.inTransaction(() -> open(kept));
    }

    /**
     * The last day each of these students was named in a work record (the student files' port): the
     * rules' input (ATTENTION_OVERDUE is judged over the college for every user, as all findings are),
     * dates only, no text and no counselor; what a user sees of it is filtered where it is shown.
     */
    public Map<Long, LocalDate> lastContactDates(Collection<Long> studentIds) {
        return repo.lastContactDates(studentIds);
    }

    /** The work records naming a student, newest first, as the student's file lists them (those the user reads). */
    public List<Contact> contactsOf(long studentId) {
        access.guard().requireSome(Operation.WORKLOG_READ);
        var guard = access.guard();
        List<WorklogRepository.Stored> all = repo.naming(studentId);
        Map<Long, Counselor> byId = new java.util.HashMap<>();
        roster.counselors(all.stream().map(s -> s.record().counselorId()).distinct().toList())
                .forEach(c -> byId.put(c.id(), c));
        List<WorklogRepository.Stored> readable = all.stream().filter(s -> {
            Counselor c = byId.get(s.record().counselorId());
            return c != null && guard.may(Operation.WORKLOG_READ, c.departmentId(), c.id());
        }).toList();
        return open(readable).stream().map(r -> new Contact(r.date(), m.get(r.kind().messageKey()), summary(r)))
                .toList();
    }

    /** One line about a record: the talk's reason, the course visited, the rooms, the meeting's theme. */
    public String summary(WorkRecord r) {
        return switch (r.kind()) {
            case TALK -> nz(r.detail("reason"));
            case CLASS_VISIT -> nz(r.detail("course"));
            case DORM_VISIT -> nz(r.detail("building")) + " " + nz(r.detail("rooms"));
            case CLASS_MEETING -> nz(r.detail("theme"));
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private WorkRecord opened(long id) {
        return repo.find(id).map(s -> open(List.of(s)).get(0)).orElse(null);
    }

    private List<WorkRecord> open(List<WorklogRepository.Stored> rows) {
        Map<Long, List<WorklogRepository.SealedStudent>> students = repo.students(
                rows.stream().map(s -> s.record().id()).toList());
        List<WorkRecord> out = new ArrayList<>(rows.size());
        for (WorklogRepository.Stored s : rows) {
            WorkRecord p = s.record();
            out.add(new WorkRecord(p.id(), p.counselorId(), p.kind(), p.date(), p.time(), p.place(), p.className(),
                    p.category(), p.followUpOn(), p.followUpDone(), p.confidential(),
                    sealing.openBody(p.id(), s.sealedBody()),
                    sealing.openStudents(students.getOrDefault(p.id(), List.of())), p.version()));
        }
        return out;
    }

    static WorkRecord normalized(WorkRecord r) {
        Map<String, String> details = new LinkedHashMap<>();
        r.details().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                details.put(k, v.strip());
            }
        });
        List<StudentRef> students = r.students().stream()
                .map(s -> new StudentRef(s.studentId(), s.name() == null ? null : s.name().strip())).toList();
        return new WorkRecord(r.id(), r.counselorId(), r.kind(), r.date(), r.time(), strip(r.place()),
                strip(r.className()), strip(r.category()), r.followUpOn(), r.followUpDone(), r.confidential(),
                details, students, r.version());
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
