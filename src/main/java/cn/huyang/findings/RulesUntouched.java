package cn.huyang.findings;

import cn.huyang.access.AuditAction;
import cn.huyang.access.AuditRepository.ActionOn;
import java.util.List;
import java.util.Set;

/**
 * Which changes leave what the rules find as it was, so that a kept register needs only the decisions
 * laid over it again: data read, printed or sent, a backup, a login or a locked screen, and decisions on
 * findings themselves (never read by a rule: the register lays them over what the rules found). Anything
 * else, an action unknown here included, counts the rules again.
 */
final class RulesUntouched {
    /** More rows than this between two looks: counted again rather than read through. */
    static final int LIMIT = 200;

    private static final Set<String> READING = Set.of(AuditAction.EXPORT.name(), AuditAction.PRINT.name(),
            AuditAction.VIEW_FULL_ID.name(), AuditAction.VIEW_FILE.name(), AuditAction.BACKUP.name(),
            AuditAction.LOGIN.name(), AuditAction.LOGIN_FAILED.name(), AuditAction.LOCK.name(),
            AuditAction.UNLOCK_SCREEN.name());
    private static final Set<String> DECIDING = Set.of(AuditAction.DECIDE.name(), AuditAction.REOPEN.name());

    private RulesUntouched() {
    }

    /** True when every one of these rows leaves the rules' findings alone; false for null (unknown). */
    static boolean by(List<ActionOn> rows) {
        if (rows == null) {
            return false;
        }
        return rows.stream().allMatch(r -> READING.contains(r.action())
                || DECIDING.contains(r.action()) && FindingRegister.ENTITY.equals(r.entity()));
    }
}
