package cn.huyang.title;

import java.math.BigDecimal;
import java.util.List;

/**
 * One application as the office reviews it: who, from what to what, each criterion checked, the
 * panel's weighted total, the rank and the standing against the posts.
 *
 * @param current     the current title or rank in words ("讲师（2019-07-01）"), or "—"
 * @param targetLabel the target in words
 */
public record ApplicationRow(Application application, String name, String department, String idNumber,
                             String current, String targetLabel, List<CriterionCheck> checks, BigDecimal total,
                             Integer rank, QuotaStanding standing) {

    public boolean eligible() {
        return EligibilityRules.eligible(checks);
    }

    public long unmet() {
        return checks.stream().filter(c -> !c.met()).count();
    }
}
