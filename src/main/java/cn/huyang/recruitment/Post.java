package cn.huyang.recruitment;

import cn.huyang.roster.PostType;

/** Places of a round in one department and post type (e.g. 计算机系 专职 2). */
public record Post(Long id, long roundId, long departmentId, PostType postType, int places, int version) {
}
