package cn.huyang.training;

import cn.huyang.common.Messages;
import cn.huyang.common.SameNames;

/**
 * A counselor the training form can add as an attendee.
 *
 * @param onRoster not deregistered (in post or on leave)
 * @param inPost   in post now: who "a whole department" adds
 * @param idTail   the last four of the ID number when another counselor has the same name, else null
 */
public record Candidate(long counselorId, String name, Long departmentId, String department, String idNumber,
                        boolean onRoster, boolean inPost, String idTail) {

    /** The name, followed by the ID number's last four when another counselor has it too. */
    public String shown(Messages m) {
        return SameNames.shown(m, name, idTail);
    }
}
