package cn.huyang.training;

/**
 * A counselor the training form can add as an attendee.
 *
 * @param onRoster not deregistered (in post or on leave)
 * @param inPost   in post now: who "a whole department" adds
 */
public record Candidate(long counselorId, String name, Long departmentId, String department, String idNumber,
                        boolean onRoster, boolean inPost) {
}
