package cn.huyang.overview;

import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.StaffingRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The team at a glance for a year and the college or one department, as the dashboard and the team
 * report show it — every figure from the features' own queries ({@link TeamFigures}).
 *
 * @param departmentId      the department in scope, or null for the college (what the user may see)
 * @param scopeName         the department's name, or the college's label
 * @param from              the first day of the span asked (the year's, or a report's half-year)
 * @param on                the day whose roster is counted
 * @param staffing          a row per department in scope (code of its bar: the department's id)
 * @param total             the scope's row: the college as a whole, or the department's
 * @param flows             entries and exits in each of the last five years
 * @param periodFlow        entries and exits in the span asked (the year, or a report's half-year)
 * @param findings          the open findings in scope, or null while they are still being counted
 *                          ({@link TeamFigures#withFindings})
 */
public record Figures(int year, Long departmentId, String scopeName, LocalDate from, LocalDate on,
                      List<StaffingRow> staffing, StaffingRow total, Structure structure, List<Flow> flows,
                      Flow periodFlow, TrainingShare training, GradeCounts grades, TitleCounts titles,
                      FindingFigures findings) {

    public Figures {
        staffing = List.copyOf(staffing);
        flows = List.copyOf(flows);
    }

    /** The same figures with their findings counted. */
    public Figures with(FindingFigures counted) {
        return new Figures(year, departmentId, scopeName, from, on, staffing, total, structure, flows, periodFlow,
                training, grades, titles, counted);
    }

    /** Whether the findings are counted yet. */
    public boolean findingsCounted() {
        return findings != null;
    }

    /** Open findings counted by seed clause (code: the clause); none while not counted. */
    public List<Bar> findingsByClause() {
        return findings == null ? List.of() : findings.byClause();
    }

    /** The open findings in scope, in the register's order; none while not counted. */
    public List<TrackedFinding> openFindings() {
        return findings == null ? List.of() : findings.open();
    }

    /** Findings in scope acknowledged with a plan not yet due at the span's start (下一步工作). */
    public List<TrackedFinding> plans() {
        return findings == null ? List.of() : findings.plans();
    }

    /** Counselors in post in scope (full-time and part-time). */
    public int headcount() {
        return total.fullTime() + total.partTime();
    }
}
