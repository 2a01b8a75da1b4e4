package cn.huyang.findings;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.common.ConfirmedYears;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.common.OpenFindings;
import cn.huyang.common.Parts;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.RosterService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The findings of a year from every feature's rules (合规提示), each with where it stands, and the
 * decisions that close them. A finding that calls for action and was judged in a confirmed year
 * stays in every later year's list until a decision is recorded — as long as its counselor is still
 * on the roster (a rolling one only from its latest year). Decisions are rows added, never changed:
 * reopening adds one too.
 */
public class FindingRegister implements OpenFindings {
    /** The findings that wait for a decision across years. */
    static final Set<String> CARRIED = Set.of(DecisionKind.INCOMPETENT_ADJUST, DecisionKind.TWO_YEARS_INCOMPETENT,
            DecisionKind.INCOMPETENT_REFUSED, "TRAINING_HOURS", "TRAINING_HIGHER_LEVEL", "STAFFING_RATIO");
    /**
     * Findings that judge a standing state over a window (no national or regional training in three
     * years, the college's ratio): only the latest year's is shown, an earlier one is carried only when
     * no later year has it.
     */
    static final Set<String> ROLLING = Set.of("TRAINING_HIGHER_LEVEL", "STAFFING_RATIO");
    /** How the audit log names a decision or a reopening. */
    static final String ENTITY = "finding";

    private final List<FindingSource> sources;
    private final ConfirmedYears confirmed;
    private final DecisionRepository decisions;
    private final Transactor tx;
    private final RosterService roster;
    private final Messages messages;
    private final Clock clock;
    private final Access access;
    private final RegisterMemo memo;
    private final CountAhead ahead = new CountAhead(this::findings, CountAhead.DELAY);

    public FindingRegister(List<FindingSource> sources, ConfirmedYears confirmed, DecisionRepository decisions,
                           Transactor tx, RosterService roster, Messages messages, Clock clock, Access access) {
        this.access = access;
        this.sources = List.copyOf(sources);
        this.confirmed = confirmed;
        this.decisions = decisions;
        this.tx = tx;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
        this.memo = new RegisterMemo(() -> access.audit().mark(),
                (from, to) -> RulesUntouched.by(access.audit().between(from, to, RulesUntouched.LIMIT)),
                () -> LocalDate.now(clock));
    }

    /**
     * The year's findings in the features' order, then the open ones carried from earlier confirmed
     * years: those the user working now may see (a department's user: its counselors' and its
     * department's; the college's are everyone's).
     */
    public List<TrackedFinding> findings(int year) {
        // inside a transaction or a step recorded as one row (the demo data, an import) the mark does
        // not move with the thread's own changes: the rules run again
        boolean mayKeep = !Transactor.active() && !access.audit().quiet();
        return visible(mayKeep ? memo.get(year, y -> count(y, true), this::judge) : judge(count(year, false)));
    }

    /**
     * The year's register counted in the background in a moment and kept (a later call before then
     * replaces this one): 概览 or 合规提示 opened after a change then find it counted.
     */
    public void countAhead(int year) {
        ahead.request(year);
    }

    /** True when the year's register is counted and kept for the data as they stand now (nothing to wait for). */
    public boolean isCounted(int year) {
        return memo.holds(year);
    }

    /** Of these findings, those the user working now may see. */
    public List<TrackedFinding> visible(List<TrackedFinding> all) {
        Long scope = access.guard().readScope();
        if (scope == null) {
            return all;
        }
        Map<Long, Long> departmentOf = new java.util.HashMap<>();
        roster.counselors().forEach(c -> departmentOf.put(c.id(), c.departmentId()));
        String ownName = roster.departmentNames().get(scope);
        return all.stream().filter(t -> {
            Finding f = t.finding();
            if (f.counselorId() != null) {
                return access.guard().sees(departmentOf.get(f.counselorId()));
            }
            return f.department() == null || f.department().equals(ownName);
        }).toList();
    }

    /**
     * Every feature's rules for the year, and those carrying findings for each earlier confirmed year;
     * counted side by side unless the thread is in a transaction (its own writes are not seen elsewhere).
     */
    private CountedYear count(int year, boolean sideBySide) {
        List<Integer> earlier = confirmed.confirmedYears().stream().filter(y -> y < year)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        List<FindingSource> carrying = sources.stream()
                .filter(s -> s.codes().stream().anyMatch(CARRIED::contains)).toList();
        List<Supplier<List<Finding>>> parts = new ArrayList<>();
        sources.forEach(s -> parts.add(() -> s.findings(year)));
        for (int y : earlier) {
            carrying.forEach(s -> parts.add(() -> s.findings(y, CARRIED)));
        }
        List<List<Finding>> found;
        if (sideBySide) {
            found = Parts.all(parts);
        } else {
            found = new ArrayList<>();
            parts.forEach(p -> found.add(p.get()));
        }
        List<List<List<Finding>>> before = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            int from = sources.size() + i * carrying.size();
            before.add(List.copyOf(found.subList(from, from + carrying.size())));
        }
        Set<Long> onRoster = earlier.isEmpty() ? Set.of() : roster.counselors().stream()
                .filter(c -> c.status() != CounselorStatus.DEREGISTERED).map(Counselor::id)
                .collect(Collectors.toUnmodifiableSet());
        return new CountedYear(List.copyOf(found.subList(0, sources.size())), before, onRoster);
    }

    /** What the rules found, each with where it stands by the decisions recorded now. */
    private List<TrackedFinding> judge(CountedYear counted) {
        Map<FindingKey, FindingEvent> latest = decisions.latest();
        List<TrackedFinding> out = new ArrayList<>();
        Set<FindingKey> seen = new HashSet<>();
        Set<String> rolling = new HashSet<>();
        for (Finding f : judged(counted.year(), latest)) {
            FindingKey key = FindingKey.of(f);
            if (seen.add(key)) {
                out.add(tracked(f, key, latest, false));
                if (ROLLING.contains(f.code())) {
                    rolling.add(subject(f));
                }
            }
        }
        for (List<List<Finding>> earlier : counted.earlier()) {
            for (Finding f : judged(earlier, latest)) {
                boolean stillThere = f.counselorId() == null || counted.onRoster().contains(f.counselorId());
                FindingKey key = FindingKey.of(f);
                if (f.year() == null || !CARRIED.contains(f.code()) || !stillThere || seen.contains(key)
                        || ROLLING.contains(f.code()) && !rolling.add(subject(f))) {
                    continue;
                }
                TrackedFinding t = tracked(f, key, latest, true);
                if (t.open()) {
                    seen.add(key);
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A rolling finding's subject: a later year's judgement of it replaces an earlier one. */
    private static String subject(Finding f) {
        return f.code() + '\u0001' + f.counselorId();
    }

    /** Only those still waiting for a decision. */
    public List<TrackedFinding> open(int year) {
        return findings(year).stream().filter(TrackedFinding::open).toList();
    }

    /** What the sources found, a refusal to adjust turned into its own finding. */
    private List<Finding> judged(List<List<Finding>> found, Map<FindingKey, FindingEvent> latest) {
        List<Finding> out = new ArrayList<>();
        for (List<Finding> fromSource : found) {
            for (Finding f : fromSource) {
                out.add(f);
                if (!f.code().equals(DecisionKind.INCOMPETENT_ADJUST)) {
                    continue;
                }
                FindingEvent e = latest.get(FindingKey.of(f));
                if (e != null && e.decided()
                        && e.decision().kind() == DecisionKind.NOT_ADJUSTED && e.decision().refused()) {
                    out.add(new Finding(DecisionKind.INCOMPETENT_REFUSED, Finding.Severity.WARNING, f.department(),
                            f.counselorId(), f.counselor(), messages.get("finding.INCOMPETENT_REFUSED", f.year()),
                            f.year(), f.params()));
                }
            }
        }
        return out;
    }

    private static TrackedFinding tracked(Finding f, FindingKey key, Map<FindingKey, FindingEvent> latest,
                                          boolean carried) {
        FindingEvent e = latest.get(key);
        boolean decided = e != null && e.decided();
        return new TrackedFinding(f, decided ? FindingStatus.DECIDED : FindingStatus.OPEN, decided ? e : null,
                carried);
    }

    @Override
    public Predicate<Finding> snapshot() {
        Set<FindingKey> decided = decisions.latest().values().stream().filter(FindingEvent::decided)
                .map(FindingEvent::key).collect(Collectors.toSet());
        return f -> !decided.contains(FindingKey.of(f));
    }

    /**
     * Records a decision on an open finding. With {@code deregister} (only for 解除聘用合同) the
     * counselor is deregistered on the decision's date in the same transaction.
     */
    public FindingEvent decide(FindingKey key, Decision decision, boolean deregister) {
        Decision d = DecisionRules.checked(key.code(), decision, LocalDate.now(clock));
        access.guard().require(Operation.FINDINGS_DECIDE);
        return tx.inTransaction(() -> {
            FindingEvent current = decisions.latest().get(key);
            if (current != null && current.decided()) {
                throw new ValidationException(FieldError.of("decision.field.kind", "decision.validation.decided"));
            }
            FindingEvent e = new FindingEvent(0, key, FindingEvent.Type.DECIDED, d, d.date(), d.decidedBy(), null,
                    LocalDateTime.now(clock));
            long id = decisions.insert(e);
            if (deregister && d.kind() == DecisionKind.CONTRACT_ENDED && key.counselorId() != null) {
                roster.deregister(key.counselorId(), d.date(), messages.get("decision.deregisterReason",
                        d.documentNo() == null ? "" : d.documentNo()));
            }
            access.audit().record(AuditAction.DECIDE, ENTITY, id(key), details(d, deregister));
            return new FindingEvent(id, key, e.type(), d, d.date(), d.decidedBy(), null, e.recordedAt());
        });
    }

    /**
     * Records one decision on many open findings at once (e.g. 200 training shortfalls acknowledged
     * with the same plan): all or none — one finding already decided refuses the lot.
     */
    public int decideAll(List<FindingKey> keys, Decision decision) {
        List<Decision> checked = new ArrayList<>(keys.size());
        LocalDate today = LocalDate.now(clock);
        for (FindingKey key : keys) {
            checked.add(DecisionRules.checked(key.code(), decision, today));
        }
        access.guard().require(Operation.FINDINGS_DECIDE);
        return tx.inTransaction(() -> {
            Map<FindingKey, FindingEvent> latest = decisions.latest();
            List<FindingEvent> events = new ArrayList<>(keys.size());
            LocalDateTime now = LocalDateTime.now(clock);
            for (int i = 0; i < keys.size(); i++) {
                FindingEvent current = latest.get(keys.get(i));
                if (current != null && current.decided()) {
                    throw new ValidationException(FieldError.of("decision.field.kind", "decision.validation.decided"));
                }
                Decision d = checked.get(i);
                events.add(new FindingEvent(0, keys.get(i), FindingEvent.Type.DECIDED, d, d.date(), d.decidedBy(),
                        null, now));
            }
            decisions.insertAll(events);
            if (!keys.isEmpty()) {
                Map<String, Object> details = new java.util.LinkedHashMap<>(details(checked.get(0), false));
                details.put("count", keys.size());
                details.put("findings", keys.stream().limit(200).map(FindingRegister::id).toList());
                access.audit().record(AuditAction.DECIDE, ENTITY, null, details);
            }
            return events.size();
        });
    }

    /** Reopens a decided finding: it is open again, and its history keeps the decision and the reason. */
    public FindingEvent reopen(FindingKey key, LocalDate date, String by, String reason) {
        String[] checked = DecisionRules.checkedReopen(date, by, reason, LocalDate.now(clock));
        access.guard().require(Operation.FINDINGS_DECIDE);
        return tx.inTransaction(() -> {
            FindingEvent current = decisions.latest().get(key);
            if (current == null || !current.decided()) {
                throw new ValidationException(FieldError.of("decision.field.reopenReason", "decision.validation.notDecided"));
            }
            FindingEvent e = new FindingEvent(0, key, FindingEvent.Type.REOPENED, null, date, checked[0], checked[1],
                    LocalDateTime.now(clock));
            long id = decisions.insert(e);
            access.audit().record(AuditAction.REOPEN, ENTITY, id(key), Map.of("date", String.valueOf(date),
                    "by", String.valueOf(checked[0]), "reason", String.valueOf(checked[1])));
            return new FindingEvent(id, key, e.type(), null, date, checked[0], checked[1], e.recordedAt());
        });
    }

    /** How the audit log names a finding: code/year/counselor. */
    private static String id(FindingKey key) {
        return key.code() + "/" + key.year() + (key.counselorId() == null ? "" : "/" + key.counselorId());
    }

    private static Map<String, Object> details(Decision d, boolean deregister) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("kind", d.kind().name());
        out.put("date", String.valueOf(d.date()));
        out.put("by", String.valueOf(d.decidedBy()));
        if (d.documentNo() != null) {
            out.put("documentNo", d.documentNo());
        }
        if (deregister) {
            out.put("deregister", true);
        }
        return out;
    }

    /** One finding's decisions and reopenings, oldest first. */
    public List<FindingEvent> history(FindingKey key) {
        return decisions.history(key);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
