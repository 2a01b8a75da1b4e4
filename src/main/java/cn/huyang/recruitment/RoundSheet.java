package cn.huyang.recruitment;

import java.util.List;

/**
 * A round as the user may see it: its posts with their department and counts, and its candidates
 * (those of the posts the user reads, ID numbers masked where they may not see them in full), each
 * with the conditions checked and the place in the post.
 */
public record RoundSheet(Round round, List<PostLine> posts, List<CandidateRow> rows) {
    public RoundSheet {
        posts = List.copyOf(posts);
        rows = List.copyOf(rows);
    }

    /** A post with its department's name, how many applied and how many are hired. */
    public record PostLine(Post post, String department, int candidates, int hired) {
    }

    /** A candidate with the department and post applied for, the checks, and the placing (null until both scores). */
    public record CandidateRow(Candidate candidate, String department, Post post, List<ConditionCheck> checks,
                               Placing placing) {
        public CandidateRow {
            checks = List.copyOf(checks);
        }

        public boolean qualified() {
            return ConditionRules.qualified(checks);
        }
    }
}
