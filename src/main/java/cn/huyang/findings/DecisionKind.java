package cn.huyang.findings;

import cn.huyang.common.Coded;
import java.util.List;

/** What was done about a finding [三(四)3 and the rest]. */
public enum DecisionKind implements Coded {
    /** 不合格: the post was adjusted. */
    POST_ADJUSTED,
    /** 不合格: the post was not adjusted, with the reason (and whether the counselor refused). */
    NOT_ADJUSTED,
    /** The contract was ended (the counselor may then be deregistered). */
    CONTRACT_ENDED,
    /** The contract was renewed after all, with the reason. */
    CONTRACT_RENEWED,
    /** Acknowledged, with a plan and a due date. */
    ACKNOWLEDGED;

    public static final String INCOMPETENT_ADJUST = "INCOMPETENT_ADJUST";
    public static final String TWO_YEARS_INCOMPETENT = "TWO_YEARS_INCOMPETENT";
    public static final String INCOMPETENT_REFUSED = "INCOMPETENT_REFUSED";

    /** The decisions a finding of {@code code} can be given. */
    public static List<DecisionKind> choicesFor(String code) {
        return switch (code) {
            case INCOMPETENT_ADJUST -> List.of(POST_ADJUSTED, NOT_ADJUSTED);
            case TWO_YEARS_INCOMPETENT, INCOMPETENT_REFUSED -> List.of(CONTRACT_ENDED, CONTRACT_RENEWED);
            default -> List.of(ACKNOWLEDGED);
        };
    }

    /** A decision against the finding's course that must say why. */
    public boolean needsReason() {
        return this == NOT_ADJUSTED || this == CONTRACT_RENEWED;
    }

    @Override
    public String keyPrefix() {
        return "decision.kind";
    }
}
