package cn.huyang.title;

/**
 * A counselor's training compliance in one year, as the training ledger judges it.
 *
 * @param judged false when the ledger does not judge the counselor that year (not in post, part-time)
 * @param detail the shortfall in words, or null when met
 */
public record TrainingStanding(boolean judged, boolean met, String detail) {
    public static final TrainingStanding NOT_JUDGED = new TrainingStanding(false, false, null);
}
