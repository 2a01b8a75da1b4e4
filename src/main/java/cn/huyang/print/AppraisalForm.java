package cn.huyang.print;

import java.util.List;

/**
 * What one counselor's appraisal form (考核登记表) prints, as text ready to print: the first page
 * laid out like the national 事业单位工作人员年度考核登记表, the second the counselors' 考核评分汇总表.
 * Built by the assessment service; the layout knows nothing of the database.
 *
 * @param summary the counselor's own summary (个人总结), or null to leave ruled space for handwriting
 */
public record AppraisalForm(
        int year,
        String unit,
        String name,
        String gender,
        String birth,
        String ethnicity,
        String politicalStatus,
        String education,
        String departmentAndPosition,
        String positionSince,
        String work,
        String summary,
        String proposedGrade,
        String grade,
        String remarks,
        // 考核评分汇总表
        String department,
        String classes,
        String students,
        String yearsAsCounselor,
        String titleAndRank,
        List<ScoreLine> scores,
        String bonus,
        String veto,
        String total,
        String rank,
        String note) {

    public AppraisalForm {
        scores = List.copyOf(scores);
    }

    /** One party's line: its name, weight, score and weighted points. */
    public record ScoreLine(String party, String weight, String score, String weighted) {
    }
}
