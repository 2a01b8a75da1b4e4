package cn.huyang.title;

/**
 * One criterion checked: ✓ or ✗, what it asks, what the record shows and, when not met, by how much.
 *
 * @param shortfall null when met
 */
public record CriterionCheck(Criterion criterion, boolean met, String requirement, String evidence,
                             String shortfall) {
}
