package cn.huyang.app;

import cn.huyang.common.FindingSource;
import cn.huyang.demo.DemoExtra;
import cn.huyang.demo.GuaranteeDemoData;
import cn.huyang.guarantee.AllowanceRepository;
import cn.huyang.guarantee.AllowanceService;
import cn.huyang.guarantee.FacilityRepository;
import cn.huyang.guarantee.FacilityService;
import cn.huyang.guarantee.GuaranteeFindings;
import cn.huyang.guarantee.IncomeRepository;
import cn.huyang.guarantee.IncomeService;
import cn.huyang.io.AllowanceImportService;
import java.util.List;
import java.util.Optional;

/** 待遇保障 [三(三)7–8]: the allowance, incomes against the teachers' average, dormitory offices, grade meetings. */
public final class GuaranteeModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private AllowanceService allowances;
    private IncomeService incomes;
    private FacilityService facilities;
    private GuaranteeFindings findings;
    private AllowanceImportService allowanceImport;

    public GuaranteeModule(PolicyModule policy, RosterModule roster) {
        this.policy = policy;
        this.roster = roster;
    }

    /** The started module of a context. */
    public static GuaranteeModule of(AppContext ctx) {
        return ctx.modules().stream().filter(GuaranteeModule.class::isInstance).map(GuaranteeModule.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("No GuaranteeModule registered"));
    }

    @Override
    public void start(Kernel k) {
        allowances = new AllowanceService(k.tx(), new AllowanceRepository(k.dsl()), roster.service(), policy.service(),
                k.messages(), k.clock(), k.access());
        incomes = new IncomeService(k.tx(), new IncomeRepository(k.dsl()), roster.service(), k.messages(), k.clock(),
                k.access());
        facilities = new FacilityService(k.tx(), new FacilityRepository(k.dsl()), roster.service(), k.messages(),
                k.clock(), k.access());
        findings = new GuaranteeFindings(allowances, incomes, facilities);
        allowanceImport = new AllowanceImportService(allowances, roster.service(), k.tx(), k.store().backups(),
                k.messages(), k.access());
    }

    public AllowanceService allowances() {
        return allowances;
    }

    public IncomeService incomes() {
        return incomes;
    }

    public FacilityService facilities() {
        return facilities;
    }

    /** The finance office's allowance sheet brought in (all or nothing). */
    public AllowanceImportService allowanceImport() {
        return allowanceImport;
    }

    @Override
    public List<DemoExtra> demoData() {
        return List.of(new GuaranteeDemoData(allowances, incomes, facilities));
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("guaranteeTab", "guarantee.tab", "startup.opening", 46, GuaranteeTab::new));
    }

    @Override
    public List<FindingSource> findingSources() {
        return List.of(findings);
    }
}
