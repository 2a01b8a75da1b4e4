package cn.huyang.access;

import cn.huyang.common.Coded;

/** What an audit row records: a change to data, or an event such as a login or an export. */
public enum AuditAction implements Coded {
    CREATE, UPDATE, DELETE,
    LEAVE, RETURN, DEREGISTER, REREGISTER,
    SCORES, OVERRIDE, CONFIRM, UNLOCK, DECIDE, REOPEN,
    IMPORT, EXPORT, PRINT, VIEW_FULL_ID, VIEW_FILE, DEMO,
    BACKUP, RESTORE, ENCRYPT, MIGRATE,
    LOGIN, LOGIN_FAILED, LOCK, UNLOCK_SCREEN, RECOVER,
    ACCOUNT_CREATE, ACCOUNT_DISABLE, PASSWORD_RESET, PASSWORD_CHANGE;

    @Override
    public String keyPrefix() {
        return "audit.action";
    }
}
