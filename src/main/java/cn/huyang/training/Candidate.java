package cn.huyang.training;

/** A counselor the training form can add as an attendee. */
public record Candidate(long counselorId, String name, Long departmentId, String department, String idNumber,
                        boolean onRoster) {
}
