package cn.huyang.app;

import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FindingSource;
import cn.huyang.training.TrainingBudgetRepository;
import cn.huyang.training.TrainingComplianceRepository;
import cn.huyang.training.TrainingLedgerRepository;
import cn.huyang.training.TrainingRepository;
import cn.huyang.training.TrainingService;
import java.util.List;
import java.util.Optional;

/** The training ledger, the year's compliance and the budget. */
public final class TrainingModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private TrainingRepository records;
    private TrainingService service;

    public TrainingModule(PolicyModule policy, RosterModule roster) {
        this.policy = policy;
        this.roster = roster;
    }

    @Override
    public void start(Kernel k) {
        records = new TrainingRepository(k.dsl(), k.clock(), k.stamps());
        service = new TrainingService(k.tx(), records, new TrainingLedgerRepository(k.dsl()),
                new TrainingComplianceRepository(k.dsl()), new TrainingBudgetRepository(k.dsl()), roster.service(),
                policy.service(), k.messages(), k.clock(), k.access());
    }

    public TrainingService service() {
        return service;
    }

    /** For the demo generator, which writes the ledger in bulk. */
    TrainingRepository records() {
        return records;
    }

    @Override
    public List<FindingSource> findingSources() {
        return List.of(service);
    }

    @Override
    public List<CounselorFindingSource> rosterFindingSources() {
        return List.of(service);
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("trainingTab", "tab.training", "startup.opening", 20, TrainingTab::new));
    }
}
