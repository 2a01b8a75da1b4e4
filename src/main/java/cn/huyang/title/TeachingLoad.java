package cn.huyang.title;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** At most one ideological-political course a semester [三(三)6]: the counselors above it, one query for the year. */
final class TeachingLoad {
    private final TitleRepository repo;
    private final RosterService roster;
    private final Messages m;

    TeachingLoad(TitleRepository repo, RosterService roster, Messages m) {
        this.repo = repo;
        this.roster = roster;
        this.m = m;
    }

    /** TEACHING_LOAD of the semesters falling in a calendar year, by counselor. */
    Map<Long, List<Finding>> findings(int year) {
        Map<Long, Map<String, List<TeachingAssignment>>> bySemester = new LinkedHashMap<>();
        for (TeachingAssignment t : repo.teachingInCalendarYear(year)) {
            if (t.ideologicalPolitical()) {
                bySemester.computeIfAbsent(t.counselorId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.schoolYear() + "/" + t.term(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<Long, List<Finding>> out = new LinkedHashMap<>();
        Set<Long> heavy = bySemester.entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(l -> distinctCourses(l) > 1))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        if (heavy.isEmpty()) {
            return out;
        }
        Map<Long, String> departments = roster.departmentNames();
        Map<Long, Counselor> counselors = roster.counselors(heavy).stream()
                .collect(Collectors.toMap(Counselor::id, c -> c));
        for (Map.Entry<Long, Map<String, List<TeachingAssignment>>> e : bySemester.entrySet()) {
            Counselor c = counselors.get(e.getKey());
            if (c == null) {
                continue;
            }
            for (List<TeachingAssignment> semester : e.getValue().values()) {
                if (distinctCourses(semester) > 1) {
                    TeachingAssignment first = semester.get(0);
                    String courses = semester.stream().map(TeachingAssignment::course).distinct()
                            .map(x -> "《" + x + "》").collect(Collectors.joining(m.get("title.sep")));
                    out.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(new Finding(TitleService.TEACHING_LOAD,
                            Finding.Severity.NOTICE, departments.get(c.departmentId()), c.id(), c.name(),
                            m.get("finding.TEACHING_LOAD", c.name(), semesterLabel(first.schoolYear(), first.term()),
                                    distinctCourses(semester), courses)));
                }
            }
        }
        return out;
    }

    private static long distinctCourses(Collection<TeachingAssignment> semester) {
        return semester.stream().map(TeachingAssignment::course).distinct().count();
    }

    String semesterLabel(int schoolYear, int term) {
        return m.get("title.semester", String.valueOf(schoolYear), String.valueOf(schoolYear + 1),
                m.get("title.term." + term));
    }
}
