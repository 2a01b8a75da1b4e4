package cn.huyang.bench;

import cn.huyang.app.AppContext;
import cn.huyang.app.WorklogModule;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import cn.huyang.worklog.Journal;
import cn.huyang.worklog.JournalService;
import cn.huyang.worklog.RecordKind;
import cn.huyang.worklog.StudentRef;
import cn.huyang.worklog.WorkRecord;
import cn.huyang.worklog.WorklogFindings;
import cn.huyang.worklog.WorklogService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A department's year on its own PC (issue 20's benchmark), written through the real services so that
 * every row is stamped and every text sealed as in use: the department's counselors (registered), the
 * year's training (the department's fortnightly study sessions, a college-wide one, regional trainings
 * for a few), the year's assessment scores, the journals of the teaching weeks, and as many work records
 * (half of them talks with one to three students named) as bring the package to about {@code rows}
 * rows. Then {@link #change} changes about a tenth of them, as a department does in its next weeks.
 */
final class PackageBenchData {
    private static final int BATCH = 5000;
    private static final List<String> STUDY = List.of("辅导员月度理论学习", "学生工作案例研讨", "心理危机识别与干预专题",
            "资助育人工作专题", "网络思政工作坊", "学生安全教育专题", "就业指导能力提升", "民族团结教育专题");
    private static final List<String> REASONS = List.of("学业预警后谈心", "新生适应情况了解", "宿舍矛盾调解",
            "家庭经济困难情况了解", "考试焦虑疏导", "就业意向沟通");
    private static final List<String> NAMES = List.of("阿依古丽", "买买提", "王芳", "李娜", "古丽米拉", "艾力");
    private static final List<String> THEMES = List.of("安全教育", "学风建设", "心理健康教育", "诚信考试");

    private AppContext ctx;
    private final Random r;
    private final int year;
    private final LocalDate today;
    private final List<Counselor> counselors = new ArrayList<>();
    private final List<Long> sessions = new ArrayList<>();

    PackageBenchData(AppContext ctx, long seed) {
        this.ctx = ctx;
        this.r = new Random(seed);
        this.today = LocalDate.now(ctx.clock());
        this.year = today.getYear();
    }

    /** The same data on the store opened again. */
    PackageBenchData on(AppContext reopened) {
        this.ctx = reopened;
        return this;
    }

    /** Writes the department's year; returns what was written by kind. */
    Map<String, Integer> write(long departmentId, int n, int rows) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Counselor draft = TestData.counselor("辅导员" + (i + 1), departmentId,
                    i % 5 == 4 ? PostType.PART_TIME : PostType.FULL_TIME, i + 1, LocalDate.of(2015 + i % 10, 9, 1));
            counselors.add(ctx.roster().register(draft, draft.entryDate()));
        }
        out.put("counselors", n);
        out.put("training records", training());
        out.put("assessment entries", assessment());
        WorklogModule wl = WorklogModule.of(ctx);
        int journals = journals(wl.journals());
        out.put("journals", journals);
        // about one line per record (half are talks with one to three students): records ≈ what is left / 2
        int used = n * 2 + out.get("training records") + out.get("assessment entries") + journals + 30;
        out.put("work records", workRecords(wl.records(), Math.max(n, (rows - used) / 2)));
        return out;
    }

    private int training() {
        int records = 0;
        for (int month = 1; month <= 12; month++) {
            if (month == 2 || month == 8) {
                continue;
            }
            for (int fortnight = 0; fortnight < 2; fortnight++) {
                LocalDate day = LocalDate.of(year, month, 3 + 14 * fortnight + r.nextInt(10));
                records += session(STUDY.get((month * 2 + fortnight) % STUDY.size()), TrainingLevel.SCHOOL, day, day,
                        "1", counselors, 0.75);
            }
        }
        LocalDate wide = LocalDate.of(year, 10, 20);
        records += session("全校辅导员专题培训", TrainingLevel.SCHOOL, wide, wide.plusDays(1), "8", counselors, 0.9);
        for (int g = 0; g < Math.max(1, counselors.size() / 12); g++) {
            LocalDate start = LocalDate.of(year, 3 + r.nextInt(9), 1 + r.nextInt(20));
            List<Counselor> picked = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(4); i++) {
                picked.add(counselors.get(r.nextInt(counselors.size())));
            }
            records += session("自治区高校辅导员骨干培训班", TrainingLevel.REGIONAL, start, start.plusDays(4), "40",
                    picked.stream().distinct().toList(), 1.0);
        }
        return records;
    }

    private int session(String course, TrainingLevel level, LocalDate start, LocalDate end, String hours,
                        List<Counselor> pool, double attends) {
        List<TrainingSession.Attendee> attendees = new ArrayList<>();
        for (Counselor c : pool) {
            if (r.nextDouble() < attends) {
                String certificate = level.isHigher() ? "ZS" + year + String.format("%05d", r.nextInt(100_000)) : null;
                attendees.add(new TrainingSession.Attendee(null, c.id(), null, certificate, null));
            }
        }
        if (attendees.isEmpty() || !end.isBefore(today)) {
            return 0;
        }
        TrainingSession stored = ctx.training().save(new TrainingSession(null, course, level.isHigher() ? "自治区教育厅" : "学工部", level,
                TrainingCategory.ROUTINE, start, end, new BigDecimal(hours), level.isHigher() ? new BigDecimal("2000")
                : null, null, attendees)).session();
        sessions.add(stored.id());
        return attendees.size();
    }

    private int assessment() {
        List<Entry> entries = new ArrayList<>();
        for (Counselor c : counselors) {
            entries.add(entry(c.id(), 83 + r.nextGaussian() * 6));
        }
        ctx.assessment().saveEntries(year, entries);
        return entries.size();
    }

    private Entry entry(long counselorId, double q) {
        Map<Party, BigDecimal> scores = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            double v = Math.max(40, Math.min(99, q + r.nextGaussian() * 3));
            scores.put(p, BigDecimal.valueOf(Math.round(v * 2) / 2.0).setScale(2));
        }
        return new Entry(year, counselorId, scores, null, null, r.nextInt(4) == 0 ? "全年工作认真负责，完成各项任务" : null,
                null, null, null);
    }

    private int journals(JournalService journals) {
        List<Journal> all = new ArrayList<>();
        for (Counselor c : counselors) {
            for (YearMonth ym = YearMonth.of(year, 1); !ym.isAfter(YearMonth.from(today)); ym = ym.plusMonths(1)) {
                for (LocalDate monday : WorklogFindings.teachingWeeks(ym)) {
                    if (monday.plusDays(4).isBefore(today) && r.nextInt(12) != 0) {
                        Map<String, String> e = new LinkedHashMap<>();
                        e.put("duty1", "组织班级学习习近平新时代中国特色社会主义思想");
                        e.put("duty5", "走访宿舍，处理学生日常事务");
                        e.put("students", "学生思想总体稳定，个别学生学业困难");
                        e.put("plans", "下周召开主题班会");
                        all.add(new Journal(null, c.id(), monday, e, monday.plusDays(4).atTime(18, 0), null, null,
                                null, 0));
                    }
                }
            }
        }
        return journals.addAll(all);
    }

    private int workRecords(WorklogService records, int total) {
        int each = Math.max(1, total / counselors.size());
        int span = today.getDayOfYear() - 1;
        List<WorkRecord> batch = new ArrayList<>(BATCH + each);
        int written = 0;
        for (Counselor c : counselors) {
            for (int i = 0; i < each; i++) {
                LocalDate on = LocalDate.of(year, 1, 1).plusDays(r.nextInt(span));
                int k = r.nextInt(20);
                batch.add(k < 10 ? talk(c, on) : k < 15 ? dorm(c, on) : meeting(c, on));
            }
            if (batch.size() >= BATCH) {
                written += records.addAll(batch);
                batch.clear();
            }
        }
        return written + records.addAll(batch);
    }

    private WorkRecord talk(Counselor c, LocalDate on) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("way", RecordKind.TALK_WAYS.get(r.nextInt(4)));
        d.put("reason", REASONS.get(r.nextInt(REASONS.size())));
        d.put("learned", "学生反映近期学习和生活情况，情绪总体稳定");
        d.put("judgement", "需持续关注");
        d.put("measures", "约定两周后再次谈心，并与班主任沟通");
        LocalDate follow = r.nextInt(6) == 0 ? on.plusDays(14) : null;
        String category = RecordKind.TALK.categories().get(r.nextInt(RecordKind.TALK.categories().size()));
        List<StudentRef> students = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(3); i++) {
            students.add(new StudentRef(null, NAMES.get(r.nextInt(NAMES.size())) + (i + 1)));
        }
        return new WorkRecord(null, c.id(), RecordKind.TALK, on, LocalTime.of(9 + r.nextInt(9), r.nextInt(2) * 30),
                "辅导员办公室", "2025级计算机1班", category, follow, false, r.nextInt(20) == 0, d, students, 0);
    }

    private WorkRecord dorm(Counselor c, LocalDate on) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("building", (1 + r.nextInt(8)) + "号学生公寓");
        d.put("rooms", String.valueOf(100 * (1 + r.nextInt(6)) + 1 + r.nextInt(20)));
        d.put("hygiene", r.nextInt(5) == 0 ? "卫生较差，已要求整改" : "整洁");
        d.put("safety", "无安全隐患");
        d.put("findings", "学生作息规律，宿舍关系融洽");
        return new WorkRecord(null, c.id(), RecordKind.DORM_VISIT, on, LocalTime.of(20, 0), d.get("building"), null,
                null, null, false, false, d, List.of(), 0);
    }

    private WorkRecord meeting(Counselor c, LocalDate on) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("theme", THEMES.get(r.nextInt(THEMES.size())));
        d.put("attendance", String.valueOf(30 + r.nextInt(20)));
        return new WorkRecord(null, c.id(), RecordKind.CLASS_MEETING, on, null, "教学楼 " + (100 + r.nextInt(400)),
                "2025级计算机1班", "CLASS", null, false, false, d, List.of(), 0);
    }

    /**
     * About one row in ten changed through the services: every tenth work record of each month edited
     * (a text added), every tenth journal reviewed, a tenth of the scores corrected, one session's
     * attendance changed; one work record a month of each counselor deleted. Returns the rows changed
     * and deleted.
     */
    int[] change() {
        WorklogModule wl = WorklogModule.of(ctx);
        WorklogService records = wl.records();
        JournalService journals = wl.journals();
        int changed = 0;
        int deleted = 0;
        for (Counselor c : counselors) {
            for (YearMonth ym = YearMonth.of(year, 1); !ym.isAfter(YearMonth.from(today)); ym = ym.plusMonths(1)) {
                List<WorkRecord> month = new ArrayList<>(records.month(c.id(), ym));
                if (month.size() > 20) {
                    records.delete(month.remove(month.size() - 1)); // entered twice: the second removed
                    deleted++;
                }
                for (int i = 0; i < month.size(); i += 10) {
                    WorkRecord w = month.get(i);
                    Map<String, String> d = new LinkedHashMap<>(w.details());
                    String field = switch (w.kind()) {
                        case TALK -> "measures";
                        case DORM_VISIT -> "actions";
                        case CLASS_VISIT -> "notes";
                        case CLASS_MEETING -> "outcome";
                    };
                    d.merge(field, "已补记跟进情况", (a, b) -> a + "；" + b);
                    records.update(new WorkRecord(w.id(), w.counselorId(), w.kind(), w.date(), w.time(), w.place(),
                            w.className(), w.category(), w.followUpOn(), w.followUpDone(), w.confidential(), d,
                            w.students(), w.version()));
                    changed++;
                }
                List<Journal> js = journals.month(c.id(), ym);
                for (int i = c.id().intValue() % 10; i < js.size(); i += 10) {
                    journals.review(js.get(i), "已阅，请继续做好学生谈心工作");
                    changed++;
                }
            }
        }
        for (int i = 0; i < sessions.size(); i += 10) {
            TrainingSession s = ctx.training().session(sessions.get(i)).orElseThrow();
            List<TrainingSession.Attendee> attendees = new ArrayList<>(s.attendees());
            TrainingSession.Attendee a = attendees.get(0);
            attendees.set(0, new TrainingSession.Attendee(a.recordId(), a.counselorId(), a.hours(), a.certificateNo(),
                    "补录签到"));
            ctx.training().save(new TrainingSession(s.id(), s.course(), s.organiser(), s.level(), s.category(),
                    s.startDate(), s.endDate(), s.hours(), s.costPerPerson(), "签到表已补录", attendees, s.version()));
            changed += 2;
        }
        Map<Long, Entry> stored = new java.util.HashMap<>();
        ctx.assessment().sheet(year).rows().forEach(row -> stored.put(row.counselor().id(), row.entry()));
        List<Entry> corrected = new ArrayList<>();
        for (int i = 0; i < counselors.size(); i += 10) {
            Entry e = stored.get(counselors.get(i).id());
            corrected.add(new Entry(year, e.counselorId(), entry(e.counselorId(), 85).scores(), e.bonus(), e.veto(),
                    e.summary(), e.overrideGrade(), e.overrideReason(), e.review(), e.version()));
        }
        ctx.assessment().saveEntries(year, corrected);
        return new int[] {changed + corrected.size(), deleted};
    }
}
