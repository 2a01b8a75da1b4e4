package cn.huyang.assessment;

import java.util.List;

/**
 * A year's results, in the order of the entries given.
 *
 * @param assessed  how many have a total (every party scored)
 * @param quota     the most 优秀 the quota allows: floor(quota % × assessed)
 * @param excellent how many stand at 优秀 (after ties and overrides)
 */
public record Results(int year, List<Result> rows, int assessed, int quota, int excellent, int tiedAtEdge) {

    public Results {
        rows = List.copyOf(rows);
    }

    public boolean quotaExceeded() {
        return excellent > quota;
    }
}
