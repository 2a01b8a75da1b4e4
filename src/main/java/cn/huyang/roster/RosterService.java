package cn.huyang.roster;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.IdNumber;
import cn.huyang.common.PhoneNumber;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.PolicyService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The roster's operations: every write validated and run in one transaction; every read one query.
 * Other features read the roster through this service.
 */
public class RosterService implements FindingSource {
    private final Transactor tx;
    private final DepartmentRepository departments;
    private final CounselorRepository counselors;
    private final RosterEventRepository events;
    private final RosterRules rules;
    private final PolicyService policy;
    private final Messages messages;
    private final Clock clock;
    private final Access access;
    private final RosterSteps steps;
    private final DepartmentSteps departmentSteps;
    private final RosterSnapshot snapshot;

    public RosterService(Transactor tx, DepartmentRepository departments, CounselorRepository counselors,
                         RosterEventRepository events, PolicyService policy, Messages messages, Clock clock,
                         Access access) {
        this.tx = tx;
        this.access = access;
        this.steps = new RosterSteps(tx, counselors, events, messages, access, this::today);
        this.departmentSteps = new DepartmentSteps(tx, departments, access);
        this.snapshot = new RosterSnapshot(access);
        this.policy = policy;
        this.departments = departments;
        this.counselors = counselors;
        this.events = events;
        this.messages = messages;
        this.rules = new RosterRules(messages);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- departments ----------------------------------------------------------------------

    public List<Department> departments() {
        return departments.findAll();
    }

    /**
     * Creates or updates a department; code and name are required and unique. An update is refused
     * ({@link cn.huyang.common.StaleRecordException}) when someone changed the department since it was read.
     *
     * @return the department as stored, at its new version
     */
    public Department saveDepartment(Department d) {
        return departmentSteps.save(d);
    }

    public Map<Long, Integer> enrolment(int year) {
        return departments.enrolment(year);
    }

    public void setEnrolment(long departmentId, int year, int students) {
        if (students < 0) {
            throw new ValidationException(FieldError.of("field.students", "validation.notNegative"));
        }
        if (year < 1950 || year > 2200) {
            throw new ValidationException(FieldError.of("field.year", "validation.year"));
        }
        access.guard().require(Operation.DEPARTMENTS_EDIT);
        tx.inTransaction(() -> {
            Integer before = departments.enrolment(year).get(departmentId);
            departments.setEnrolment(departmentId, year, students);
            access.audit().record(AuditAction.UPDATE, "enrolment", departmentId + "/" + year,
                    java.util.Map.of("students", List.of(before == null ? "" : before.toString(),
                            Integer.toString(students))));
        });
    }

    // ---- counselors -----------------------------------------------------------------------

    /** Every counselor, for what is computed over the whole college (ratios, quotas): show a user {@link #roster()}. */
    public List<Counselor> counselors() {
        return snapshot.counselors(counselors::findAll);
    }

    /**
     * The counselors the user working now may see — a department's user their department's —
     * with ID and phone numbers masked for a role that may not see them whole.
     */
    public List<Counselor> roster() {
        return visible(counselors.findAll());
    }

    /** Of these counselors, those the user may see, masked where the user may not see full numbers. */
    public List<Counselor> visible(List<Counselor> all) {
        var guard = access.guard();
        List<Counselor> out = new ArrayList<>(all.size());
        for (Counselor c : all) {
            if (guard.sees(c.departmentId())) {
                out.add(guard.seesFullId(c.departmentId()) ? c : masked(c));
            }
        }
        return out;
    }

    private static Counselor masked(Counselor c) {
        return c.withIdentity(IdNumber.mask(c.idNumber()), c.gender(), c.birthDate()).withPhone(c.phone() == null ? null : PhoneNumber.mask(c.phone()));
    }

    /**
     * A counselor's record opened in the form (个人档案): its history. Refused for a counselor of
     * another department; a full ID number shown to the user is recorded in the audit log.
     */
    public List<RosterEvent> recordOpened(long id) {
        Counselor c = counselors.find(id).orElseThrow();
        access.guard().require(Operation.READ, c.departmentId());
        if (access.guard().seesFullId(c.departmentId())) {
            access.audit().record(AuditAction.VIEW_FULL_ID, "counselor", id, (String) null);
        }
        return events.history(id);
    }

    /** Some counselors: a few read by key, many taken from the kept roster (other features' findings). */
    public List<Counselor> counselors(java.util.Collection<Long> ids) {
        return counselors.findByIds(ids, this::counselors);
    }

    public Optional<Counselor> counselor(long id) {
        return counselors.find(id);
    }

    public List<RosterEvent> history(long counselorId) {
        return events.history(counselorId);
    }

    /** Checks a draft without storing it: the normalized draft, or the refusals. */
    public Counselor check(Counselor draft) {
        LocalDate today = today();
        Counselor c = CounselorValidator.normalize(draft, today);
        List<FieldError> errors = CounselorValidator.validate(c, today);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return c;
    }

    /** Registers a new counselor on entry (入职注册): stored in post with a registration dated {@code date}. */
    public Counselor register(Counselor draft, LocalDate date) {
        return register(draft, date, null);
    }

    /**
     * Registers a new counselor on entry with a note on the registration (e.g. the selection round that
     * hired them): checked, asked of the guard and audited as {@link #register(Counselor, LocalDate)}.
     */
    public Counselor register(Counselor draft, LocalDate date, String note) {
        Counselor c = check(draft.withStatus(CounselorStatus.ACTIVE));
        String reason = cn.huyang.common.Text.clean(note);
        if (reason != null && reason.length() > 500) {
            throw new ValidationException(FieldError.of("field.reason", "validation.tooLong", 500));
        }
        LocalDate on = date != null ? date : (c.entryDate() != null ? c.entryDate() : today());
        checkEventDate(on, null);
        access.guard().require(Operation.ROSTER_EDIT, c.departmentId());
        return tx.inTransaction(() -> {
            uniqueIdNumber(c.idNumber(), null);
            long id = counselors.insert(c);
            events.insert(id, RosterEventKind.REGISTER, on, reason);
            access.audit().changed("counselor", id, null, c.withId(id));
            return c.withId(id);
        });
    }

    /**
     * Registers many new counselors at once (a bulk import), each checked as {@link #register} checks
     * it and registered on its entry date (today when it has none), with batched inserts. Refused as a
     * whole when any is refused or an ID number is already on the roster or given twice. Runs inside
     * the caller's transaction when there is one.
     */
    public List<Counselor> registerAll(List<Counselor> drafts) {
        List<Counselor> checked = new ArrayList<>(drafts.size());
        for (Counselor d : drafts) {
            Counselor c = check(d.withStatus(CounselorStatus.ACTIVE));
            checkEventDate(c.entryDate() != null ? c.entryDate() : today(), null);
            checked.add(c);
        }
        access.guard().requireAll(Operation.ROSTER_EDIT,
                checked.stream().map(Counselor::departmentId).collect(Collectors.toSet()));
        return tx.inTransaction(() -> {
            Set<String> taken = new java.util.HashSet<>(counselors.idNumbers());
            for (Counselor c : checked) {
                if (!taken.add(c.idNumber())) {
                    uniqueIdNumber(c.idNumber(), null);
                    throw new ValidationException(FieldError.of("field.idNumber", "validation.duplicate",
                            c.idNumber()));
                }
            }
            Map<String, Long> ids = counselors.insertAll(checked);
            Map<Long, LocalDate> dates = new java.util.LinkedHashMap<>();
            List<Counselor> stored = new ArrayList<>(checked.size());
            for (Counselor c : checked) {
                long id = ids.get(c.idNumber());
                dates.put(id, c.entryDate() != null ? c.entryDate() : today());
                stored.add(c.withId(id));
            }
            events.insertRegistrations(dates);
            if (!stored.isEmpty()) {
                access.audit().record(AuditAction.IMPORT, "counselor", null, java.util.Map.of("registered",
                        stored.size(), "firstId", stored.get(0).id(), "lastId", stored.get(stored.size() - 1).id()));
            }
            return stored;
        });
    }

    /**
     * Saves the fields of a stored counselor; the status stays as the history has it. The draft's
     * version is the one it was read at: when someone else saved the counselor since, nothing is
     * stored and a {@link cn.huyang.common.StaleRecordException} says who and when, with the stored
     * counselor (to save over it, save the draft again at that counselor's version).
     *
     * @return the counselor as stored, at its new version
     */
    public Counselor update(Counselor draft) {
        if (draft.id() == null) {
            throw new IllegalArgumentException("update needs a stored counselor");
        }
        Counselor c = check(draft);
        return tx.inTransaction(() -> {
            Counselor stored = counselors.find(c.id()).orElseThrow();
            access.guard().require(Operation.ROSTER_EDIT, stored.departmentId());
            access.guard().require(Operation.ROSTER_EDIT, c.departmentId());
            if (stored.version() != c.version()) {
                throw stale(stored);
            }
            uniqueIdNumber(c.idNumber(), c.id());
            Counselor kept = c.withStatus(stored.status());
            if (!counselors.update(kept)) {
                throw stale(counselors.find(c.id()).orElseThrow());
            }
            access.audit().changed("counselor", c.id(), stored, kept);
            return kept.withVersion(c.version() + 1);
        });
    }

    /** The refusal of a save over a counselor someone else changed: the stored one, masked as the user sees it. */
    private RuntimeException stale(Counselor now) {
        return access.audit().stale("counselor", now.id(), visible(List.of(now)).stream().findFirst().orElse(null),
                false);
    }

    public void leave(long id, LocalDate date, String reason) {
        change(id, RosterEventKind.LEAVE, date, reason, Set.of(CounselorStatus.ACTIVE), CounselorStatus.ON_LEAVE);
    }

    public void returnToPost(long id, LocalDate date) {
        change(id, RosterEventKind.RETURN, date, null, Set.of(CounselorStatus.ON_LEAVE), CounselorStatus.ACTIVE);
    }

    /** Deregisters on leaving (离职注销); the reason is required. */
    public void deregister(long id, LocalDate date, String reason) {
        change(id, RosterEventKind.DEREGISTER, date, reason,
                Set.of(CounselorStatus.ACTIVE, CounselorStatus.ON_LEAVE), CounselorStatus.DEREGISTERED);
    }

    /** Registers again someone who had left (再次入职). */
    public void reregister(long id, LocalDate date) {
        change(id, RosterEventKind.REGISTER, date, null, Set.of(CounselorStatus.DEREGISTERED), CounselorStatus.ACTIVE);
    }

    private void checkEventDate(LocalDate date, LocalDate notBefore) {
        RosterSteps.checkEventDate(date, notBefore, today());
    }

    private void change(long id, RosterEventKind kind, LocalDate date, String rawReason,
                        Set<CounselorStatus> from, CounselorStatus to) {
        steps.change(id, kind, date, rawReason, from, to);
    }

    private void uniqueIdNumber(String idNumber, Long exceptId) {
        counselors.findByIdNumber(idNumber)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw new ValidationException(FieldError.of("field.idNumber", "validation.id.duplicate",
                            other.name()));
                });
    }

    // ---- staffing ratio and findings ------------------------------------------------------

    /** The staffing table of a year, by the ratio and part-time weight in force on its 31 December. */
    public StaffingRatio staffingRatio(int year) {
        return StaffingTable.of(year, today(), policy.forYear(year), departments, events,
                messages.get("ratio.college"));
    }

    /**
     * The staffing table as it stood on a day (a half-year's last day; today when that is still to come),
     * by the parameters in force on its year's 31 December: the team report's way.
     */
    public StaffingRatio staffingRatioOn(LocalDate on) {
        LocalDate day = on.isAfter(today()) ? today() : on;
        return StaffingTable.of(day.getYear(), day, policy.forYear(day.getYear()), departments, events,
                messages.get("ratio.college"));
    }

    /** The counselors in post on a day. */
    public Set<Long> idsInPostOn(LocalDate on) {
        return events.idsInPostOn(on);
    }

    /** The counselors on the roster of a year: in post on its reference day (the year's last day, or today). */
    public Set<Long> idsInPost(int year) {
        return events.idsInPostOn(StaffingRatio.referenceDate(year, today()));
    }

    @Override
    public java.util.Set<String> codes() {
        return java.util.Set.of(RosterRules.BASIC_EDUCATION, RosterRules.BASIC_PARTY, RosterRules.EMPLOYMENT_FORM,
                RosterRules.STAFFING_RATIO);
    }

    /** Every roster finding of a year: the counselors in post on its reference day, and the ratio. */
    @Override
    public List<Finding> findings(int year, Set<String> wanted) {
        if (!wanted.contains(RosterRules.BASIC_EDUCATION) && !wanted.contains(RosterRules.BASIC_PARTY)
                && !wanted.contains(RosterRules.EMPLOYMENT_FORM)) {
            return wanted.contains(RosterRules.STAFFING_RATIO) ? rules.findings(staffingRatio(year)) : List.of();
        }
        return FindingSource.super.findings(year, wanted);
    }

    @Override
    public List<Finding> findings(int year) {
        LocalDate on = StaffingRatio.referenceDate(year, today());
        Set<Long> inPost = events.idsInPostOn(on);
        Map<Long, String> names = departmentNames();
        List<Finding> out = new ArrayList<>(rules.findings(staffingRatio(year)));
        counselors.findAll().stream()
                .filter(c -> inPost.contains(c.id()))
                .sorted(Comparator.comparing(Counselor::departmentId).thenComparing(Counselor::id))
                .forEach(c -> out.addAll(rules.findings(c.withStatus(CounselorStatus.ACTIVE),
                        names.get(c.departmentId()))));
        return out;
    }

    /** Findings on one counselor as the roster shows them today. */
    public List<Finding> findings(Counselor c, String department) {
        return rules.findings(c, department);
    }

    /**
     * The counselors on the roster in post at some time in a year, with true for a partial year
     * (joined, left, went on leave or came back during it).
     */
    public Map<Long, Boolean> servedIn(int year) {
        return events.inPostDuring(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The roster histories of the given counselors (of everyone when {@code ids} is null). */
    public Map<Long, List<RosterEvent>> histories(java.util.Collection<Long> ids) {
        return ids == null ? snapshot.histories(() -> events.histories(null)) : events.histories(ids);
    }

    public Map<Long, String> departmentNames() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::id, Department::name));
    }

    public Map<Long, Department> departmentsById() {
        return departments.findAll().stream().collect(Collectors.toMap(Department::id, Function.identity()));
    }

    public boolean isEmpty() {
        return counselors.count() == 0 && departments.count() == 0;
    }
}
