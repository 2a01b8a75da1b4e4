package cn.huyang.assessment;

import cn.huyang.common.Finding;
import cn.huyang.common.Finding.Severity;
import cn.huyang.common.Messages;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What the confirmed years call for (rule 8): more 优秀 than the quota allows, a 不合格 to be
 * adjusted, 不合格 in as many confirmed years in a row as allow ending the contract (two in the seed,
 * the parameter in force on the year's 31 December). A draft's grades still move as scores are
 * typed, so they are shown in the grid, not reported. Also the confirmed grades title evaluation reads.
 */
public class AssessmentFindings {
    private final AssessmentRepository repo;
    private final RosterService roster;
    private final PolicyService policy;
    private final Messages messages;

    public AssessmentFindings(AssessmentRepository repo, RosterService roster, PolicyService policy,
                              Messages messages) {
        this.repo = repo;
        this.roster = roster;
        this.policy = policy;
        this.messages = messages;
    }

    /** The grades of the confirmed years from {@code from} to {@code to} (for title evaluation). */
    public List<ConfirmedGrade> confirmedGrades(int from, int to) {
        return repo.confirmedGrades(from, to);
    }

    /** The years whose results are confirmed: their findings stay until decided. */
    public java.util.SortedSet<Integer> confirmedYears() {
        return repo.confirmedYears();
    }

    public List<Finding> findings(int year) {
        Scheme scheme = repo.scheme(year).orElse(null);
        if (scheme == null || !scheme.locked()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        int[] counts = repo.assessedAndExcellent(year);
        int quota = AssessmentCalculator.quota(scheme, counts[0]);
        if (counts[1] > quota) {
            out.add(new Finding(AssessmentService.QUOTA_EXCEEDED, Severity.WARNING, null, null, null,
                    messages.get("finding.QUOTA_EXCEEDED", year, counts[1], quota, counts[0],
                            scheme.quotaPercent().stripTrailingZeros().toPlainString())).withYear(year));
        }
        out.addAll(counselorFindings(year));
        return out;
    }

    public Map<Long, List<Finding>> findingsByCounselor(LocalDate today) {
        Map<Long, List<Finding>> out = new LinkedHashMap<>();
        repo.latestConfirmedUpTo(today.getYear()).ifPresent(y -> counselorFindings(y)
                .forEach(f -> out.computeIfAbsent(f.counselorId(), k -> new ArrayList<>()).add(f)));
        return out;
    }

    private List<Finding> counselorFindings(int year) {
        int run = policy.forYear(year).consecutiveIncompetentYears();
        int first = year - run + 1;
        List<Integer> years = IntStream.rangeClosed(first, year).boxed().toList();
        Map<Integer, List<Long>> incompetent = repo.incompetentInConfirmedYears(years);
        List<Long> thisYear = incompetent.getOrDefault(year, List.of());
        if (thisYear.isEmpty()) {
            return List.of();
        }
        // 不合格 in every one of the run's years, each confirmed
        Set<Long> everyYear = new HashSet<>(thisYear);
        years.forEach(y -> everyYear.retainAll(incompetent.getOrDefault(y, List.of())));
        Map<String, String> params = Map.of(PolicyKey.CONSECUTIVE_INCOMPETENT_YEARS.key(), String.valueOf(run));
        Map<Long, Counselor> who = CounselorLookup.byId(roster, thisYear);
        Map<Long, String> depts = roster.departmentNames();
        List<Finding> out = new ArrayList<>();
        for (long id : thisYear) {
            Counselor c = who.get(id);
            String name = c == null ? String.valueOf(id) : c.name();
            String dept = c == null ? null : depts.get(c.departmentId());
            out.add(new Finding(AssessmentService.INCOMPETENT_ADJUST, Severity.WARNING, dept, id, name,
                    messages.get("finding.INCOMPETENT_ADJUST", year)).withYear(year));
            if (everyYear.contains(id)) {
                out.add(new Finding(AssessmentService.TWO_YEARS_INCOMPETENT, Severity.WARNING, dept, id, name,
                        messages.get("finding.TWO_YEARS_INCOMPETENT", first, year, String.valueOf(run)))
                        .withYear(year).withParams(params));
            }
        }
        return out;
    }
}
