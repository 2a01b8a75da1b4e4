package cn.huyang.print;

import java.util.List;

/**
 * What one applicant's recommendation sheet (职称评审推荐表) prints, as text ready to print: the
 * basic details, each criterion checked, the assessment results of the window, research outputs,
 * teaching, the panel's scores and the result. Built from the title evaluation's data; the layout
 * knows nothing of the database.
 *
 * @param heading the sheet's title, naming the year and the track
 * @param verdict the result in words, empty while undecided
 */
public record RecommendationSheet(
        int year,
        String heading,
        String unit,
        String name,
        String gender,
        String birth,
        String ethnicity,
        String politicalStatus,
        String educationAndDegree,
        String major,
        String department,
        String entryDate,
        String current,
        String target,
        String yearsAsCounselor,
        String appliedOn,
        List<Check> checks,
        List<YearGrade> assessments,
        List<Output> outputs,
        List<Teaching> teaching,
        String scoreWork,
        String scoreResearch,
        String weights,
        String total,
        String rank,
        String standing,
        String verdict,
        String verdictNote) {

    public RecommendationSheet {
        checks = List.copyOf(checks);
        assessments = List.copyOf(assessments);
        outputs = List.copyOf(outputs);
        teaching = List.copyOf(teaching);
    }

    /** One criterion: what it asks, what the record shows (with any shortfall), and whether it is met. */
    public record Check(String criterion, String requirement, String evidence, boolean met) {
    }

    /** An assessment year of the window and its grade ("无考核结果" when there is none). */
    public record YearGrade(String year, String grade) {
    }

    /** A research output: its name, kind, level, year and the applicant's part. */
    public record Output(String caption, String kind, String level, String year, String role) {
    }

    /** A course taught in a semester, with its hours. */
    public record Teaching(String semester, String course, String hours) {
    }
}
