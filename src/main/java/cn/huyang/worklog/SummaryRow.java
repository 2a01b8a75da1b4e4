package cn.huyang.worklog;

/** One line of a summary: a counselor (counselorId set) or a department (counselorId null), and its counts. */
public record SummaryRow(Long counselorId, String counselor, Long departmentId, String department, Counts counts) {
}
