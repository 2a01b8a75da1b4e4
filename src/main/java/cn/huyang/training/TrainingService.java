package cn.huyang.training;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.common.SameNames;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterHistory;
import cn.huyang.roster.RosterService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training ledger (培训台账) and its rules [三(三)4]: sessions entered once for many attendees,
 * the ledger a page at a time, each full-time counselor's compliance in a year, the budget, and the
 * findings {@code TRAINING_HOURS}, {@code TRAINING_HIGHER_LEVEL} and {@code TRAINING_OUTSIDE_SERVICE}.
 * Reads the roster through {@link RosterService}.
 */
public class TrainingService implements FindingSource, CounselorFindingSource {
    private final Transactor tx;
    private final TrainingRepository repo;
    private final TrainingLedgerRepository ledger;
    private final TrainingComplianceRepository facts;
    private final TrainingBudgetRepository budget;
    private final RosterService roster;
    private final PolicyService policy;
    private final Messages messages;
    private final Clock clock;
    private final Access access;
    private final TrainingDeletes deletes;

    public TrainingService(Transactor tx, TrainingRepository repo, TrainingLedgerRepository ledger,
                           TrainingComplianceRepository facts, TrainingBudgetRepository budget, RosterService roster,
                           PolicyService policy, Messages messages, Clock clock, Access access) {
        this.access = access;
        this.policy = policy;
        this.tx = tx;
        this.repo = repo;
        this.ledger = ledger;
        this.facts = facts;
        this.budget = budget;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
        this.deletes = new TrainingDeletes(tx, repo, access, this::departmentsOf, this::refreshSummary);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public RosterService roster() {
        return roster;
    }

    // ---- writes ---------------------------------------------------------------------------

    /** Checks a draft without storing it: the normalized draft, or every refusal. */
    public TrainingSession check(TrainingSession draft) {
        TrainingSession s = TrainingValidator.normalize(draft);
        List<FieldError> errors = new ArrayList<>(TrainingValidator.validateDetails(s, today()));
        errors.addAll(TrainingValidator.validateAttendees(s, this::nameOf));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return s;
    }

    /**
     * Stores a new session with its attendees, or a stored one with its changes: attendees added,
     * changed and removed. One transaction. Attendees off the roster on its dates are stored and named.
     * A department's user saves only sessions whose attendees, before and after, are all its own.
     */
    public SaveResult save(TrainingSession draft) {
        TrainingSession s = check(draft);
        access.guard().requireAll(Operation.TRAINING_EDIT, departmentsOf(s));
        TrainingSession stored = tx.inTransaction(() -> {
            uniqueCertificates(s);
            if (s.id() == null) {
                long id = repo.insertSession(s);
                repo.insertRecords(s.withId(id), s.attendees());
                repo.refreshTotals(id);
                refreshSummary(null, s);
                TrainingSession created = repo.findSession(id).orElseThrow();
                access.audit().changed("training", id, null, created);
                return created;
            }
            TrainingSession before = repo.findSession(s.id()).orElseThrow(() ->
                    access.audit().stale("training", s.id(), null, true));
            access.guard().requireAll(Operation.TRAINING_EDIT, departmentsOf(before));
            if (before.version() != s.version()) {
                throw access.audit().stale("training", s.id(), before, false);
            }
            TrainingSession after = saveChanges(s, before);
            refreshSummary(before, after);
            access.audit().changed("training", s.id(), before, after);
            return after;
        });
        return new SaveResult(stored, outsideService(stored));
    }

    /** The yearly summary of everyone in the session before and after, in its years before and after. */
    private void refreshSummary(TrainingSession before, TrainingSession after) {
        Set<Long> who = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (TrainingSession s : new TrainingSession[]{before, after}) {
            if (s != null) {
                s.attendees().forEach(a -> who.add(a.counselorId()));
                years.add(s.startDate().getYear());
            }
        }
        repo.refreshSummary(who, years);
    }

    /** A stored session's changes: its details, attendees updated, removed and added. */
    private TrainingSession saveChanges(TrainingSession s, TrainingSession before) {
        if (!repo.updateSession(s)) {
            throw access.audit().stale("training", s.id(), repo.findSession(s.id()).orElse(null),
                    repo.findSession(s.id()).isEmpty());
        }
        Set<Long> kept = new HashSet<>();
        List<TrainingSession.Attendee> added = new ArrayList<>();
        Map<Long, Long> storedByCounselor = before.attendees().stream().collect(Collectors.toMap(
                TrainingSession.Attendee::counselorId, TrainingSession.Attendee::recordId));
        for (TrainingSession.Attendee a : s.attendees()) {
            Long recordId = a.recordId() != null ? a.recordId() : storedByCounselor.get(a.counselorId());
            if (recordId != null) {
                kept.add(recordId);
                repo.updateRecord(new TrainingSession.Attendee(recordId, a.counselorId(), a.hours(),
                        a.certificateNo(), a.note()), s.hours());
            } else {
                added.add(a);
            }
        }
        repo.deleteRecords(before.attendees().stream().map(TrainingSession.Attendee::recordId)
                .filter(id -> !kept.contains(id)).toList());
        repo.insertRecords(s, added);
        repo.refreshTotals(s.id());
        return repo.findSession(s.id()).orElseThrow();
    }

    private void uniqueCertificates(TrainingSession s) {
        Map<String, TrainingSession.Attendee> byNumber = new HashMap<>();
        s.attendees().stream().filter(a -> a.certificateNo() != null).forEach(a -> byNumber.put(a.certificateNo(), a));
        Map<String, String> taken = repo.certificatesTaken(s.course(), byNumber.keySet(), s.id());
        if (!taken.isEmpty()) {
            List<FieldError> errors = taken.entrySet().stream()
                    .map(e -> FieldError.of("field.attendee.certificateNo", "validation.certificate.taken", e.getKey(),
                            e.getValue()).about(nameOf(byNumber.get(e.getKey()).counselorId())))
                    .toList();
            throw new ValidationException(errors);
        }
    }

    private List<String> outsideService(TrainingSession s) {
        Map<Long, List<RosterEvent>> histories = roster.histories(
                s.attendees().stream().map(TrainingSession.Attendee::counselorId).toList());
        return s.attendees().stream()
                .filter(a -> !RosterHistory.onRosterThroughout(histories.getOrDefault(a.counselorId(), List.of()),
                        s.startDate(), s.endDate()))
                .map(a -> nameOf(a.counselorId()))
                .toList();
    }

    /** The departments of a session's attendees (a department's user may touch only its own). */
    private Set<Long> departmentsOf(TrainingSession s) {
        Set<Long> out = new HashSet<>();
        roster.counselors(s.attendees().stream().map(TrainingSession.Attendee::counselorId).toList())
                .forEach(c -> out.add(c.departmentId()));
        return out;
    }

    /** Deletes a session with every record of it. */
    public void deleteSession(long sessionId) {
        deletes.deleteSession(sessionId, null);
    }

    /** Deletes a session read at {@code version} (null: as stored now); see {@link TrainingDeletes}. */
    public void deleteSession(long sessionId, Integer version) {
        deletes.deleteSession(sessionId, version);
    }

    /** Deletes one record; a session left without attendees goes with it. */
    public void deleteRecord(long recordId) {
        deletes.deleteRecord(recordId, null);
    }

    /** Deletes one record read at {@code version} (null: as stored now); see {@link TrainingDeletes}. */
    public void deleteRecord(long recordId, Integer version) {
        deletes.deleteRecord(recordId, version);
    }

    public Optional<TrainingSession> session(long sessionId) {
        return repo.findSession(sessionId);
    }

    private String nameOf(long counselorId) {
        return roster.counselor(counselorId).map(Counselor::name).orElse("#" + counselorId);
    }

    // ---- reads ----------------------------------------------------------------------------

    /**
     * One page of the ledger with its totals; rows of counselors off the roster on the dates are marked.
     * A department's user reads its own department's rows only, whatever the filter asks.
     */
    public LedgerPage page(LedgerFilter asked, LedgerSort sort, int offset, int limit) {
        Long scope = access.guard().readScope();
        LedgerFilter filter = scope == null ? asked : new LedgerFilter(asked.year(), asked.level(), asked.category(),
                scope, asked.counselor(), asked.search());
        LedgerPage page = ledger.page(filter, sort, offset, limit);
        Map<Long, List<RosterEvent>> histories = roster.histories(
                page.rows().stream().map(LedgerRow::counselorId).distinct().toList());
        Map<Long, String> tails = page.rows().isEmpty() ? Map.of() : namesakes(roster.counselors());
        List<LedgerRow> rows = page.rows().stream()
                .map(r -> r.marked(!RosterHistory.onRosterThroughout(
                        histories.getOrDefault(r.counselorId(), List.of()), r.startDate(), r.endDate()),
                        tails.get(r.counselorId())))
                .toList();
        return new LedgerPage(rows, page.offset(), page.total(), page.hours(), page.cost());
    }

    public int countRecords() {
        return repo.countRecords();
    }

    /**
     * Every full-time counselor on the roster in a year, with the year's school-level hours, the
     * latest higher-level training and the pre-service training of a first year. A few aggregate
     * queries, whatever the number of counselors. A department's user reads its own department's rows.
     */
    public List<ComplianceRow> compliance(int year) {
        List<ComplianceRow> rows = new ArrayList<>(complianceOfAll(year));
        rows.removeIf(r -> !access.guard().sees(r.departmentId()));
        return rows;
    }

    /** Every counselor's compliance, whoever asks: for the findings, which the register shows filtered. */
    private List<ComplianceRow> complianceOfAll(int year) {
        List<Counselor> all = roster.counselors();
        Map<Long, String> tails = namesakes(all);
        List<ComplianceRow> rows = judge(year, all);
        rows.replaceAll(r -> r.withIdTail(tails.get(r.counselorId())));
        return ComplianceOrder.sorted(rows, roster.departmentsById());
    }

    /** The last four of the ID numbers of counselors whose name another on the roster (or once on it) has. */
    private static Map<Long, String> namesakes(List<Counselor> all) {
        return SameNames.tails(all, Counselor::id, Counselor::name, Counselor::idNumber);
    }

    /** The compliance of some counselors only (those applying for a title), in no particular order. */
    public List<ComplianceRow> compliance(int year, Collection<Long> counselorIds) {
        return judge(year, roster.counselors(counselorIds));
    }

    /** The parameters a year's compliance is judged by: those in force on its 31 December. */
    public Policy policy(int year) {
        return policy.forYear(year);
    }

    private List<ComplianceRow> judge(int year, List<Counselor> counselors) {
        Policy rules = policy.forYear(year);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<Long, Boolean> served = roster.servedIn(year);
        Map<Long, BigDecimal> hours = facts.schoolHours(year);
        Map<Long, LocalDate> higher = facts.lastHigher(year);
        Set<Long> preService = facts.preService(from.minusYears(1), to);
        Map<Long, String> departments = roster.departmentNames();
        List<ComplianceRow> rows = new ArrayList<>(counselors.size());
        for (Counselor c : counselors) {
            Boolean partial = served.get(c.id());
            if (partial == null || !c.isFullTime()) {
                continue;
            }
            rows.add(ComplianceRules.judge(year, new ComplianceRules.Facts(c.id(), c.name(), c.departmentId(),
                    departments.get(c.departmentId()), c.entryDate(), partial, hours.get(c.id()), higher.get(c.id()),
                    preService.contains(c.id())), rules));
        }
        return rows;
    }

    /** Every counselor's class hours of training in a year, all levels together (for the appraisal forms). */
    public Map<Long, BigDecimal> hoursByCounselor(int year) {
        return facts.allHours(year);
    }

    public Budget budget(int year) {
        return new Budget(year, budget.budgetByLevel(year), budget.budgetByDepartment(year));
    }

    // ---- findings -------------------------------------------------------------------------

    @Override
    public java.util.Set<String> codes() {
        return java.util.Set.of("TRAINING_HOURS", "TRAINING_HIGHER_LEVEL", "TRAINING_OUTSIDE_SERVICE");
    }

    /** A year's training findings: hours, higher level, and records of counselors off the roster. */
    @Override
    public List<Finding> findings(int year) {
        return findings(year, codes());
    }

    /** Compliance only when its codes are asked for; the records off the roster only when theirs is. */
    @Override
    public List<Finding> findings(int year, Set<String> wanted) {
        List<Finding> out = new ArrayList<>();
        if (wanted.contains("TRAINING_HOURS") || wanted.contains("TRAINING_HIGHER_LEVEL")) {
            for (ComplianceRow r : complianceOfAll(year)) {
                ComplianceRules.findings(r, messages).stream().filter(f -> wanted.contains(f.code())).forEach(out::add);
            }
        }
        if (wanted.contains("TRAINING_OUTSIDE_SERVICE")) {
            out.addAll(outsideServiceFindings(year));
        }
        return out;
    }

    /**
     * The year's records of counselors not on the roster throughout their training. Only a counselor trained
     * in the year (the yearly summary says who) and not on the roster from its first day to the end of its
     * last training can have one: only their records are read (10,548 of 128,299 at 10,000 counselors).
     */
    private List<Finding> outsideServiceFindings(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate lastEnd = facts.lastEnd(from, to);
        if (lastEnd == null) {
            return List.of();
        }
        Map<Long, List<RosterEvent>> histories = roster.histories(null);
        Map<Long, Counselor> counselors = roster.counselors().stream()
                .collect(Collectors.toMap(Counselor::id, Function.identity()));
        Set<Long> trained = facts.trainedIn(year);
        List<Long> unsure = counselors.keySet().stream().filter(id -> trained.contains(id)
                && !RosterHistory.onRosterThroughout(histories.getOrDefault(id, List.of()), from, lastEnd)).toList();
        List<TrainingComplianceRepository.RecordSpan> spans = facts.spans(from, to, unsure);
        Map<Long, String> departments = roster.departmentNames();
        List<Finding> out = new ArrayList<>();
        for (TrainingComplianceRepository.RecordSpan s : spans) {
            if (!RosterHistory.onRosterThroughout(histories.getOrDefault(s.counselorId(), List.of()), s.start(),
                    s.end())) {
                Counselor c = counselors.get(s.counselorId());
                out.add(new Finding("TRAINING_OUTSIDE_SERVICE", Finding.Severity.WARNING,
                        c == null ? null : departments.get(c.departmentId()), s.counselorId(),
                        c == null ? null : c.name(),
                        messages.get("finding.TRAINING_OUTSIDE_SERVICE", s.course(), s.start().toString(),
                                s.end().toString())).withYear(year));
            }
        }
        return out;
    }

    /** On the roster rows: the hours and higher-level findings of the last finished year. */
    @Override
    public Map<Long, List<Finding>> findingsByCounselor(LocalDate today) {
        Map<Long, List<Finding>> out = new HashMap<>();
        for (ComplianceRow r : complianceOfAll(today.getYear() - 1)) {
            List<Finding> fs = ComplianceRules.findings(r, messages);
            if (!fs.isEmpty()) {
                out.put(r.counselorId(), fs);
            }
        }
        return out;
    }
}
