package cn.huyang.assessment;

import cn.huyang.common.Messages;

/**
 * A counselor's year of work records [三(一)3] as the assessment shows them: records by kind and the students
 * reached. The appraisal form's 备注 has the sentence ({@link #line}); the scoring grid, beside the 学工部
 * score, the short form ({@link #brief}).
 */
public record WorkCounts(int talks, int classVisits, int dormVisits, int meetings, int students) {

    /** 本年度工作记录：谈心谈话 N 次、听课 N 次、走访宿舍 N 次、班会 N 次，联系学生 N 人次. */
    public String line(Messages m) {
        return m.get("worklog.evidence", talks, classVisits, dormVisits, meetings, students);
    }

    /** 谈心N 听课N 宿舍N 班会N (the grid's column). */
    public String brief(Messages m) {
        return m.get("assessment.work.brief", talks, classVisits, dormVisits, meetings);
    }
}
