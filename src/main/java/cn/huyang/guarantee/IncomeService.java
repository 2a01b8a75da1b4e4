package cn.huyang.guarantee;

import cn.huyang.access.Access;
import cn.huyang.access.Operation;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.db.Transactor;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.roster.TitleRank;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 辅导员的实际收入不低于学校同级别专任教师平均收入 [三(三)8]: the teachers' average income of a year per title
 * (entered by 组织人事部), each counselor's actual income, and the finding {@code INCOME_BELOW_TEACHERS}
 * (an income below the average of the counselor's title; equal is not below). "Same level" is the
 * counselor's title as the roster holds it now; without a title, the average of teachers without one.
 * Incomes are personal data: only roles with {@link Operation#INCOME_VIEW} (学工部, 组织人事部, 领导) read
 * them or get their findings; {@link Operation#INCOME_EDIT} (学工部, 组织人事部) change them; the audit
 * log records that an income changed, not its amounts; nothing is logged.
 */
public class IncomeService {
    public static final String INCOME_BELOW_TEACHERS = "INCOME_BELOW_TEACHERS";

    private final Transactor tx;
    private final IncomeRepository repo;
    private final RosterService roster;
    private final Messages m;
    private final Clock clock;
    private final Access access;

    public IncomeService(Transactor tx, IncomeRepository repo, RosterService roster, Messages m, Clock clock,
                         Access access) {
        this.tx = tx;
        this.repo = repo;
        this.roster = roster;
        this.m = m;
        this.clock = clock;
        this.access = access;
    }

    /** Whether the user working now may read incomes. */
    public boolean mayRead() {
        return access.guard().may(Operation.INCOME_VIEW);
    }

    /** Whether the user may enter incomes and averages. */
    public boolean mayEdit() {
        return access.guard().may(Operation.INCOME_EDIT);
    }

    public List<TeacherIncome> averages(int year) {
        access.guard().require(Operation.INCOME_VIEW);
        return repo.averages(year);
    }

    public TeacherIncome saveAverage(TeacherIncome t) {
        access.guard().require(Operation.INCOME_EDIT);
        AllowanceService.refuse(GuaranteeValidator.income(t.year(), t.averageFen(), "guarantee.field.teacherAverage",
                LocalDate.now(clock)));
        String id = t.year() + "/" + IncomeRepository.code(t.rank());
        return tx.inTransaction(() -> {
            TeacherIncome before = repo.average(t.year(), t.rank()).orElse(null);
            boolean ok = t.version() == 0 ? repo.insertAverage(t) : repo.updateAverage(t);
            if (!ok) {
                throw access.audit().stale("teacher_income", id, before, before == null);
            }
            TeacherIncome after = repo.average(t.year(), t.rank()).orElseThrow();
            access.audit().changed("teacher_income", id, before, after);
            return after;
        });
    }

    public CounselorIncome saveIncome(CounselorIncome c) {
        access.guard().require(Operation.INCOME_EDIT);
        AllowanceService.refuse(GuaranteeValidator.income(c.year(), c.incomeFen(), "guarantee.field.income",
                LocalDate.now(clock)));
        roster.counselor(c.counselorId()).orElseThrow();
        String id = c.counselorId() + "/" + c.year();
        return tx.inTransaction(() -> {
            CounselorIncome before = repo.income(c.counselorId(), c.year()).orElse(null);
            boolean ok = c.version() == 0 ? repo.insertIncome(c) : repo.updateIncome(c);
            if (!ok) {
                throw access.audit().stale("counselor_income", id, before, before == null);
            }
            CounselorIncome after = repo.income(c.counselorId(), c.year()).orElseThrow();
            access.audit().changed("counselor_income", id, before, after);
            return after;
        });
    }

    /**
     * Stores many new incomes (version 0) at once, as {@link #saveIncome} stores each: every one checked
     * first, then all inserted in one batch in one transaction with an audit row each; none when one is
     * refused or was stored meanwhile.
     */
    public void saveNewIncomes(List<CounselorIncome> news) {
        access.guard().require(Operation.INCOME_EDIT);
        Set<Long> known = new java.util.HashSet<>();
        roster.counselors().forEach(c -> known.add(c.id()));
        for (CounselorIncome c : news) {
            AllowanceService.refuse(GuaranteeValidator.income(c.year(), c.incomeFen(), "guarantee.field.income",
                    LocalDate.now(clock)));
            if (c.version() != 0) {
                throw new IllegalArgumentException("not a new income");
            }
            if (!known.contains(c.counselorId())) {
                throw new java.util.NoSuchElementException("no counselor " + c.counselorId());
            }
        }
        tx.inTransaction(() -> {
            int[] inserted = repo.insertIncomes(news);
            for (int i = 0; i < news.size(); i++) {
                CounselorIncome c = news.get(i);
                String id = c.counselorId() + "/" + c.year();
                if (inserted[i] != 1) {
                    throw access.audit().stale("counselor_income", id, repo.income(c.counselorId(), c.year()).orElse(null),
                            false);
                }
                access.audit().changed("counselor_income", id, null,
                        new CounselorIncome(c.counselorId(), c.year(), c.incomeFen(), IncomeRepository.FIRST_VERSION));
            }
        });
    }

    /** The year's rows: the counselors on the roster that year, with their income and their title's average. */
    public List<IncomeRow> rows(int year) {
        access.guard().require(Operation.INCOME_VIEW);
        return allRows(year);
    }

    private List<IncomeRow> allRows(int year) {
        Map<TitleRank, Long> averages = new HashMap<>();
        Long untitled = null;
        for (TeacherIncome t : repo.averages(year)) {
            if (t.rank() == null) {
                untitled = t.averageFen();
            } else {
                averages.put(t.rank(), t.averageFen());
            }
        }
        Map<Long, CounselorIncome> incomes = new HashMap<>();
        repo.incomes(year).forEach(i -> incomes.put(i.counselorId(), i));
        Set<Long> served = roster.servedIn(year).keySet();
        Map<Long, String> departments = roster.departmentNames();
        List<IncomeRow> out = new ArrayList<>();
        for (Counselor c : roster.counselors()) {
            CounselorIncome income = incomes.get(c.id());
            if (!served.contains(c.id()) && income == null) {
                continue;
            }
            Long average = c.title() == null ? untitled : averages.get(c.title());
            out.add(new IncomeRow(c.id(), c.name(), c.departmentId(), departments.get(c.departmentId()), c.title(),
                    income == null ? null : income.incomeFen(), income == null ? 0 : income.version(), average));
        }
        out.sort(Comparator.comparing((IncomeRow r) -> r.departmentId() == null ? Long.MAX_VALUE : r.departmentId())
                .thenComparing(IncomeRow::name));
        return out;
    }

    /**
     * INCOME_BELOW_TEACHERS of a year, for a user who may read incomes (for anyone else, none: the
     * finding itself tells about a person's income). The text names the title, not the amounts.
     */
    public List<Finding> findings(int year) {
        if (!mayRead()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (IncomeRow r : allRows(year)) {
            if (r.below()) {
                String level = r.rank() == null ? m.get("guarantee.noTitle") : m.get(r.rank().messageKey());
                out.add(new Finding(INCOME_BELOW_TEACHERS, Finding.Severity.WARNING, r.department(), r.counselorId(),
                        r.name(), m.get("guarantee.finding.INCOME_BELOW_TEACHERS", String.valueOf(year), level))
                        .withYear(year));
            }
        }
        return out;
    }
}
