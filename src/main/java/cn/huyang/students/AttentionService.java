package cn.huyang.students;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.security.TextCipher;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 一人一档 of the students who need special attention: opening, changing and releasing an attention
 * (asks {@link Operation#STUDENTS_EDIT} for the student), the active ones by when their next contact is due,
 * and {@code ATTENTION_OVERDUE} [三(一)3]: an active attention whose last contact (or its start, when none
 * since) is older than its level's days ({@code students.attention-contact-days.levelN}), judged today.
 */
public class AttentionService {
    public static final String ATTENTION_OVERDUE = "ATTENTION_OVERDUE";

    private final Transactor tx;
    private final AttentionRepository repo;
    private final StudentService students;
    private final RosterService roster;
    private final PolicyService policy;
    private final Seals seals;
    private final Messages m;
    private final Access access;
    private final StudentContacts contacts;

    public AttentionService(Transactor tx, AttentionRepository repo, StudentService students, RosterService roster,
                            PolicyService policy, TextCipher cipher, Messages m, Access access,
                            StudentContacts contacts) {
        this.tx = tx;
        this.repo = repo;
        this.students = students;
        this.roster = roster;
        this.policy = policy;
        this.seals = new Seals(cipher);
        this.m = m;
        this.access = access;
        this.contacts = contacts;
    }

    /** Opens an attention for a student (one active at a time); the start may not be after today. */
    public Attention open(Attention draft) {
        student(draft.studentId());
        Attention a = clean(draft, AttentionStatus.ACTIVE, null, null);
        refuse(StudentValidator.check(a, students.today()));
        return tx.inTransaction(() -> {
            if (repo.hasActive(a.studentId())) {
                throw new ValidationException(FieldError.of("students.field.category", "students.validation.active"));
            }
            long id = repo.insert(a, students.now());
            Attention stored = new Attention(id, a.studentId(), a.category(), a.level(), a.reason(), a.measures(),
                    a.counselorId(), a.startedOn(), a.status(), null, null, 0);
            Attention sealed = seals.sealTexts(stored);
            repo.setSealed(id, sealed.reason(), sealed.measures(), sealed.releaseReason());
            access.audit().changed(Seals.ATTENTION, id, null, stored.forAudit());
            return stored;
        });
    }

    /** Changes an attention (category, level, reason, measures, counselor, start) at the version read. */
    public Attention update(Attention draft) {
        Attention before = stored(draft.id());
        student(before.studentId());
        Attention a = clean(draft, before.status(), before.releasedOn(), before.releaseReason());
        refuse(StudentValidator.check(a, students.today()));
        return save(before, a);
    }

    /** Releases an active attention (已解除) on a day between its start and today, with the reason. */
    public Attention release(long id, LocalDate on, String reason, int version) {
        Attention before = stored(id);
        student(before.studentId());
        String why = Text.clean(reason);
        refuse(StudentValidator.release(before, on, why, students.today()));
        if (!before.active()) {
            throw new ValidationException(FieldError.of("students.field.status", "students.validation.released"));
        }
        Attention a = new Attention(id, before.studentId(), before.category(), before.level(), before.reason(),
                before.measures(), before.counselorId(), before.startedOn(), AttentionStatus.RELEASED, on, why,
                version);
        return save(before, a);
    }

    private Attention save(Attention before, Attention a) {
        return tx.inTransaction(() -> {
            if (!repo.update(seals.sealTexts(a), students.now())) {
                throw access.audit().stale(Seals.ATTENTION, a.id(), before.forAudit(), false);
            }
            Attention after = new Attention(a.id(), a.studentId(), a.category(), a.level(), a.reason(), a.measures(),
                    a.counselorId(), a.startedOn(), a.status(), a.releasedOn(), a.releaseReason(), a.version() + 1);
            access.audit().changed(Seals.ATTENTION, a.id(), before.forAudit(), after.forAudit());
            return after;
        });
    }

    private Attention stored(long id) {
        Attention raw = tx.inTransaction(() -> repo.find(id))
                .orElseThrow(() -> new java.util.NoSuchElementException("attention"));
        return seals.openTexts(raw);
    }

    /** The student, when the user may edit it; refused otherwise. */
    private Student student(long studentId) {
        Student s = tx.inTransaction(() -> students.stored(studentId))
                .orElseThrow(() -> new java.util.NoSuchElementException("student"));
        access.guard().require(Operation.STUDENTS_EDIT, s.departmentId(), s.counselorId());
        return s;
    }

    private static Attention clean(Attention d, AttentionStatus status, LocalDate releasedOn, String releaseReason) {
        return new Attention(d.id(), d.studentId(), d.category(), d.level(), Text.clean(d.reason()),
                Text.clean(d.measures()), d.counselorId(), d.startedOn(), status, releasedOn, releaseReason,
                d.version());
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The active attentions of the students the user reaches, overdue first, then by the day the next contact is due. */
    public List<AttentionDue> dueList() {
        return due(true);
    }

    private List<AttentionDue> due(boolean visibleOnly) {
        LocalDate today = students.today();
        Policy p = policy.inForce(today);
        return tx.inTransaction(() -> {
            List<Attention> active = repo.active();
            Map<Long, Student> byId = students.byIds(active.stream().map(Attention::studentId).distinct().toList())
                    .stream().collect(Collectors.toMap(Student::id, Function.identity()));
            List<Attention> mine = active.stream().filter(a -> byId.containsKey(a.studentId()))
                    .filter(a -> !visibleOnly || students.sees(byId.get(a.studentId()))).toList();
            Map<Long, LocalDate> last = mine.isEmpty() ? Map.of()
                    : contacts.lastContacts(mine.stream().map(Attention::studentId).distinct().toList());
            Map<Long, String> names = roster.counselors().stream()
                    .collect(Collectors.toMap(Counselor::id, Counselor::name));
            Map<Long, String> depts = roster.departmentNames();
            List<AttentionDue> out = new ArrayList<>();
            for (Attention a : mine) {
                Student s = byId.get(a.studentId());
                int days = AttentionRules.days(p, a.level());
                LocalDate lastContact = last.get(a.studentId());
                if (lastContact != null && lastContact.isBefore(a.startedOn())) {
                    lastContact = null;
                }
                LocalDate dueOn = AttentionRules.dueOn(a.startedOn(), lastContact, days);
                Long counselor = a.counselorId() != null ? a.counselorId() : s.counselorId();
                out.add(new AttentionDue(a, s, depts.get(s.departmentId()),
                        counselor == null ? null : names.get(counselor), lastContact, days, dueOn,
                        AttentionRules.overdue(dueOn, today)));
            }
            out.sort(Comparator.comparing(AttentionDue::dueOn).thenComparing(d -> d.student().studentNo()));
            return out;
        });
    }

    /**
     * ATTENTION_OVERDUE of the current year (judged today; another year has none), over the whole college:
     * one finding per responsible counselor (the attention's, else the student's; none: one for the college),
     * naming each overdue student by 学号 and class — a finding is decided per counselor and year.
     */
    public List<Finding> findings(int year) {
        LocalDate today = students.today();
        if (year != today.getYear()) {
            return List.of();
        }
        Policy p = policy.inForce(today);
        Map<Long, List<AttentionDue>> byCounselor = new java.util.LinkedHashMap<>();
        for (AttentionDue d : due(false)) {
            if (d.overdue()) {
                Long c = d.attention().counselorId() != null ? d.attention().counselorId() : d.student().counselorId();
                byCounselor.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Long, List<AttentionDue>> e : byCounselor.entrySet()) {
            List<AttentionDue> list = e.getValue();
            java.util.Set<PolicyKey> used = new java.util.TreeSet<>();
            List<String> items = new ArrayList<>();
            for (AttentionDue d : list) {
                Attention a = d.attention();
                used.add(AttentionRules.key(a.level()));
                long since = ChronoUnit.DAYS.between(d.lastContact() == null ? a.startedOn() : d.lastContact(), today);
                String last = d.lastContact() == null ? m.get("students.finding.noContact", a.startedOn().toString())
                        : d.lastContact().toString();
                items.add(m.get("students.finding.item", d.student().studentNo(), d.student().className(),
                        m.get("students.level." + a.level()), since, d.days(), last));
            }
            AttentionDue first = list.get(0);
            String department = list.stream().map(AttentionDue::department).distinct().count() == 1
                    ? first.department() : null;
            out.add(new Finding(ATTENTION_OVERDUE, Finding.Severity.WARNING, department, e.getKey(),
                    e.getKey() == null ? null : first.counselor(),
                    m.get("finding.ATTENTION_OVERDUE", list.size(), String.join(m.get("students.finding.sep"), items)))
                    .withYear(year).withParams(p.params(used.toArray(PolicyKey[]::new))));
        }
        return out;
    }
}
