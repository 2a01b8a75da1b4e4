package cn.huyang.access;

import cn.huyang.common.Remembered;

/**
 * After how many minutes without input the window locks: 15 unless an administrator set another
 * number in 账户管理, kept in the settings of this PC under {@value #IDLE_MINUTES}.
 */
public final class LockPolicy {
    public static final String IDLE_MINUTES = "lock.idleMinutes";
    public static final int DEFAULT_MINUTES = 15;
    public static final int MAX_MINUTES = 240;

    private LockPolicy() {
    }

    /** The minutes in force: the setting's when it is a number from 1 to 240, else 15. */
    public static int idleMinutes(Remembered settings) {
        return settings.get(IDLE_MINUTES).map(s -> {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return DEFAULT_MINUTES;
            }
        }).filter(n -> n > 0 && n <= MAX_MINUTES).orElse(DEFAULT_MINUTES);
    }
}
