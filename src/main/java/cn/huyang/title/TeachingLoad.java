package cn.huyang.title;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyService;
import cn.huyang.policy.PolicyTimeline;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * At most one ideological-political course a semester [三(三)6] (the number in force on the 31
 * December of the calendar year a semester falls in): the counselors above it, one query for the year.
 */
public final class TeachingLoad {
    private final TitleRepository repo;
    private final RosterService roster;
    private final PolicyService policy;
    private final Messages m;

    public TeachingLoad(TitleRepository repo, RosterService roster, PolicyService policy, Messages m) {
        this.repo = repo;
        this.roster = roster;
        this.policy = policy;
        this.m = m;
    }

    /** The calendar year a semester's findings fall in: autumn in its school year's first, spring in the next. */
    static int calendarYear(Semester s) {
        return s.term() == 1 ? s.schoolYear() : s.schoolYear() + 1;
    }

    /** The most courses allowed in each semester, by the parameters of its calendar year. One query. */
    Map<Semester, Integer> limits(Collection<Semester> semesters) {
        PolicyTimeline timeline = policy.timeline();
        Map<Semester, Integer> out = new LinkedHashMap<>();
        for (Semester s : semesters) {
            out.put(s, timeline.forYear(calendarYear(s)).maxCoursesPerSemester());
        }
        return out;
    }

    /** The distinct ideological-political courses of each semester of one counselor's teaching, in order. */
    static Map<Semester, List<String>> ideologicalCourses(Collection<TeachingAssignment> teaching) {
        Map<Semester, List<String>> out = new LinkedHashMap<>();
        for (TeachingAssignment t : teaching) {
            if (t.ideologicalPolitical()) {
                List<String> courses = out.computeIfAbsent(Semester.of(t), k -> new ArrayList<>());
                if (!courses.contains(t.course())) {
                    courses.add(t.course());
                }
            }
        }
        return out;
    }

    static boolean overloaded(List<String> coursesOfASemester, int max) {
        return coursesOfASemester.size() > max;
    }

    /** TEACHING_LOAD of the semesters falling in a calendar year, by counselor. */
    Map<Long, List<Finding>> findings(int year) {
        int max = policy.forYear(year).maxCoursesPerSemester();
        Map<String, String> params = Map.of(PolicyKey.MAX_COURSES_PER_SEMESTER.key(), String.valueOf(max));
        Map<Long, Map<Semester, List<String>>> byCounselor = new LinkedHashMap<>();
        repo.teachingInCalendarYear(year).stream()
                .collect(Collectors.groupingBy(TeachingAssignment::counselorId, LinkedHashMap::new,
                        Collectors.toList()))
                .forEach((id, teaching) -> {
                    Map<Semester, List<String>> heavy = new LinkedHashMap<>(ideologicalCourses(teaching));
                    heavy.values().removeIf(courses -> !overloaded(courses, max));
                    if (!heavy.isEmpty()) {
                        byCounselor.put(id, heavy);
                    }
                });
        Map<Long, List<Finding>> out = new LinkedHashMap<>();
        if (byCounselor.isEmpty()) {
            return out;
        }
        Map<Long, String> departments = roster.departmentNames();
        for (Counselor c : roster.counselors(byCounselor.keySet())) {
            byCounselor.get(c.id()).forEach((semester, courses) -> out.computeIfAbsent(c.id(), k -> new ArrayList<>())
                    .add(new Finding(TitleService.TEACHING_LOAD, Finding.Severity.NOTICE,
                            departments.get(c.departmentId()), c.id(), c.name(),
                            m.get("finding.TEACHING_LOAD", c.name(), semesterLabel(semester.schoolYear(),
                                    semester.term()), courses.size(), courses.stream().map(x -> "《" + x + "》")
                                    .collect(Collectors.joining(m.get("title.sep"))), String.valueOf(max)))
                            .withYear(year).withParams(params)));
        }
        return out;
    }

    String semesterLabel(int schoolYear, int term) {
        return m.get("title.semester", String.valueOf(schoolYear), String.valueOf(schoolYear + 1),
                m.get("title.term." + term));
    }
}
