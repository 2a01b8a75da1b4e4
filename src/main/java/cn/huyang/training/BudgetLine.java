package cn.huyang.training;

import java.math.BigDecimal;

/**
 * The dedicated budget (专项经费) of a year's trainings for one level or department.
 *
 * @param label        the level's code or the department's name
 * @param departmentId the department, or null for a level line
 * @param sessions     the number of sessions, or -1 where not counted (per department)
 */
public record BudgetLine(String label, Long departmentId, int sessions, int records, BigDecimal hours,
                         BigDecimal cost) {
}
