package cn.huyang.title;

/** A counselor found by the records search: enough to list, tell apart and pick. */
public record CounselorChoice(long id, String name, String department, String idNumber, boolean deregistered) {
}
