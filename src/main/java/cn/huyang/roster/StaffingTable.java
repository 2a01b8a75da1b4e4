package cn.huyang.roster;

import cn.huyang.policy.Fraction;
import cn.huyang.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The staffing table of a year, computed for {@link RosterService#staffingRatio}. */
final class StaffingTable {
    private StaffingTable() {
    }

    static StaffingRatio of(int year, LocalDate today, Policy p, DepartmentRepository departments,
                            RosterEventRepository events, String collegeLabel) {
        LocalDate on = StaffingRatio.referenceDate(year, today);
        int perCounselor = p.studentsPerCounselor();
        Fraction weight = p.partTimeWeight();
        Map<Long, Integer> students = departments.enrolment(year);
        Map<Long, Map<PostType, Integer>> inPost = new HashMap<>();
        for (RosterEventRepository.PostCount pc : events.inPostOn(on)) {
            inPost.computeIfAbsent(pc.departmentId(), k -> new EnumMap<>(PostType.class))
                    .merge(pc.postType(), pc.count(), Integer::sum);
        }
        List<StaffingRow> rows = new ArrayList<>();
        for (Department d : departments.findAll()) {
            Map<PostType, Integer> counts = inPost.getOrDefault(d.id(), Map.of());
            int ft = counts.getOrDefault(PostType.FULL_TIME, 0);
            int pt = counts.getOrDefault(PostType.PART_TIME, 0);
            int st = students.getOrDefault(d.id(), 0);
            if (d.active() || ft + pt + st > 0) {
                rows.add(new StaffingRow(d.id(), d.name(), st, ft, pt, perCounselor, weight));
            }
        }
        return new StaffingRatio(year, on, perCounselor, weight, rows,
                StaffingRatio.collegeRow(collegeLabel, rows, perCounselor, weight));
    }
}
