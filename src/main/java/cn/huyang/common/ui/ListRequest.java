package cn.huyang.common.ui;

/**
 * A filtered list one tab asks another to show (the dashboard's click on a bar or a slice).
 *
 * @param tabId        the tab's id ({@code rosterTab}, {@code trainingTab}, …)
 * @param year         the year to show, or null to keep the tab's
 * @param departmentId the department, or null for every department the user may see
 * @param department   the department's name (tabs that filter by name), or null
 * @param what         what else narrows the list, as the tab understands it: {@link #SHORT} for those falling
 *                     short, a seed clause for the findings, a grade's name for the assessment; or null
 */
public record ListRequest(String tabId, Integer year, Long departmentId, String department, String what) {
    /** The training compliance: only those falling short. */
    public static final String SHORT = "SHORT";
}
