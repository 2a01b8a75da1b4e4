package cn.huyang.assessment;

import java.util.Map;

/**
 * The year's counts of each counselor's work records [三(一)3] (谈心谈话, 听课, 走访宿舍, 班会): evidence behind
 * the assessment, in the appraisal form's 备注 and beside the 学工部 score. The work records feature provides it (the
 * composition root wires it in); {@link #NONE} knows of none, and the form then says nothing of them.
 */
@FunctionalInterface
public interface WorkEvidence {
    WorkEvidence NONE = year -> Map.of();

    /** The counts of each counselor with records in the year that the user may see counted, by counselor id. */
    Map<Long, WorkCounts> yearCounts(int year);
}
