package cn.huyang.guarantee;

import cn.huyang.roster.PostType;

/**
 * The monthly allowance (辅导员津贴) due to a counselor of a post type in a year, in fen.
 * {@code version} is 0 until stored (the key is the year and post type).
 */
public record AllowanceStandard(int year, PostType postType, long monthlyFen, int version) {
}
