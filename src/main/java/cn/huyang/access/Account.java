package cn.huyang.access;

import java.time.LocalDateTime;

/**
 * A user's account: disabled, never deleted; a reset password must be changed at the next login. A 系部
 * account names its department, a 辅导员 account its counselor (and reaches only that counselor's records).
 */
public record Account(long id, String userName, String displayName, Role role, Long departmentId, Long counselorId,
                      boolean disabled, boolean mustChangePassword, LocalDateTime createdAt) {
    public Actor actor() {
        return new Actor(id, userName, displayName, role, departmentId, counselorId);
    }
}
