package cn.huyang.recruitment;

import java.math.BigDecimal;

/**
 * A candidate's place in their post: the weighted total, the rank (equal totals share a rank: 1, 1, 3)
 * and where that rank stands against the post's places.
 */
public record Placing(BigDecimal total, int rank, Standing standing) {
}
