package cn.huyang.demo;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterEvent;
import cn.huyang.roster.RosterHistory;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingRepository;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A realistic training history for the demo roster: each department's study sessions every
 * fortnight in term time (school level, one class hour), a yearly college-wide session, pre-service training for newcomers,
 * regional and national trainings for some. Each counselor has a yearly attendance habit, so some
 * fall short of 16 hours and some go three years without a higher-level training. A few records
 * fall on days the counselor was off the roster, as real ledgers do.
 */
final class TrainingDemoData {
    private static final List<String> MONTHLY = List.of("辅导员月度理论学习", "学生工作案例研讨", "心理危机识别与干预专题",
            "资助育人工作专题", "网络思政工作坊", "学生安全教育专题", "就业指导能力提升", "班级建设与学风建设专题",
            "民族团结教育专题", "辅导员职业能力大赛备赛讲座", "党团建设专题学习");
    private static final List<String> REGIONAL = List.of("自治区高校辅导员骨干培训班", "自治区高校心理健康教育骨干培训",
            "自治区高校思想政治工作专题研修班", "自治区高校辅导员职业能力提升培训");
    private static final List<String> NATIONAL = List.of("全国高校辅导员示范培训", "教育部高校辅导员骨干研修班",
            "全国高校思想政治工作队伍培训研修中心专题培训");

    /** Sessions are written when their records reach this many (and at the end). */
    private static final int WRITE_AT = 20_000;

    private final TrainingRepository repo;
    private final Random r;
    private final LocalDate today;
    private int records;
    /** Sessions drawn and not yet written, in the order drawn (which is the order of their ids). */
    private final List<TrainingSession> pending = new ArrayList<>();
    private int pendingRecords;

    TrainingDemoData(TrainingRepository repo, Random random, LocalDate today) {
        this.repo = repo;
        this.r = random;
        this.today = today;
    }

    /** Writes the sessions of the given years; returns the number of records. */
    int write(List<Counselor> counselors, Map<Long, List<RosterEvent>> histories, int firstYear, int lastYear) {
        Map<Long, List<Counselor>> byDepartment = new HashMap<>();
        counselors.forEach(c -> byDepartment.computeIfAbsent(c.departmentId(), k -> new ArrayList<>()).add(c));
        Map<Long, Double> habit = new HashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            for (Counselor c : counselors) {
                habit.put(c.id(), 0.45 + 0.55 * r.nextDouble());
            }
            Function<Counselor, Double> attends = c -> habit.get(c.id());
            int sessionNo = 0;
            for (Map.Entry<Long, List<Counselor>> dept : byDepartment.entrySet()) {
                for (int month = 1; month <= 12; month++) {
                    if (month == 2 || month == 8) {
                        continue;
                    }
                    for (int fortnight = 0; fortnight < 2; fortnight++) {
                        LocalDate day = LocalDate.of(year, month, 3 + 14 * fortnight + r.nextInt(10));
                        session(MONTHLY.get((month + sessionNo++) % MONTHLY.size()), "学工部", TrainingLevel.SCHOOL,
                                TrainingCategory.ROUTINE, day, day, "1", null, dept.getValue(), attends, histories);
                    }
                }
            }
            LocalDate wide = LocalDate.of(year, 10, 20 + r.nextInt(8));
            session("全校辅导员专题培训", "学工部、组织人事部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE, wide,
                    wide.plusDays(1), "8", "0", counselors, c -> 0.8, histories);
            for (int[] pre : new int[][]{{9, 5}, {12, 10}}) {
                LocalDate day = LocalDate.of(year, pre[0], pre[1]);
                LocalDate after = pre[0] == 9 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 9, 5);
                List<Counselor> newcomers = counselors.stream().filter(c -> c.entryDate() != null
                        && !c.entryDate().isBefore(after) && !c.entryDate().isAfter(day)).toList();
                session("新入职辅导员岗前培训", "学工部", TrainingLevel.SCHOOL, TrainingCategory.PRE_SERVICE, day,
                        day.plusDays(2), "24", "300", newcomers, c -> 0.9, histories);
            }
            higher(year, counselors, histories);
        }
        writePending();
        repo.rebuildSummary();
        return records;
    }

    private void higher(int year, List<Counselor> counselors, Map<Long, List<RosterEvent>> histories) {
        List<Counselor> fullTime = counselors.stream().filter(Counselor::isFullTime).toList();
        int groups = Math.max(1, fullTime.size() / 12);
        for (int g = 0; g < groups; g++) {
            boolean national = r.nextInt(7) == 0;
            LocalDate start = LocalDate.of(year, 3 + r.nextInt(9), 1 + r.nextInt(25));
            int days = national ? 5 : 3 + r.nextInt(3);
            List<Counselor> picked = new ArrayList<>();
            int size = 1 + r.nextInt(national ? 2 : 6);
            for (int i = 0; i < size; i++) {
                picked.add(fullTime.get(r.nextInt(fullTime.size())));
            }
            session(national ? NATIONAL.get(r.nextInt(NATIONAL.size())) : REGIONAL.get(r.nextInt(REGIONAL.size())),
                    national ? "教育部思想政治工作司" : "自治区教育厅", national ? TrainingLevel.NATIONAL : TrainingLevel.REGIONAL,
                    r.nextInt(3) == 0 ? TrainingCategory.KEY_MEMBER : TrainingCategory.ROUTINE, start,
                    start.plusDays(days - 1), String.valueOf(days * 8), national ? "4800" : String.valueOf(1500 + 500 * r.nextInt(5)),
                    picked.stream().distinct().toList(), c -> 1.0, histories);
        }
    }

    private void session(String course, String organiser, TrainingLevel level, TrainingCategory category,
                         LocalDate start, LocalDate end, String hours, String cost, List<Counselor> pool,
                         Function<Counselor, Double> attends, Map<Long, List<RosterEvent>> histories) {
        if (!end.isBefore(today)) {
            return;
        }
        BigDecimal h = new BigDecimal(hours);
        List<TrainingSession.Attendee> attendees = new ArrayList<>();
        boolean certificates = level.isHigher() || category == TrainingCategory.PRE_SERVICE;
        for (Counselor c : pool) {
            List<RosterEvent> history = histories.getOrDefault(c.id(), List.of());
            boolean onRoster = RosterHistory.onRosterThroughout(history, start, end);
            // Nearly everyone recorded was on the roster; one record in a few hundred was not.
            if ((onRoster || r.nextInt(400) == 0 && RosterHistory.onRosterOn(history, start.minusYears(1)))
                    && r.nextDouble() < attends.apply(c)) {
                BigDecimal own = h.compareTo(BigDecimal.valueOf(4)) > 0 && r.nextInt(25) == 0
                        ? h.subtract(BigDecimal.valueOf(4)) : null;
                String certificate = certificates ? "ZS" + start.getYear() + String.format("%07d", records + 1) : null;
                attendees.add(new TrainingSession.Attendee(null, c.id(), own, certificate, own == null ? null : "请假半天"));
                records++;
            }
        }
        if (attendees.isEmpty()) {
            return;
        }
        pending.add(new TrainingSession(null, course, organiser, level, category, start, end, h,
                cost == null ? null : new BigDecimal(cost), null, attendees));
        pendingRecords += attendees.size();
        if (pendingRecords >= WRITE_AT) {
            writePending();
        }
    }

    private void writePending() {
        repo.insertSessions(pending);
        pending.clear();
        pendingRecords = 0;
    }
}
