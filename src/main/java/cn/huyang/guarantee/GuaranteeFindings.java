package cn.huyang.guarantee;

import cn.huyang.common.Finding;
import cn.huyang.common.FindingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The guarantees' findings for {@code check} and 合规提示: {@code ALLOWANCE_LATE} and
 * {@code INCOME_BELOW_TEACHERS} [三(三)8] of a year, {@code DORM_OFFICE} [三(三)7] on the present state.
 */
public final class GuaranteeFindings implements FindingSource {
    private final AllowanceService allowances;
    private final IncomeService incomes;
    private final FacilityService facilities;

    public GuaranteeFindings(AllowanceService allowances, IncomeService incomes, FacilityService facilities) {
        this.allowances = allowances;
        this.incomes = incomes;
        this.facilities = facilities;
    }

    @Override
    public Set<String> codes() {
        return Set.of(AllowanceService.ALLOWANCE_LATE, IncomeService.INCOME_BELOW_TEACHERS, FacilityService.DORM_OFFICE);
    }

    @Override
    public List<Finding> findings(int year) {
        return findings(year, codes());
    }

    @Override
    public List<Finding> findings(int year, Set<String> wanted) {
        List<Finding> out = new ArrayList<>();
        if (wanted.contains(AllowanceService.ALLOWANCE_LATE)) {
            out.addAll(allowances.findings(year));
        }
        if (wanted.contains(IncomeService.INCOME_BELOW_TEACHERS)) {
            out.addAll(incomes.findings(year));
        }
        if (wanted.contains(FacilityService.DORM_OFFICE)) {
            out.addAll(facilities.findings());
        }
        return out;
    }
}
