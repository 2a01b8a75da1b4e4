package cn.huyang.common.ui;

import java.util.Optional;

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
    private static final String TALK = "TALK:";

    /** 工作记录: a new talk with a student (学生档案's 新建谈话记录), in the student's counselor's records. */
    public static ListRequest newTalk(long counselorId, long studentId) {
        return new ListRequest("worklogTab", null, null, null, TALK + counselorId + ":" + studentId);
    }

    /** The counselor and the student of a {@link #newTalk} request. */
    public Optional<Talk> talk() {
        if (what == null || !what.startsWith(TALK)) {
            return Optional.empty();
        }
        String[] ids = what.substring(TALK.length()).split(":");
        return Optional.of(new Talk(Long.parseLong(ids[0]), Long.parseLong(ids[1])));
    }

    /** A new talk's counselor and student. */
    public record Talk(long counselorId, long studentId) {
    }
}
