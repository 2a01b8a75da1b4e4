package cn.huyang.access;

import cn.huyang.common.Coded;

/**
 * Who a user is in the office's work [三(一)4, 三(四)1–2]: what each may do is the table in
 * {@link Permissions}, and the same table is {@code docs/roles.md}.
 */
public enum Role implements Coded {
    /** 系统管理员: accounts, settings, backup and restore; reads the data without full ID numbers. */
    ADMIN,
    /** 学工部: everything in the data. */
    OFFICE,
    /** 系部: one department's counselors, their training, its Party branch's scores. */
    DEPARTMENT,
    /** 组织人事部: its party's scores and the titles; reads the roster. */
    PERSONNEL,
    /** 领导: reads everything, without full ID numbers. */
    LEADER,
    /** 辅导员: their own work records and their own students only [三(一)3]; linked to one counselor. */
    COUNSELOR;

    @Override
    public String keyPrefix() {
        return "role";
    }
}
