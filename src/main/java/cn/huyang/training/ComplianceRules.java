package cn.huyang.training;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import cn.huyang.policy.PolicyKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training rules of 三(三)4 for full-time counselors, by the parameters in force on the year's
 * 31 December: at least 16 class hours of school-level training a year, and at least one national
 * or regional training in every three years (the seed's numbers). The N-year window ending in year
 * Y runs from 1 January of Y-N+1 to 31 December of Y; it is judged only for counselors who served
 * the whole window (entry on or before its first day). A training counts in the year it starts.
 * Partial years keep the yearly hours (the rule has no pro-rating) but their shortfall is a notice
 * rather than a warning.
 */
public final class ComplianceRules {
    private ComplianceRules() {
    }

    /** The facts the rules judge, as the training queries gather them. */
    public record Facts(long counselorId, String name, Long departmentId, String department, LocalDate entryDate,
                        boolean partialYear, BigDecimal schoolHours, LocalDate lastHigher, boolean preService) {
    }

    public static LocalDate windowStart(int year, int windowYears) {
        return LocalDate.of(year - windowYears + 1, 1, 1);
    }

    /** One counselor's row, by the parameters of the year ({@code policy}: those in force on its 31 December). */
    public static ComplianceRow judge(int year, Facts f, Policy policy) {
        BigDecimal required = policy.schoolHoursPerYear();
        int window = policy.higherLevelWindowYears();
        BigDecimal hours = f.schoolHours() == null ? BigDecimal.ZERO : f.schoolHours();
        BigDecimal shortfall = required.subtract(hours).max(BigDecimal.ZERO);
        LocalDate start = windowStart(year, window);
        LocalDate end = LocalDate.of(year, 12, 31);
        ComplianceRow.Status higher;
        if (f.lastHigher() != null && !f.lastHigher().isBefore(start) && !f.lastHigher().isAfter(end)) {
            higher = ComplianceRow.Status.MET;
        } else if (f.entryDate() != null && f.entryDate().isAfter(start)) {
            higher = ComplianceRow.Status.NOT_DUE;
        } else {
            higher = ComplianceRow.Status.MISSING;
        }
        boolean firstYear = f.entryDate() != null && f.entryDate().getYear() == year;
        ComplianceRow.Status pre = !firstYear ? ComplianceRow.Status.NOT_DUE
                : f.preService() ? ComplianceRow.Status.MET : ComplianceRow.Status.MISSING;
        return new ComplianceRow(year, f.counselorId(), f.name(), f.departmentId(), f.department(), f.entryDate(),
                f.partialYear(), hours, shortfall, f.lastHigher(), higher, pre, required, window, null);
    }

    /** The findings {@code TRAINING_HOURS} and {@code TRAINING_HIGHER_LEVEL} of one row. */
    public static List<Finding> findings(ComplianceRow r, Messages m) {
        List<Finding> out = new ArrayList<>(2);
        if (!r.hoursMet()) {
            String text = m.get("finding.TRAINING_HOURS", r.year(), plain(r.schoolHours()), plain(r.shortfall()),
                    plain(r.requiredHours())) + (r.partialYear() ? m.get("finding.partialYear") : "");
            out.add(new Finding("TRAINING_HOURS", r.partialYear() ? Finding.Severity.NOTICE : Finding.Severity.WARNING,
                    r.department(), r.counselorId(), r.name(), text).withYear(r.year())
                    .withParams(Map.of(PolicyKey.SCHOOL_HOURS_PER_YEAR.key(), plain(r.requiredHours()))));
        }
        if (r.higher() == ComplianceRow.Status.MISSING) {
            String last = r.lastHigher() == null ? m.get("compliance.never") : r.lastHigher().toString();
            out.add(new Finding("TRAINING_HIGHER_LEVEL", Finding.Severity.WARNING, r.department(), r.counselorId(),
                    r.name(), m.get("finding.TRAINING_HIGHER_LEVEL", r.windowStartYear(), r.year(), last,
                            String.valueOf(r.windowYears())))
                    .withYear(r.year())
                    .withParams(Map.of(PolicyKey.HIGHER_LEVEL_WINDOW_YEARS.key(), String.valueOf(r.windowYears()))));
        }
        return out;
    }

    /** Hours as people write them: 16, 12.5. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
