package cn.huyang.worklog;

import cn.huyang.access.Access;
import cn.huyang.access.AccessGuard;
import cn.huyang.access.Operation;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly and yearly summaries of the work records [三(一)3], per counselor and per department:
 * records by kind, students reached, overdue follow-ups. Each view is a few grouped queries
 * over the monthly tally ({@link SummaryRepository}); asks {@link Operation#WORKLOG_SUMMARY} and keeps what the user reaches
 * (a counselor's account its own line, a department its department, 学工部 and 领导 the college).
 */
public class WorklogSummaries {
    private final SummaryRepository repo;
    private final RosterService roster;
    private final Clock clock;
    private final Access access;

    public WorklogSummaries(SummaryRepository repo, RosterService roster, Clock clock, Access access) {
        this.repo = repo;
        this.roster = roster;
        this.clock = clock;
        this.access = access;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A month by counselor: every counselor the user reaches who was in post or recorded something. */
    public List<SummaryRow> month(YearMonth month, Long departmentId) {
        return byCounselor(month.atDay(1), month.atEndOfMonth(), departmentId);
    }

    public List<SummaryRow> year(int year, Long departmentId) {
        return byCounselor(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), departmentId);
    }

    /** A month by department (the college's departments the user reaches). */
    public List<SummaryRow> monthByDepartment(YearMonth month) {
        return byDepartment(month.atDay(1), month.atEndOfMonth());
    }

    /** The month by department, or nothing for a counselor's account (which reaches only its own line). */
    public List<SummaryRow> monthByDepartmentIfAllowed(YearMonth month) {
        return access.guard().ownCounselor(Operation.WORKLOG_SUMMARY) != null || !access.guard().may(
                Operation.WORKLOG_SUMMARY) ? List.of() : monthByDepartment(month);
    }

    public List<SummaryRow> yearByDepartment(int year) {
        return byDepartment(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The year by department, or nothing for a counselor's account (which reaches only its own line). */
    public List<SummaryRow> yearByDepartmentIfAllowed(int year) {
        return access.guard().ownCounselor(Operation.WORKLOG_SUMMARY) != null || !access.guard().may(
                Operation.WORKLOG_SUMMARY) ? List.of() : yearByDepartment(year);
    }

    /** One counselor's counts of a year (the assessment's evidence), or empty when the user may not see them. */
    public Optional<Counts> counselorYear(long counselorId, int year) {
        Counselor c = roster.counselor(counselorId).orElse(null);
        if (c == null || !access.guard().may(Operation.WORKLOG_SUMMARY, c.departmentId(), c.id())) {
            return Optional.empty();
        }
        return Optional.of(repo.counts(YearMonth.of(year, 1), YearMonth.of(year, 12), today(), false, null,
                counselorId).getOrDefault(counselorId, Counts.NONE));
    }

    /** Each counselor's counts of a year that the user may see (none without WORKLOG_SUMMARY): one grouped query. */
    public Map<Long, Counts> countsByCounselor(int year) {
        AccessGuard guard = access.guard();
        if (!guard.may(Operation.WORKLOG_SUMMARY)) {
            return Map.of();
        }
        Long scope = guard.scopeOf(Operation.WORKLOG_SUMMARY);
        return repo.counts(YearMonth.of(year, 1), YearMonth.of(year, 12), today(), false,
                scope == null || scope == AccessGuard.NO_DEPARTMENT ? null : scope,
                guard.ownCounselor(Operation.WORKLOG_SUMMARY));
    }

    /** One counselor's counts of a month (the tab's summary beside the list). */
    public Counts counselorMonth(long counselorId, YearMonth month) {
        Counselor c = roster.counselor(counselorId).orElseThrow();
        access.guard().require(Operation.WORKLOG_SUMMARY, c.departmentId(), c.id());
        return repo.counts(month, month, today(), false, null, counselorId)
                .getOrDefault(counselorId, Counts.NONE);
    }

    private List<SummaryRow> byCounselor(LocalDate from, LocalDate to, Long departmentId) {
        AccessGuard guard = access.guard();
        guard.requireSome(Operation.WORKLOG_SUMMARY);
        Long scope = guard.scopeOf(Operation.WORKLOG_SUMMARY);
        Long own = guard.ownCounselor(Operation.WORKLOG_SUMMARY);
        if (departmentId != null) {
            guard.require(Operation.WORKLOG_SUMMARY, departmentId, own);
        }
        Long dept = departmentId != null ? departmentId
                : scope != null && scope != AccessGuard.NO_DEPARTMENT ? scope : null;
        Map<Long, Counts> counts = repo.counts(YearMonth.from(from), YearMonth.from(to), today(), false, dept, own);
        LocalDate on = to.isAfter(today()) ? today() : to;
        Set<Long> inPost = roster.idsInPostOn(on);
        Map<Long, String> departments = roster.departmentNames();
        List<SummaryRow> out = new ArrayList<>();
        for (Counselor c : roster.counselors()) {
            if (!guard.may(Operation.WORKLOG_SUMMARY, c.departmentId(), c.id())
                    || dept != null && !dept.equals(c.departmentId())
                    || !inPost.contains(c.id()) && !counts.containsKey(c.id())) {
                continue;
            }
            out.add(new SummaryRow(c.id(), c.name(), c.departmentId(), departments.get(c.departmentId()),
                    counts.getOrDefault(c.id(), Counts.NONE)));
        }
        out.sort(Comparator.comparing((SummaryRow r) -> r.departmentId() == null ? Long.MAX_VALUE : r.departmentId())
                .thenComparing(SummaryRow::counselor).thenComparing(SummaryRow::counselorId));
        return out;
    }

    private List<SummaryRow> byDepartment(LocalDate from, LocalDate to) {
        AccessGuard guard = access.guard();
        guard.requireSome(Operation.WORKLOG_SUMMARY);
        if (guard.ownCounselor(Operation.WORKLOG_SUMMARY) != null) {
            guard.require(Operation.WORKLOG_SUMMARY, guard.actor().departmentId());
        }
        Long scope = guard.scopeOf(Operation.WORKLOG_SUMMARY);
        Map<Long, Counts> counts = repo.counts(YearMonth.from(from), YearMonth.from(to), today(), true, scope, null);
        List<SummaryRow> out = new ArrayList<>();
        for (Department d : roster.departments()) {
            if (guard.may(Operation.WORKLOG_SUMMARY, d.id()) && (d.active() || counts.containsKey(d.id()))) {
                out.add(new SummaryRow(null, null, d.id(), d.name(), counts.getOrDefault(d.id(), Counts.NONE)));
            }
        }
        return out;
    }

    /** The counts of a period by counselor for the whole college (the findings; the register filters them). */
    Map<Long, Counts> collegeCounts(LocalDate from, LocalDate to) {
        return repo.counts(YearMonth.from(from), YearMonth.from(to), today(), false, null, null);
    }

    Map<Long, Integer> journalsSubmitted(LocalDate from, LocalDate to) {
        return repo.journalsSubmitted(from, to);
    }
}
