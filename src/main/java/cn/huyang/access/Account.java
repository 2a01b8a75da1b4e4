package cn.huyang.access;

import java.time.LocalDateTime;

/** A user's account: disabled, never deleted; a reset password must be changed at the next login. */
public record Account(long id, String userName, String displayName, Role role, Long departmentId, boolean disabled,
                      boolean mustChangePassword, LocalDateTime createdAt) {
    public Actor actor() {
        return new Actor(id, userName, displayName, role, departmentId);
    }
}
