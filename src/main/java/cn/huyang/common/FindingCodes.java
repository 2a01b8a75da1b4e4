package cn.huyang.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every finding code with the seed clause it comes from; {@code seed/clauses_zh.properties} holds
 * each clause's sentence. A code without a clause is a programming error.
 */
public final class FindingCodes {
    private static final Map<String, String> CLAUSES = new LinkedHashMap<>();

    static {
        CLAUSES.put("STAFFING_RATIO", "三(二)1");
        CLAUSES.put("EMPLOYMENT_FORM", "三(二)1");
        CLAUSES.put("BASIC_EDUCATION", "三(二)2");
        CLAUSES.put("BASIC_PARTY", "三(二)2");
        CLAUSES.put("YOUNG_TEACHER_SERVICE", "三(二)3(2)");
        CLAUSES.put("TRAINING_HOURS", "三(三)4");
        CLAUSES.put("TRAINING_HIGHER_LEVEL", "三(三)4");
        CLAUSES.put("TRAINING_OUTSIDE_SERVICE", "三(二)1");
        CLAUSES.put("TEACHING_LOAD", "三(三)6");
        CLAUSES.put("QUOTA_EXCEEDED", "三(四)2");
        CLAUSES.put("INCOMPETENT_ADJUST", "三(四)3");
        CLAUSES.put("INCOMPETENT_REFUSED", "三(四)3");
        CLAUSES.put("TWO_YEARS_INCOMPETENT", "三(四)3");
        CLAUSES.put("ALLOWANCE_LATE", "三(三)8");
        CLAUSES.put("INCOME_BELOW_TEACHERS", "三(三)8");
        CLAUSES.put("DORM_OFFICE", "三(三)7");
        CLAUSES.put("ATTENTION_OVERDUE", "三(一)3");
        CLAUSES.put("WORKLOG_TALKS_SHORT", "三(一)3");
        CLAUSES.put("WORKLOG_DORM_SHORT", "三(一)3");
        CLAUSES.put("WORKLOG_CLASS_VISITS_SHORT", "三(一)3");
        CLAUSES.put("WORKLOG_JOURNAL_MISSING", "三(一)3");
        CLAUSES.put("WORKLOG_FOLLOW_UP_OVERDUE", "三(一)3");
    }

    private FindingCodes() {
    }

    public static String clause(String code) {
        String clause = CLAUSES.get(code);
        if (clause == null) {
            throw new IllegalArgumentException("finding code without a clause: " + code);
        }
        return clause;
    }

    public static Set<String> codes() {
        return CLAUSES.keySet();
    }
}
