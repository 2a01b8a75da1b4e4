package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.app.StudentsModule;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.students.Student;
import cn.huyang.worklog.RecordKind;
import cn.huyang.worklog.StudentRef;
import cn.huyang.worklog.WorkRecord;
import cn.huyang.worklog.WorklogService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A year of work records for every counselor in post who has none yet (the demo writes some for the first
 * 200): as many a counselor as makes the total asked, over the last twelve months to today; half talks
 * (one to three students each, half of them from the student list, the others typed by name), a quarter
 * dormitory visits, the rest class visits and meetings. Written through {@link WorklogService#addAll} in
 * batches of {@value #BATCH}, so the texts are sealed as the service seals them.
 */
final class WorklogBenchData {
    private static final int BATCH = 5000;
    private static final List<String> REASONS = List.of("学业预警后谈心", "新生适应情况了解", "宿舍矛盾调解",
            "家庭经济困难情况了解", "考试焦虑疏导", "就业意向沟通");
    private static final List<String> COURSES = List.of("高等数学", "大学英语", "思想道德与法治", "形势与政策");
    private static final List<String> THEMES = List.of("安全教育", "学风建设", "心理健康教育", "诚信考试");
    private static final List<String> NAMES = List.of("阿依古丽", "买买提", "王芳", "李娜", "古丽米拉", "艾力");

    private final AppContext ctx;
    private final WorklogService records;

    WorklogBenchData(AppContext ctx, WorklogService records) {
        this.ctx = ctx;
        this.records = records;
    }

    int write(int total, long seed) {
        Random r = new Random(seed);
        var w = cn.huyang.db.jooq.Tables.WORK_RECORD;
        Set<Long> done = ctx.store().dsl().selectDistinct(w.COUNSELOR_ID).from(w).fetchSet(w.COUNSELOR_ID);
        List<Counselor> inPost = ctx.roster().counselors().stream()
                .filter(c -> c.status() == CounselorStatus.ACTIVE).toList();
        List<Counselor> todo = inPost.stream().filter(c -> !done.contains(c.id())).toList();
        long already = ctx.store().dsl().fetchCount(w);
        int each = (int) Math.max(12, (total - already) / Math.max(1, todo.size()));
        List<Student> students = StudentsModule.of(ctx).students().allStudents();
        LocalDate today = records.today();
        YearMonth first = YearMonth.from(today).minusMonths(11);
        List<WorkRecord> batch = new ArrayList<>(BATCH + each);
        int written = 0;
        int shown = 0;
        long t0 = System.nanoTime();
        for (Counselor c : todo) {
            String className = (2023 + r.nextInt(3)) + "级" + (1 + r.nextInt(4)) + "班";
            List<Student> own = students.stream().filter(s -> c.id().equals(s.counselorId()))
                    .collect(Collectors.toList());
            for (int i = 0; i < each; i++) {
                YearMonth ym = first.plusMonths(i % 12);
                int last = ym.equals(YearMonth.from(today)) ? today.getDayOfMonth() : ym.lengthOfMonth();
                LocalDate on = ym.atDay(1 + r.nextInt(last));
                int k = r.nextInt(20);
                batch.add(k < 10 ? talk(c, on, className, today, own, students, r)
                        : k < 15 ? dorm(c, on, r) : k < 18 ? visit(c, on, className, r) : meeting(c, on, className, r));
            }
            if (batch.size() >= BATCH) {
                written += records.addAll(batch);
                batch.clear();
                if (written / 200_000 > shown) {
                    shown = written / 200_000;
                    System.out.printf("  %,d records in %,d s%n", written, (System.nanoTime() - t0) / 1_000_000_000L);
                }
            }
        }
        written += records.addAll(batch);
        return written;
    }

    private static WorkRecord talk(Counselor c, LocalDate on, String className, LocalDate today, List<Student> own,
                                   List<Student> all, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("way", RecordKind.TALK_WAYS.get(r.nextInt(4)));
        d.put("reason", REASONS.get(r.nextInt(REASONS.size())));
        d.put("learned", "学生反映近期学习和生活情况，情绪总体稳定");
        d.put("judgement", "需持续关注");
        d.put("measures", "约定两周后再次谈心，并与班主任沟通");
        LocalDate follow = r.nextInt(6) == 0 ? on.plusDays(14) : null;
        boolean done = follow != null && follow.isBefore(today) && r.nextInt(3) != 0;
        String category = RecordKind.TALK.categories().get(r.nextInt(RecordKind.TALK.categories().size()));
        int n = 1 + r.nextInt(3);
        List<StudentRef> students = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Student> from = own.isEmpty() ? all : own;
            if (!from.isEmpty() && r.nextBoolean()) {
                Student s = from.get(r.nextInt(from.size()));
                students.add(new StudentRef(s.id(), s.name()));
            } else {
                students.add(new StudentRef(null, NAMES.get(r.nextInt(NAMES.size())) + (i + 1)));
            }
        }
        return new WorkRecord(null, c.id(), RecordKind.TALK, on, LocalTime.of(9 + r.nextInt(9), r.nextInt(2) * 30),
                "辅导员办公室", className, category, follow, done, r.nextInt(20) == 0, d, students, 0);
    }

    private static WorkRecord dorm(Counselor c, LocalDate on, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("building", (1 + r.nextInt(8)) + "号学生公寓");
        d.put("rooms", String.valueOf(100 * (1 + r.nextInt(6)) + 1 + r.nextInt(20)));
        d.put("hygiene", r.nextInt(5) == 0 ? "卫生较差，已要求整改" : "整洁");
        d.put("safety", "无安全隐患");
        d.put("findings", "学生作息规律，宿舍关系融洽");
        return new WorkRecord(null, c.id(), RecordKind.DORM_VISIT, on, LocalTime.of(20, 0), d.get("building"), null,
                null, null, false, false, d, List.of(), 0);
    }

    private static WorkRecord visit(Counselor c, LocalDate on, String className, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        int expected = 35 + r.nextInt(15);
        d.put("course", COURSES.get(r.nextInt(COURSES.size())));
        d.put("expected", String.valueOf(expected));
        d.put("present", String.valueOf(expected - r.nextInt(3)));
        d.put("observations", "课堂纪律良好，个别学生使用手机");
        return new WorkRecord(null, c.id(), RecordKind.CLASS_VISIT, on, null, "教学楼 " + (100 + r.nextInt(400)),
                className, null, null, false, false, d, List.of(), 0);
    }

    private static WorkRecord meeting(Counselor c, LocalDate on, String className, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("theme", THEMES.get(r.nextInt(THEMES.size())));
        d.put("attendance", String.valueOf(30 + r.nextInt(20)));
        return new WorkRecord(null, c.id(), RecordKind.CLASS_MEETING, on, null, "教学楼 " + (100 + r.nextInt(400)),
                className, r.nextInt(5) == 0 ? "GRADE" : "CLASS", null, false, false, d, List.of(), 0);
    }
}
