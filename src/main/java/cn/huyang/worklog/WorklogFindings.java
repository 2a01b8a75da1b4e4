package cn.huyang.worklog;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work records' findings [三(一)3] of a year, judged on its last complete month (December of a past
 * year, the month before today's in the current year) for the counselors in post that whole month:
 * fewer talks, dormitory visits or class visits than the parameters in force on the month's first day
 * ({@code WORKLOG_TALKS_SHORT}, {@code WORKLOG_DORM_SHORT}, {@code WORKLOG_CLASS_VISITS_SHORT}); fewer
 * submitted journals than the month's teaching weeks ({@code WORKLOG_JOURNAL_MISSING}: the weeks whose
 * Monday is in the month; February, July and August have no teaching weeks here — the winter and summer
 * holidays — and are not judged for journals); and records of the year whose follow-up date has passed
 * without the follow-up done ({@code WORKLOG_FOLLOW_UP_OVERDUE}).
 */
public final class WorklogFindings implements FindingSource {
    public static final String TALKS_SHORT = "WORKLOG_TALKS_SHORT";
    public static final String DORM_SHORT = "WORKLOG_DORM_SHORT";
    public static final String CLASS_VISITS_SHORT = "WORKLOG_CLASS_VISITS_SHORT";
    public static final String JOURNAL_MISSING = "WORKLOG_JOURNAL_MISSING";
    public static final String FOLLOW_UP_OVERDUE = "WORKLOG_FOLLOW_UP_OVERDUE";
    private static final Set<Month> NO_TEACHING_WEEKS = Set.of(Month.FEBRUARY, Month.JULY, Month.AUGUST);

    private final WorklogSummaries summaries;
    private final RosterService roster;
    private final PolicyService policy;
    private final Messages m;

    public WorklogFindings(WorklogSummaries summaries, RosterService roster, PolicyService policy, Messages m) {
        this.summaries = summaries;
        this.roster = roster;
        this.policy = policy;
        this.m = m;
    }

    @Override
    public Set<String> codes() {
        return Set.of(TALKS_SHORT, DORM_SHORT, CLASS_VISITS_SHORT, JOURNAL_MISSING, FOLLOW_UP_OVERDUE);
    }

    /** The month a year is judged on: December of a past year, the last complete month of this one. */
    public static Optional<YearMonth> judgedMonth(int year, LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        if (year < last.getYear()) {
            return Optional.of(YearMonth.of(year, 12));
        }
        return year == last.getYear() ? Optional.of(last) : Optional.empty();
    }

    /** The Mondays of a month's teaching weeks (none in February, July and August). */
    public static List<LocalDate> teachingWeeks(YearMonth month) {
        List<LocalDate> out = new ArrayList<>();
        if (NO_TEACHING_WEEKS.contains(month.getMonth())) {
            return out;
        }
        for (LocalDate d = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                !d.isAfter(month.atEndOfMonth()); d = d.plusWeeks(1)) {
            out.add(d);
        }
        return out;
    }

    @Override
    public List<Finding> findings(int year) {
        return findings(year, codes());
    }

    @Override
    public List<Finding> findings(int year, Set<String> wanted) {
        List<Finding> out = new ArrayList<>();
        LocalDate today = summaries.today();
        Map<Long, String> departments = roster.departmentNames();
        Optional<YearMonth> judged = judgedMonth(year, today);
        if (judged.isPresent()) {
            YearMonth ym = judged.get();
            Set<Long> inPost = new HashSet<>(roster.idsInPostOn(ym.atDay(1)));
            inPost.retainAll(roster.idsInPostOn(ym.atEndOfMonth()));
            Policy p = policy.inForce(ym.atDay(1));
            Map<Long, Counts> counts = summaries.collegeCounts(ym.atDay(1), ym.atEndOfMonth());
            List<LocalDate> weeks = teachingWeeks(ym);
            Map<Long, Integer> journals = summaries.journalsSubmitted(ym.atDay(1), ym.atEndOfMonth());
            int journalsDue = weeks.size() * p.whole(PolicyKey.WORKLOG_JOURNAL_PER_TEACHING_WEEK);
            for (Counselor c : sorted(roster.counselors(inPost))) {
                Counts n = counts.getOrDefault(c.id(), Counts.NONE);
                String dept = departments.get(c.departmentId());
                short_(out, wanted, TALKS_SHORT, c, dept, ym, n.talks(), p, PolicyKey.WORKLOG_TALKS_PER_MONTH);
                short_(out, wanted, DORM_SHORT, c, dept, ym, n.dormVisits(), p, PolicyKey.WORKLOG_DORM_VISITS_PER_MONTH);
                short_(out, wanted, CLASS_VISITS_SHORT, c, dept, ym, n.classVisits(), p,
                        PolicyKey.WORKLOG_CLASS_VISITS_PER_MONTH);
                int submitted = journals.getOrDefault(c.id(), 0);
                if (wanted.contains(JOURNAL_MISSING) && submitted < journalsDue) {
                    out.add(new Finding(JOURNAL_MISSING, Finding.Severity.WARNING, dept, c.id(), c.name(),
                            m.get("worklog.finding." + JOURNAL_MISSING, ym.toString(), journalsDue, submitted), year,
                            p.params(PolicyKey.WORKLOG_JOURNAL_PER_TEACHING_WEEK)));
                }
            }
        }
        if (wanted.contains(FOLLOW_UP_OVERDUE)) {
            Map<Long, Counts> yearCounts = summaries.collegeCounts(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            List<Long> late = yearCounts.entrySet().stream().filter(e -> e.getValue().overdue() > 0)
                    .map(Map.Entry::getKey).toList();
            for (Counselor c : sorted(roster.counselors(late))) {
                out.add(new Finding(FOLLOW_UP_OVERDUE, Finding.Severity.WARNING, departments.get(c.departmentId()),
                        c.id(), c.name(), m.get("worklog.finding." + FOLLOW_UP_OVERDUE, String.valueOf(year),
                        yearCounts.get(c.id()).overdue(), today.toString()), year, Map.of()));
            }
        }
        return out;
    }

    private void short_(List<Finding> out, Set<String> wanted, String code, Counselor c, String dept, YearMonth ym,
                        int done, Policy p, PolicyKey key) {
        int expected = p.whole(key);
        if (wanted.contains(code) && done < expected) {
            out.add(new Finding(code, Finding.Severity.WARNING, dept, c.id(), c.name(),
                    m.get("worklog.finding." + code, ym.toString(), done, expected), ym.getYear(), p.params(key)));
        }
    }

    private static List<Counselor> sorted(List<Counselor> all) {
        List<Counselor> out = new ArrayList<>(all);
        out.sort(Comparator.comparing((Counselor c) -> c.departmentId() == null ? Long.MAX_VALUE : c.departmentId())
                .thenComparing(Counselor::id));
        return out;
    }
}
