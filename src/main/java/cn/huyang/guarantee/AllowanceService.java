package cn.huyang.guarantee;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.FieldError;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Transactor;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyService;
import cn.huyang.policy.PolicyTimeline;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterHistory;
import cn.huyang.roster.RosterService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 辅导员津贴 [三(三)8]: the standards per year and post type, the payments, the grid of a year (due /
 * paid / short per counselor and month) and the finding {@code ALLOWANCE_LATE}. A month is due from a
 * counselor on the roster the whole month (a partial month is not judged: the finance office may pay it
 * pro rata), at the standard of the counselor's post type, by the due day in force on the month's first day.
 * Writes ask {@link Operation#ALLOWANCE_EDIT} and write their audit row in the same transaction.
 */
public class AllowanceService {
    public static final String ALLOWANCE_LATE = "ALLOWANCE_LATE";

    private final Transactor tx;
    private final AllowanceRepository repo;
    private final RosterService roster;
    private final PolicyService policy;
    private final Messages m;
    private final Clock clock;
    private final Access access;

    public AllowanceService(Transactor tx, AllowanceRepository repo, RosterService roster, PolicyService policy,
                            Messages m, Clock clock, Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.policy = policy;
        this.m = m;
        this.clock = clock;
        this.access = access;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the user may change standards and payments (the forms are disabled otherwise). */
    public boolean mayEdit() {
        return access.guard().may(Operation.ALLOWANCE_EDIT);
    }

    public List<AllowanceStandard> standards(int year) {
        return repo.standards(year);
    }

    /** Stores a year's standard for a post type: new at version 0, else at the version it was read. */
    public AllowanceStandard saveStandard(AllowanceStandard s) {
        access.guard().require(Operation.ALLOWANCE_EDIT);
        refuse(GuaranteeValidator.standard(s, today()));
        return tx.inTransaction(() -> {
            AllowanceStandard before = repo.standard(s.year(), s.postType()).orElse(null);
            boolean ok = s.version() == 0 ? repo.insertStandard(s) : repo.updateStandard(s);
            if (!ok) {
                throw access.audit().stale("allowance_standard", s.year() + "/" + s.postType(), before, before == null);
            }
            AllowanceStandard after = repo.standard(s.year(), s.postType()).orElseThrow();
            access.audit().changed("allowance_standard", s.year() + "/" + s.postType(), before, after);
            return after;
        });
    }

    /** One counselor's payments of a year (refused for a counselor the user may not see). */
    public List<AllowancePayment> payments(long counselorId, int year) {
        Counselor c = roster.counselor(counselorId).orElseThrow();
        access.guard().require(Operation.READ, c.departmentId());
        return repo.payments(year, counselorId);
    }

    /** Every payment of a year, for an import's check against what is recorded (for those who may change them). */
    public List<AllowancePayment> allPayments(int year) {
        access.guard().require(Operation.ALLOWANCE_EDIT);
        return repo.payments(year);
    }

    /** Stores a payment: a new one (id null), or a change at the version it was read. */
    public AllowancePayment savePayment(AllowancePayment p) {
        access.guard().require(Operation.ALLOWANCE_EDIT);
        refuse(check(p));
        return tx.inTransaction(() -> {
            if (p.id() == null) {
                AllowancePayment stored = p.withId(repo.insertPayment(p));
                stored = repo.payment(stored.id()).orElseThrow();
                access.audit().changed("allowance_payment", stored.id(), null, stored);
                return stored;
            }
            AllowancePayment before = repo.payment(p.id()).orElse(null);
            if (before == null || before.counselorId() != p.counselorId() || !repo.updatePayment(p)) {
                throw access.audit().stale("allowance_payment", p.id(), before, before == null);
            }
            AllowancePayment after = repo.payment(p.id()).orElseThrow();
            access.audit().changed("allowance_payment", p.id(), before, after);
            return after;
        });
    }

    public void deletePayment(AllowancePayment p) {
        access.guard().require(Operation.ALLOWANCE_EDIT);
        tx.inTransaction(() -> {
            AllowancePayment before = repo.payment(p.id()).orElse(null);
            if (before == null || !repo.deletePayment(p.id(), p.version())) {
                throw access.audit().stale("allowance_payment", p.id(), before, before == null);
            }
            access.audit().changed("allowance_payment", p.id(), before, null);
        });
    }

    /**
     * Payments an import stores, inside the import's transaction (the import writes one audit row for
     * all): each checked, all or none.
     */
    public void addImported(List<AllowancePayment> payments) {
        access.guard().require(Operation.ALLOWANCE_EDIT);
        java.util.Set<Long> known = roster.counselors().stream().map(Counselor::id)
                .collect(Collectors.toSet());
        LocalDate today = today();
        for (AllowancePayment p : payments) {
            List<FieldError> errors = new ArrayList<>(GuaranteeValidator.payment(p, today));
            if (!known.contains(p.counselorId())) {
                errors.add(0, FieldError.of("guarantee.field.counselor", "guarantee.validation.noCounselor"));
            }
            refuse(errors);
        }
        tx.inTransaction(() -> repo.insertPayments(payments));
    }

    /** The refusals of a payment (impossible values, an unknown counselor); empty when it may be stored. */
    public List<FieldError> check(AllowancePayment p) {
        List<FieldError> errors = new ArrayList<>(GuaranteeValidator.payment(p, today()));
        if (roster.counselor(p.counselorId()).isEmpty()) {
            errors.add(0, FieldError.of("guarantee.field.counselor", "guarantee.validation.noCounselor"));
        }
        return errors;
    }

    /** The year's grid: every counselor the user sees who was due or paid something, by department and name. */
    public List<AllowanceRow> grid(int year) {
        return rows(year).stream().filter(r -> access.guard().sees(r.departmentId())).toList();
    }

    /** The grid of the whole college (for the findings, which the register filters). */
    List<AllowanceRow> rows(int year) {
        Map<PostType, Long> standards = new EnumMap<>(PostType.class);
        repo.standards(year).forEach(s -> standards.put(s.postType(), s.monthlyFen()));
        Map<Long, Map<Integer, List<AllowanceRules.Paid>>> paid = repo.paid(year);
        Map<Long, List<RosterEvent>> histories = roster.histories(null);
        Map<Long, String> departments = roster.departmentNames();
        PolicyTimeline timeline = policy.timeline();
        int[] dueDays = new int[13];
        for (int month = 1; month <= 12; month++) {
            dueDays[month] = timeline.at(LocalDate.of(year, month, 1)).allowanceDueDay();
        }
        LocalDate today = today();
        List<AllowanceRow> out = new ArrayList<>();
        List<Counselor> all = new ArrayList<>(roster.counselors());
        all.sort(Comparator.comparing((Counselor c) -> c.departmentId() == null ? Long.MAX_VALUE : c.departmentId())
                .thenComparing(Counselor::name));
        for (Counselor c : all) {
            List<RosterEvent> history = histories.getOrDefault(c.id(), List.of());
            Map<Integer, List<AllowanceRules.Paid>> own = paid.getOrDefault(c.id(), Map.of());
            List<AllowanceMonth> months = new ArrayList<>(12);
            boolean any = !own.isEmpty();
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                boolean served = RosterHistory.onRosterThroughout(history, ym.atDay(1), ym.atEndOfMonth());
                Long due = served ? standards.get(c.postType()) : null;
                any |= due != null;
                months.add(AllowanceRules.judge(year, month, due, own.getOrDefault(month, List.of()), dueDays[month],
                        today));
            }
            if (any) {
                out.add(new AllowanceRow(c.id(), c.name(), c.departmentId(), departments.get(c.departmentId()),
                        c.postType(), months));
            }
        }
        return out;
    }

    /** ALLOWANCE_LATE: one finding per counselor and year, naming each month paid late, short or not at all. */
    public List<Finding> findings(int year) {
        List<Finding> out = new ArrayList<>();
        PolicyTimeline timeline = policy.timeline();
        for (AllowanceRow r : rows(year)) {
            List<AllowanceMonth> bad = r.breaking();
            if (bad.isEmpty()) {
                continue;
            }
            String months = bad.stream().map(this::describe).collect(Collectors.joining(m.get("guarantee.sep")));
            Map<String, String> params = new LinkedHashMap<>(timeline.at(LocalDate.of(year, bad.get(0).month(), 1))
                    .params(PolicyKey.ALLOWANCE_DUE_DAY));
            out.add(new Finding(ALLOWANCE_LATE, Finding.Severity.WARNING, r.department(), r.counselorId(), r.name(),
                    m.get("guarantee.finding.ALLOWANCE_LATE", String.valueOf(year), months))
                    .withYear(year).withParams(params));
        }
        return out;
    }

    String describe(AllowanceMonth mo) {
        return switch (mo.state()) {
            case UNPAID -> m.get("guarantee.month.UNPAID", mo.month(), Fen.format(mo.dueFen()), mo.dueDate().toString());
            case SHORT -> m.get("guarantee.month.SHORT", mo.month(), Fen.format(mo.shortFen()), Fen.format(mo.dueFen()),
                    Fen.format(mo.paidFen()));
            default -> m.get("guarantee.month.LATE", mo.month(), mo.lastPaidOn().toString(), mo.dueDate().toString());
        };
    }

    static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
