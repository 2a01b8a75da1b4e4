package cn.huyang.roster;

import cn.huyang.common.Coded;

/** Which counselors the roster shows: by default those on the roster (在岗 and 离岗), not the deregistered. */
public enum StatusFilter implements Coded {
    ON_ROSTER, ACTIVE, ON_LEAVE, DEREGISTERED, ALL;

    public boolean accepts(CounselorStatus status) {
        return switch (this) {
            case ON_ROSTER -> status != CounselorStatus.DEREGISTERED;
            case ACTIVE -> status == CounselorStatus.ACTIVE;
            case ON_LEAVE -> status == CounselorStatus.ON_LEAVE;
            case DEREGISTERED -> status == CounselorStatus.DEREGISTERED;
            case ALL -> true;
        };
    }

    @Override
    public String keyPrefix() {
        return "statusFilter";
    }
}
