package cn.huyang.recruitment;

/**
 * One condition checked for a candidate, as the title review shows its criteria: ✓ / ✗ / !, what it
 * asks, what the candidate's record shows and, when not met or only noticed, why.
 *
 * @param remark null when met
 */
public record ConditionCheck(Condition condition, ConditionStatus status, String requirement, String evidence,
                             String remark) {
    public boolean refuses() {
        return status == ConditionStatus.NOT_MET;
    }

    /** ✓, ✗ or ! */
    public String mark() {
        return switch (status) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case NOTICE -> "!";
        };
    }
}
