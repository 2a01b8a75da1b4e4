package cn.huyang.access;

import cn.huyang.common.Coded;

/**
 * Every kind of thing a user may be allowed to do. Reading is {@link #READ}: what a role reads
 * bounds what it exports and prints too. The rest change data or let it leave the program.
 */
public enum Operation implements Coded {
    READ,
    VIEW_FULL_ID,
    EXPORT,
    ROSTER_EDIT,
    DEPARTMENTS_EDIT,
    TRAINING_EDIT,
    SCHEME_EDIT,
    SCORES_OFFICE,
    SCORES_BRANCH,
    SCORES_STUDENTS,
    SCORES_PERSONNEL,
    RESULTS_CONFIRM,
    TITLES_EDIT,
    FINDINGS_DECIDE,
    IMPORT,
    POLICY_EDIT,
    DEMO_DATA,
    BACKUP,
    RESTORE,
    ACCOUNTS_MANAGE,
    AUDIT_VIEW,
    DATA_LOCATION,
    /** The allowance standards and payments (待遇保障). */
    ALLOWANCE_EDIT,
    /** Counselors' actual incomes and teachers' average incomes: personal data, shown only to these roles. */
    INCOME_VIEW,
    INCOME_EDIT,
    /** Dormitory buildings' offices and activity rooms, grade meetings in the timetable. */
    FACILITIES_EDIT,
    /** 选聘: rounds, posts, candidates, stages, 公示, 试岗 and hiring [三(二)3(1)]. */
    RECRUITMENT,
    /** 选聘: entering the written and interview scores. */
    RECRUITMENT_SCORES,
    /** 工作记录 [三(一)3]: entering and changing talks, class visits, dormitory visits, class meetings, journals. */
    WORKLOG_EDIT,
    /** Reading the texts of work records (what was said, judged, done): the most sensitive data. */
    WORKLOG_READ,
    /** Reading the counts of work records (monthly and yearly summaries, findings), never the texts. */
    WORKLOG_SUMMARY,
    /** A department marks a counselor's weekly journal read, with a comment. */
    JOURNAL_REVIEW,
    /** The student list, students' files and the attention list (一人一档). */
    STUDENTS_EDIT,
    /** Opening a student's file (audited every time). */
    STUDENT_FILES,
    /** Exporting texts of work records or students' files: an explicit, audited choice. */
    SENSITIVE_EXPORT,
    /** The office's side of the data packages (issue 20): giving out the office key file, receiving packages. */
    PACKAGE_RECEIVE,
    /** Writing a data package: 学工部 for a department PC, 系部 of its department and 辅导员 of own records for the office. */
    PACKAGE_SEND;

    @Override
    public String keyPrefix() {
        return "operation";
    }
}
