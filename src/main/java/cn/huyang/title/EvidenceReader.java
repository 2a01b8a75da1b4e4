package cn.huyang.title;

import cn.huyang.assessment.ConfirmedGrade;
import cn.huyang.assessment.Grade;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterService;
import cn.huyang.training.ComplianceRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gathers what the criteria read about the applicants, a few queries for all of them: the roster
 * and its history, the confirmed assessment grades, the training compliance of the last finished
 * year, research outputs and service records.
 */
public final class EvidenceReader {
    /** How far back assessments are read for the young-teacher rule. */
    private static final int GRADE_HISTORY_YEARS = 40;

    private final TitleRepository repo;
    private final RosterService roster;
    private final TitleService.AssessmentHistory assessments;
    private final TitleService.TrainingCompliance training;
    private final Messages m;

    public EvidenceReader(TitleRepository repo, RosterService roster, TitleService.AssessmentHistory assessments,
                   TitleService.TrainingCompliance training, Messages m) {
        this.repo = repo;
        this.roster = roster;
        this.assessments = assessments;
        this.training = training;
        this.m = m;
    }

    /** The evidence of each counselor in {@code ids} for a review year; training only when a target asks for it. */
    Map<Long, Evidence> read(Set<Long> ids, int year, boolean needTraining) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> departments = roster.departmentNames();
        Map<Long, List<RosterEvent>> histories = roster.histories(ids);
        Map<Long, Map<Integer, Grade>> grades = new HashMap<>();
        Map<Long, Set<Integer>> vetoed = new HashMap<>();
        Set<Integer> assessedYears = new HashSet<>();
        for (ConfirmedGrade g : assessments.confirmedGrades(year - GRADE_HISTORY_YEARS, year)) {
            assessedYears.add(g.year());
            if (ids.contains(g.counselorId())) {
                grades.computeIfAbsent(g.counselorId(), k -> new HashMap<>()).put(g.year(), g.grade());
                if (g.vetoed()) {
                    vetoed.computeIfAbsent(g.counselorId(), k -> new HashSet<>()).add(g.year());
                }
            }
        }
        Map<Long, TrainingStanding> standings = needTraining ? trainingStandings(year - 1, ids) : Map.of();
        Map<Long, List<ResearchOutput>> outputs = repo.outputs(ids).stream()
                .collect(Collectors.groupingBy(ResearchOutput::counselorId));
        Map<Long, List<ServiceRecord>> services = repo.services(ids).stream()
                .collect(Collectors.groupingBy(ServiceRecord::counselorId));
        Map<Long, Evidence> out = new HashMap<>();
        for (Counselor c : roster.counselors(ids)) {
            out.put(c.id(), new Evidence(c, departments.get(c.departmentId()),
                    histories.getOrDefault(c.id(), List.of()), grades.getOrDefault(c.id(), Map.of()),
                    vetoed.getOrDefault(c.id(), Set.of()), assessedYears,
                    standings.getOrDefault(c.id(), TrainingStanding.NOT_JUDGED),
                    outputs.getOrDefault(c.id(), List.of()), services.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    private Map<Long, TrainingStanding> trainingStandings(int year, Set<Long> ids) {
        Map<Long, TrainingStanding> out = new HashMap<>();
        for (ComplianceRow r : training.compliance(year, ids)) {
            if (!r.shortOfAnything()) {
                out.put(r.counselorId(), new TrainingStanding(true, true, null));
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!r.hoursMet()) {
                parts.add(m.get("title.rule.trainingHours", r.schoolHours().stripTrailingZeros().toPlainString(),
                        r.shortfall().stripTrailingZeros().toPlainString()));
            }
            if (r.higher() == ComplianceRow.Status.MISSING) {
                parts.add(m.get("title.rule.trainingHigher"));
            }
            if (r.preService() == ComplianceRow.Status.MISSING) {
                parts.add(m.get("title.rule.trainingPreService"));
            }
            out.put(r.counselorId(), new TrainingStanding(true, false, String.join(m.get("title.sep"), parts)));
        }
        return out;
    }
}
