package cn.huyang.demo;

import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterService;
import cn.huyang.worklog.Journal;
import cn.huyang.worklog.JournalService;
import cn.huyang.worklog.RecordKind;
import cn.huyang.worklog.StudentChoice;
import cn.huyang.worklog.StudentDirectory;
import cn.huyang.worklog.StudentRef;
import cn.huyang.worklog.WorkRecord;
import cn.huyang.worklog.WorklogFindings;
import cn.huyang.worklog.WorklogService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A year of plausible work records for the first {@value #MAX_COUNSELORS} counselors in post (the last twelve months to today):
 * talks, class visits, dormitory visits and a class meeting most months, and the journals of the teaching
 * weeks of the last three months. About one counselor in eight is short of dormitory visits, one in ten
 * short of talks; some follow-ups are left open past their date. Written in batches (thousands of rows
 * per statement), not one record at a time; nothing is added when the store already holds work records.
 */
public class WorklogDemoData implements DemoExtra {
    private static final int BATCH = 2000;
    /**
     * The counselors in post who get a year of records: enough for every screen, summary and finding;
     * at the region's 10,000 counselors a full year (some 700,000 records) would add minutes to the demo.
     */
    static final int MAX_COUNSELORS = 200;
    private static final List<String> REASONS = List.of("学业预警后谈心", "新生适应情况了解", "宿舍矛盾调解",
            "家庭经济困难情况了解", "考试焦虑疏导", "就业意向沟通", "请假返校后谈心", "班委工作交流");
    private static final List<String> COURSES = List.of("高等数学", "大学英语", "思想道德与法治", "计算机应用基础",
            "机械制图", "基础护理", "会计基础", "形势与政策");
    private static final List<String> THEMES = List.of("铸牢中华民族共同体意识", "安全教育", "学风建设",
            "心理健康教育", "诚信考试", "职业生涯规划", "文明宿舍建设");

    private final WorklogService records;
    private final JournalService journals;
    private final RosterService roster;
    private final StudentDirectory students;

    /** @param students the student list talks name their students from (made first by the student files' demo) */
    public WorklogDemoData(WorklogService records, JournalService journals, RosterService roster,
                           StudentDirectory students) {
        this.students = students;
        this.records = records;
        this.journals = journals;
        this.roster = roster;
    }

    @Override
    public void write(int thisYear, int years, long seed) {
        if (!records.isEmpty()) {
            return; // demo data added again (--force) keeps what is there
        }
        Random r = new Random(seed ^ 0x3071L);
        LocalDate today = records.today();
        YearMonth first = YearMonth.from(today).minusMonths(11);
        List<WorkRecord> batch = new ArrayList<>(BATCH + 64);
        List<Journal> journalBatch = new ArrayList<>();
        int written = 0;
        for (Counselor c : roster.counselors()) {
            if (c.status() != cn.huyang.roster.CounselorStatus.ACTIVE) {
                continue;
            }
            if (++written > MAX_COUNSELORS) {
                break;
            }
            boolean fewDorm = r.nextInt(8) == 0;
            boolean fewTalks = r.nextInt(10) == 0;
            String className = className(c, r);
            List<StudentChoice> mine = students.studentsOf(c.id());
            for (YearMonth ym = first; !ym.isAfter(YearMonth.from(today)); ym = ym.plusMonths(1)) {
                if (c.entryDate() != null && ym.atEndOfMonth().isBefore(c.entryDate())) {
                    continue;
                }
                int last = ym.equals(YearMonth.from(today)) ? today.getDayOfMonth() : ym.lengthOfMonth();
                boolean holiday = ym.getMonthValue() == 7 || ym.getMonthValue() == 8 || ym.getMonthValue() == 2;
                int talks = holiday ? r.nextInt(2) : fewTalks ? 1 + r.nextInt(3) : 4 + r.nextInt(3);
                int dorm = holiday ? 0 : fewDorm ? r.nextInt(2) : 2 + r.nextInt(2);
                int visits = holiday ? 0 : 1 + (r.nextInt(4) == 0 ? 1 : 0);
                int meetings = holiday ? 0 : r.nextInt(3) == 0 ? 0 : 1;
                for (int i = 0; i < talks; i++) {
                    batch.add(talk(c, day(ym, last, r), className, today, r, mine));
                }
                for (int i = 0; i < dorm; i++) {
                    batch.add(dorm(c, day(ym, last, r), r));
                }
                for (int i = 0; i < visits; i++) {
                    batch.add(visit(c, day(ym, last, r), className, r));
                }
                for (int i = 0; i < meetings; i++) {
                    batch.add(meeting(c, day(ym, last, r), className, r));
                }
                if (ym.isAfter(YearMonth.from(today).minusMonths(3))) {
                    for (LocalDate monday : WorklogFindings.teachingWeeks(ym)) {
                        if (!monday.plusDays(4).isAfter(today) && r.nextInt(12) != 0) {
                            journalBatch.add(journal(c, monday, r));
                        }
                    }
                }
            }
            if (batch.size() >= BATCH) {
                records.addAll(batch);
                batch.clear();
            }
            if (journalBatch.size() >= BATCH) {
                journals.addAll(journalBatch);
                journalBatch.clear();
            }
        }
        records.addAll(batch);
        journals.addAll(journalBatch);
    }

    private static String className(Counselor c, Random r) {
        String classes = c.classesInCharge();
        if (classes != null && !classes.isBlank()) {
            return classes.split("[,，、;；]")[0].strip();
        }
        return (2023 + r.nextInt(3)) + "级" + (1 + r.nextInt(4)) + "班";
    }

    private static LocalDate day(YearMonth ym, int last, Random r) {
        return ym.atDay(1 + r.nextInt(last));
    }

    private static WorkRecord talk(Counselor c, LocalDate on, String className, LocalDate today, Random r,
                                   List<StudentChoice> mine) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("way", RecordKind.TALK_WAYS.get(r.nextInt(4)));
        d.put("reason", REASONS.get(r.nextInt(REASONS.size())));
        d.put("learned", "学生反映近期学习和生活情况，情绪总体稳定");
        d.put("judgement", "需持续关注");
        d.put("measures", "约定两周后再次谈心，并与班主任沟通");
        LocalDate follow = r.nextInt(6) == 0 ? on.plusDays(14) : null;
        boolean done = follow != null && follow.isBefore(today) && r.nextInt(3) != 0;
        String category = RecordKind.TALK.categories().get(r.nextInt(RecordKind.TALK.categories().size()));
        List<StudentRef> students = List.of(mine.isEmpty() ? new StudentRef(null, student(r))
                : mine.get(r.nextInt(mine.size())).ref());
        return new WorkRecord(null, c.id(), RecordKind.TALK, on, LocalTime.of(9 + r.nextInt(9), r.nextInt(2) * 30),
                "辅导员办公室", className, category, follow, done, r.nextInt(20) == 0, d, students, 0);
    }

    private static WorkRecord dorm(Counselor c, LocalDate on, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("building", (1 + r.nextInt(8)) + "号学生公寓");
        d.put("rooms", String.valueOf(100 * (1 + r.nextInt(6)) + 1 + r.nextInt(20)));
        d.put("hygiene", r.nextInt(5) == 0 ? "卫生较差，已要求整改" : "整洁");
        d.put("safety", "无安全隐患");
        d.put("appliances", r.nextInt(10) == 0 ? "发现违规电器 1 件，已收缴" : "无");
        d.put("findings", "学生作息规律，宿舍关系融洽");
        return new WorkRecord(null, c.id(), RecordKind.DORM_VISIT, on, LocalTime.of(20, 0), d.get("building"), null,
                null, null, false, false, d, List.of(), 0);
    }

    private static WorkRecord visit(Counselor c, LocalDate on, String className, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        int expected = 35 + r.nextInt(15);
        int absent = r.nextInt(3);
        d.put("period", (1 + 2 * r.nextInt(4)) + "-" + (2 + 2 * r.nextInt(4)) + "节");
        d.put("course", COURSES.get(r.nextInt(COURSES.size())));
        d.put("expected", String.valueOf(expected));
        d.put("present", String.valueOf(expected - absent));
        d.put("observations", "课堂纪律良好，个别学生使用手机");
        return new WorkRecord(null, c.id(), RecordKind.CLASS_VISIT, on, null, "教学楼 " + (100 + r.nextInt(400)),
                className, null, null, false, false, d, List.of(), 0);
    }

    private static WorkRecord meeting(Counselor c, LocalDate on, String className, Random r) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("theme", THEMES.get(r.nextInt(THEMES.size())));
        d.put("attendance", String.valueOf(30 + r.nextInt(20)));
        d.put("content", "结合近期情况开展主题教育");
        return new WorkRecord(null, c.id(), RecordKind.CLASS_MEETING, on, null, "教学楼 " + (100 + r.nextInt(400)),
                className, r.nextInt(5) == 0 ? "GRADE" : "CLASS", null, false, false, d, List.of(), 0);
    }

    private static Journal journal(Counselor c, LocalDate monday, Random r) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("duty1", "组织班级学习习近平新时代中国特色社会主义思想");
        e.put("duty5", "走访宿舍，处理学生日常事务");
        e.put("students", "学生思想总体稳定，个别学生学业困难");
        e.put("plans", "下周召开主题班会");
        boolean submitted = r.nextInt(10) != 0;
        return new Journal(null, c.id(), monday, e, submitted ? monday.plusDays(4).atTime(18, 0) : null, null, null,
                null, 0);
    }

    private static String student(Random r) {
        return DemoNames.SURNAMES.get(r.nextInt(DemoNames.SURNAMES.size()))
                + DemoNames.GIVEN_FEMALE.get(r.nextInt(DemoNames.GIVEN_FEMALE.size()));
    }
}
