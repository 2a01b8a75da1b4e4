package cn.huyang.policy;

import cn.huyang.common.Coded;
import java.util.Optional;

/**
 * The policy parameters the rules judge by, each with its stable key (lower-case, dotted: the
 * command line and {@code policy --json} name it so), the seed clause it comes from, the seed's
 * value, and what a value must be. Labels: {@code policy.param.<NAME>}.
 */
public enum PolicyKey implements Coded {
    /** 师生比不低于 1:200 [三(二)1]. */
    STUDENTS_PER_COUNSELOR("staffing.students-per-counselor", "三(二)1", "200", ValueKind.WHOLE, 1, 100_000),
    /** 兼职辅导员工作量按专职辅导员的三分之一核定 [三(二)1]. */
    PART_TIME_WEIGHT("staffing.part-time-weight", "三(二)1", "1/3", ValueKind.WEIGHT, 0, 0),
    /** 每年参加不少于 16 个学时的校级培训 [三(三)4]. */
    SCHOOL_HOURS_PER_YEAR("training.school-hours-per-year", "三(三)4", "16", ValueKind.HOURS, 0, 1000),
    /** 每 3 年参加 1 次国家级或自治区级培训 [三(三)4]. */
    HIGHER_LEVEL_WINDOW_YEARS("training.higher-level-window-years", "三(三)4", "3", ValueKind.WHOLE, 1, 20),
    /** 每学期承担不超过 1 门思想政治理论类课程 [三(三)6]. */
    MAX_COURSES_PER_SEMESTER("teaching.max-courses-per-semester", "三(三)6", "1", ValueKind.WHOLE, 0, 20),
    /** 青年教师晋升须有至少一年辅导员或班主任工作经历 [三(二)3(2)]. */
    YOUNG_TEACHER_SERVICE_YEARS("title.young-teacher-service-years", "三(二)3(2)", "1", ValueKind.WHOLE, 1, 20),
    /** The title criterion "no veto in the last N assessment years". */
    VETO_LOOK_BACK_YEARS("title.veto-look-back-years", "三(四)2", "3", ValueKind.WHOLE, 1, 20),
    /** 连续两年年度考核不合格的，可以解除聘用合同 [三(四)3]. */
    CONSECUTIVE_INCOMPETENT_YEARS("assessment.consecutive-incompetent-years", "三(四)3", "2", ValueKind.WHOLE, 1, 10),
    /** “十佳辅导员” [三(四)4]. */
    TOP_TEN_SIZE("assessment.top-ten-size", "三(四)4", "10", ValueKind.WHOLE, 1, 100),
    /**
     * 辅导员津贴按时足额发放 [三(三)8]: the day of each month by which that month's allowance is paid in full
     * (a day past the month's end is its last day). The seed names no day: the program ships 31.
     */
    ALLOWANCE_DUE_DAY("guarantee.allowance-due-day", "三(三)8", "31", ValueKind.WHOLE, 1, 31),
    /** 选聘须经公示 [三(二)3(1)]: the 公示 lasts this many working days (the seed names no length; 5 is the program's). */
    RECRUITMENT_NOTICE_WORKING_DAYS("recruitment.notice-working-days", "三(二)3(1)", "5", ValueKind.WHOLE, 1, 30),
    /** 特别关注的学生必须建立“一人一档” [三(一)3]: 一级关注 at least one contact in this many days (weekly). */
    ATTENTION_CONTACT_DAYS_LEVEL1("students.attention-contact-days.level1", "三(一)3", "7", ValueKind.WHOLE, 1, 366),
    /** 二级关注: at least one contact in this many days (fortnightly). */
    ATTENTION_CONTACT_DAYS_LEVEL2("students.attention-contact-days.level2", "三(一)3", "14", ValueKind.WHOLE, 1, 366),
    /** 三级关注: at least one contact in this many days (monthly). */
    ATTENTION_CONTACT_DAYS_LEVEL3("students.attention-contact-days.level3", "三(一)3", "30", ValueKind.WHOLE, 1, 366),
    /** 谈心制度 [三(一)3]: talks a counselor records each month (the seed says 经常性; 4 is the program's). */
    WORKLOG_TALKS_PER_MONTH("worklog.talks-per-month", "三(一)3", "4", ValueKind.WHOLE, 0, 500),
    /** 进宿舍制度 [三(一)3]: dormitory visits each month (the seed names no number; 2 is the program's). */
    WORKLOG_DORM_VISITS_PER_MONTH("worklog.dorm-visits-per-month", "三(一)3", "2", ValueKind.WHOLE, 0, 500),
    /** 听课制度 [三(一)3]: class visits each month (the seed names no number; 1 is the program's). */
    WORKLOG_CLASS_VISITS_PER_MONTH("worklog.class-visits-per-month", "三(一)3", "1", ValueKind.WHOLE, 0, 500),
    /** 周记制度 [三(一)3]: a journal each teaching week (1) or none asked (0). */
    WORKLOG_JOURNAL_PER_TEACHING_WEEK("worklog.journal-per-teaching-week", "三(一)3", "1", ValueKind.WHOLE, 0, 1);

    private final String key;
    private final String clause;
    private final String defaultValue;
    private final ValueKind kind;
    private final int min;
    private final int max;

    PolicyKey(String key, String clause, String defaultValue, ValueKind kind, int min, int max) {
        this.key = key;
        this.clause = clause;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** The stable key, e.g. {@code staffing.students-per-counselor}. */
    public String key() {
        return key;
    }

    /** The seed clause, e.g. {@code 三(二)1}. */
    public String clause() {
        return clause;
    }

    /** The seed's value, as the migration ships it. */
    public String defaultValue() {
        return defaultValue;
    }

    public ValueKind kind() {
        return kind;
    }

    /** The smallest whole value allowed (for {@link ValueKind#WHOLE}). */
    public int min() {
        return min;
    }

    /** The largest value allowed (whole values and hours). */
    public int max() {
        return max;
    }

    @Override
    public String keyPrefix() {
        return "policy.param";
    }

    /** The label's bundle key names the stable key ({@code policy.param.staffing.students-per-counselor}): findings carry those keys. */
    @Override
    public String messageKey() {
        return keyPrefix() + "." + key;
    }

    public static Optional<PolicyKey> byKey(String key) {
        for (PolicyKey k : values()) {
            if (k.key.equals(key == null ? null : key.strip().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** What a value of a parameter is. */
    public enum ValueKind {
        /** A whole number between the key's min and max. */
        WHOLE,
        /** Class hours: above 0, at most the key's max, one decimal place at most. */
        HOURS,
        /** A weight above 0 and at most 1, written as a fraction, e.g. 1/3. */
        WEIGHT
    }
}
