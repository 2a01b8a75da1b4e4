package cn.huyang.assessment;

import java.util.Map;
import java.util.Optional;

/**
 * The year's counts of each counselor's work records [三(一)3] (谈心谈话, 听课, 走访宿舍, 班会), as a line for
 * the appraisal form's 备注: evidence behind the assessment. The work records feature provides it (the
 * composition root wires it in); {@link #NONE} knows of none, and the form then says nothing of them.
 */
@FunctionalInterface
public interface WorkEvidence {
    WorkEvidence NONE = year -> Map.of();

    /** The line of each counselor with records in the year that the user may see counted, by counselor id. */
    Map<Long, String> yearCounts(int year);

    /** One counselor's line. */
    default Optional<String> yearCounts(long counselorId, int year) {
        return Optional.ofNullable(yearCounts(year).get(counselorId));
    }
}
