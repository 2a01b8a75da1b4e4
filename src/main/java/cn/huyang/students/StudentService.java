package cn.huyang.students;

import cn.huyang.access.Access;
import cn.huyang.access.AccessGuard;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.access.Reach;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.security.TextCipher;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The student list and the students' files [三(一)3(6)]. Reads are filtered by the reach of
 * {@link Operation#STUDENT_FILES}: the college (学工部), the user's department (系部), or a counselor's own
 * students (辅导员: {@code counselor_id} is the account's counselor). Writes ask {@link Operation#STUDENTS_EDIT}
 * for the student's department and counselor (before and after a change); opening a file asks
 * {@link Operation#STUDENT_FILES} and is audited every time ({@link AuditAction#VIEW_FILE}). Phone, parent
 * contact and the file's parts are sealed with the office's text cipher; a withheld cipher refuses.
 */
public class StudentService {
    private final Transactor tx;
    private final StudentRepository repo;
    private final AttentionRepository attentions;
    private final RosterService roster;
    private final Seals seals;
    private final boolean sealing;
    private final Clock clock;
    private final Access access;
    private final StudentContacts contacts;

    public StudentService(Transactor tx, StudentRepository repo, AttentionRepository attentions, RosterService roster,
                          TextCipher cipher, Clock clock, Access access, StudentContacts contacts) {
        this.tx = tx;
        this.repo = repo;
        this.attentions = attentions;
        this.roster = roster;
        this.seals = new Seals(cipher);
        this.sealing = cipher.available();
        this.clock = clock;
        this.access = access;
        this.contacts = contacts;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether this user holds the office's data key (else sealed texts are neither written nor opened). */
    public boolean sealing() {
        return sealing;
    }

    public boolean mayEdit() {
        return access.guard().may(Operation.STUDENTS_EDIT);
    }

    public boolean mayOpenFiles() {
        return access.guard().may(Operation.STUDENT_FILES);
    }

    /** Whether the user may edit this student (its department and counselor). */
    public boolean mayEdit(Student s) {
        return access.guard().may(Operation.STUDENTS_EDIT, s.departmentId(), s.counselorId());
    }

    /** Whether the user reaches this student for reading. */
    boolean sees(Student s) {
        return access.guard().may(Operation.STUDENT_FILES, s.departmentId(), s.counselorId());
    }

    /** The students the user reaches, filtered by class and name (or 学号) containing the texts; no contacts. */
    public List<Student> students(String classPart, String namePart) {
        AccessGuard g = access.guard();
        Reach reach = g.reach(Operation.STUDENT_FILES);
        if (reach == Reach.NONE || reach == Reach.OWN_RECORDS && g.actor().counselorId() == null) {
            return List.of();
        }
        Long dept = reach == Reach.OWN_DEPARTMENT ? g.actor().departmentId() : null;
        if (reach == Reach.OWN_DEPARTMENT && dept == null) {
            return List.of();
        }
        Long counselor = reach == Reach.OWN_RECORDS ? g.actor().counselorId() : null;
        return tx.inTransaction(() -> repo.find(dept, counselor, Text.clean(classPart), Text.clean(namePart)))
                .stream().map(Student::withoutContacts).toList();
    }

    /** The students a counselor is responsible for, as far as the user reaches them (no contacts), by class and name. */
    public List<Student> ofCounselor(long counselorId) {
        return tx.inTransaction(() -> repo.find(null, counselorId, null, null)).stream().filter(this::sees)
                .map(Student::withoutContacts).toList();
    }

    /** Every student (no contacts), for what the program computes over the college; never shown as is. */
    public List<Student> allStudents() {
        return tx.inTransaction(repo::all).stream().map(Student::withoutContacts).toList();
    }

    /** Students by id (no contacts), unfiltered: the caller filters. */
    List<Student> byIds(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : repo.find(ids).stream().map(Student::withoutContacts).toList();
    }

    Optional<Student> stored(long id) {
        return repo.find(id);
    }

    /** The stored student of this 学号 (no contacts), for an import; unfiltered. */
    public Optional<Student> byNumber(String studentNo) {
        return tx.inTransaction(() -> repo.byNumber(studentNo)).map(Student::withoutContacts);
    }

    /** The impossible values of a student (normalized first), for a form. */
    public List<FieldError> check(Student draft) {
        return checker().check(draft);
    }

    /**
     * A check of many students (an import, the demo) against the departments and counselors read once: read
     * for each student, 5,000 students of a 10,000-counselor college read the roster 5,000 times.
     */
    public Checker checker() {
        Set<Long> depts = roster.departments().stream().map(d -> d.id()).collect(Collectors.toSet());
        Set<Long> counselors = roster.counselors().stream().map(Counselor::id).collect(Collectors.toSet());
        return draft -> {
            Student s = StudentValidator.normalize(draft);
            List<FieldError> errors = new ArrayList<>(StudentValidator.check(s, depts, counselors));
            if (errors.isEmpty()) {
                Optional<Student> same = repo.byNumber(s.studentNo());
                if (same.isPresent() && !same.get().id().equals(s.id())) {
                    errors.add(FieldError.of("students.field.studentNo", "validation.duplicate", s.studentNo()));
                }
            }
            return errors;
        };
    }

    /** The impossible values of a student against what was read when the checker was made. */
    @FunctionalInterface
    public interface Checker {
        List<FieldError> check(Student draft);
    }

    /** Saves a new student (id null) or a change at the version read; audited (phone masked, parent contact ***). */
    public Student save(Student draft) {
        Student s = ownCounselor(StudentValidator.normalize(draft));
        access.guard().require(Operation.STUDENTS_EDIT, s.departmentId(), s.counselorId());
        List<FieldError> errors = check(s);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return tx.inTransaction(() -> write(s));
    }

    /**
     * Saves students checked before (an import): each asks {@link Operation#STUDENTS_EDIT} and is checked
     * again; all in the caller's transaction, or one of its own.
     */
    public List<Student> saveAll(List<Student> drafts) {
        return tx.inTransaction(() -> {
            List<Student> out = new ArrayList<>(drafts.size());
            Checker checker = checker();
            for (Student d : drafts) {
                Student s = StudentValidator.normalize(d);
                access.guard().require(Operation.STUDENTS_EDIT, s.departmentId(), s.counselorId());
                List<FieldError> errors = checker.check(s);
                if (!errors.isEmpty()) {
                    throw new ValidationException(errors);
                }
                out.add(write(s));
            }
            return out;
        });
    }

    /** Writes a checked student inside the caller's transaction (the import's). */
    Student write(Student s) {
        LocalDateTime now = now();
        if (s.id() == null) {
            long id = repo.insert(s, now);
            Student stored = s.withId(id, 0);
            Student sealed = seals.sealContacts(stored);
            repo.setSealed(id, sealed.phone(), sealed.parentContact());
            access.audit().changed("student", id, null, stored.forAudit());
            return stored;
        }
        Student before = repo.find(s.id()).orElse(null);
        if (before != null) {
            access.guard().require(Operation.STUDENTS_EDIT, before.departmentId(), before.counselorId());
        }
        if (before == null || !repo.update(seals.sealContacts(s), now)) {
            throw access.audit().stale("student", s.id(), before == null ? null : before.withoutContacts(),
                    before == null);
        }
        Student opened = seals.openContacts(before);
        Student after = s.withId(s.id(), s.version() + 1);
        access.audit().changed("student", s.id(), opened.forAudit(), after.forAudit());
        return after;
    }

    /** A counselor's account entering a student without a counselor: the student is the account's own. */
    private Student ownCounselor(Student s) {
        Long own = access.guard().ownCounselor(Operation.STUDENTS_EDIT);
        return s.counselorId() != null || own == null ? s : new Student(s.id(), s.studentNo(), s.name(), s.gender(),
                s.ethnicity(), s.className(), s.departmentId(), s.dormitory(), s.phone(), s.parentContact(), own,
                s.version());
    }

    /**
     * Opens a student's file: the student with phone and parent contact, the six parts, the attention
     * records and the contact timeline. Asks {@link Operation#STUDENT_FILES}; every opening is an audit row.
     */
    public StudentFile openFile(long studentId) {
        return tx.inTransaction(() -> {
            Student s = repo.find(studentId).orElseThrow(() -> new java.util.NoSuchElementException("student"));
            access.guard().require(Operation.STUDENT_FILES, s.departmentId(), s.counselorId());
            Map<FilePart, FileSection> stored = new EnumMap<>(FilePart.class);
            for (FileSection f : repo.sections(studentId)) {
                stored.put(f.part(), new FileSection(f.part(), seals.open(Seals.PART, "body",
                        Seals.partId(studentId, f.part()), f.body()), f.updatedAt(), f.updatedBy(), f.version()));
            }
            List<FileSection> sections = new ArrayList<>();
            for (FilePart p : FilePart.values()) {
                sections.add(stored.getOrDefault(p, new FileSection(p, null, null, null, 0)));
            }
            List<Attention> atts = attentions.forStudent(studentId).stream().map(seals::openTexts).toList();
            Student opened = seals.openContacts(s);
            access.audit().record(AuditAction.VIEW_FILE, "student", studentId, Map.of("studentNo", s.studentNo()));
            String counselor = s.counselorId() == null ? null
                    : roster.counselor(s.counselorId()).map(Counselor::name).orElse(null);
            return new StudentFile(opened, roster.departmentNames().get(s.departmentId()), counselor, sections, atts,
                    contacts.contacts(studentId));
        });
    }

    /** Writes one part of a student's file (version 0: the first time); audited without its text. */
    public FileSection saveSection(long studentId, FilePart part, String body, int version) {
        Student s = repo.find(studentId).orElseThrow(() -> new java.util.NoSuchElementException("student"));
        access.guard().require(Operation.STUDENTS_EDIT, s.departmentId(), s.counselorId());
        String text = body == null || body.isBlank() ? null : body.strip();
        List<FieldError> errors = StudentValidator.section(text);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String id = Seals.partId(studentId, part);
        String by = access.guard().actor().displayName();
        return tx.inTransaction(() -> {
            LocalDateTime now = now();
            String sealed = seals.seal(Seals.PART, "body", id, text);
            boolean ok = version == 0 ? repo.insertSection(studentId, part, sealed, now, by)
                    : repo.updateSection(studentId, part, sealed, now, by, version);
            if (!ok) {
                throw access.audit().stale(Seals.PART, id, null, false);
            }
            access.audit().record(version == 0 ? AuditAction.CREATE : AuditAction.UPDATE, Seals.PART, id,
                    Map.of("part", part.name(), "chars", text == null ? 0 : text.length()));
            return new FileSection(part, text, now, by, version + 1);
        });
    }
}
