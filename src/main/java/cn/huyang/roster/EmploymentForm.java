package cn.huyang.roster;

import cn.huyang.common.Coded;

/**
 * 用工形式. Counselors are employed on a contract; labour dispatch and personnel agency are, in
 * principle, not allowed [三(二)1].
 */
public enum EmploymentForm implements Coded {
    ESTABLISHED, CONTRACT, PERSONNEL_AGENCY, LABOUR_DISPATCH;

    public boolean isDiscouraged() {
        return this == PERSONNEL_AGENCY || this == LABOUR_DISPATCH;
    }

    @Override
    public String keyPrefix() {
        return "employment";
    }
}
