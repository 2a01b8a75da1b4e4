package cn.huyang.students;

import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import java.time.LocalDate;

/**
 * 特别关注的学生 [三(一)3(6)]: a student under attention must be contacted at least every N days, N by
 * level (policy {@code students.attention-contact-days.level1..3}). Counted from the last contact, or
 * from the day the attention started when there was none since.
 */
public final class AttentionRules {
    private AttentionRules() {
    }

    public static PolicyKey key(int level) {
        return switch (level) {
            case 1 -> PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL1;
            case 2 -> PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL2;
            case 3 -> PolicyKey.ATTENTION_CONTACT_DAYS_LEVEL3;
            default -> throw new IllegalArgumentException("attention level " + level);
        };
    }

    public static int days(Policy policy, int level) {
        return policy.whole(key(level));
    }

    /** The day by which the next contact is due. */
    public static LocalDate dueOn(LocalDate startedOn, LocalDate lastContact, int days) {
        LocalDate from = lastContact == null || lastContact.isBefore(startedOn) ? startedOn : lastContact;
        return from.plusDays(days);
    }

    /** Overdue: the last contact (or the start) is older than the days allowed. */
    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }
}
