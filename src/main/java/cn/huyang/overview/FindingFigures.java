package cn.huyang.overview;

import cn.huyang.findings.TrackedFinding;
import java.util.List;

/**
 * The findings part of the figures, counted after the rest (every feature's rules run for it).
 *
 * @param byClause open findings counted by seed clause (code: the clause)
 * @param open     the open findings in scope, in the register's order
 * @param plans    findings in scope acknowledged with a plan not yet due at the span's start (下一步工作)
 */
public record FindingFigures(List<Bar> byClause, List<TrackedFinding> open, List<TrackedFinding> plans) {
    public FindingFigures {
        byClause = List.copyOf(byClause);
        open = List.copyOf(open);
        plans = List.copyOf(plans);
    }
}
