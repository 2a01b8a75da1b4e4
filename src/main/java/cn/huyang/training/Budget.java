package cn.huyang.training;

import java.math.BigDecimal;
import java.util.List;

/** A year's training budget (专项经费): per level, per department, and in all. */
public record Budget(int year, List<BudgetLine> byLevel, List<BudgetLine> byDepartment) {
    public BigDecimal totalCost() {
        return byLevel.stream().map(BudgetLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalHours() {
        return byLevel.stream().map(BudgetLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int totalRecords() {
        return byLevel.stream().mapToInt(BudgetLine::records).sum();
    }
}
