package cn.huyang.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A feature whose findings also show on a counselor's roster row. Each source chooses the year it
 * judges (the last finished training year, the latest assessment year…) from {@code today}.
 */
public interface CounselorFindingSource {
    /** The findings of every counselor who has any, by counselor id; one query or a few, never one per counselor. */
    Map<Long, List<Finding>> findingsByCounselor(LocalDate today);
}
