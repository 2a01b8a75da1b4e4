package cn.huyang.app;

import cn.huyang.policy.ConfirmedYears;
import cn.huyang.policy.PolicyRepository;
import cn.huyang.policy.PolicyService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The policy parameters with their effective dates and the unit's details: started first, read by
 * every feature whose rules use a parameter. The features that confirm years (the assessment, the
 * title review) tell it their confirmed years, which a change may not alter without a reason.
 */
public final class PolicyModule implements FeatureModule {
    private final List<ConfirmedYears> confirmed = new CopyOnWriteArrayList<>();
    private PolicyService service;

    @Override
    public void start(Kernel k) {
        service = new PolicyService(k.tx(), new PolicyRepository(k.dsl(), k.clock()), this::confirmedYears,
                k.clock());
    }

    public PolicyService service() {
        return service;
    }

    /** A feature's confirmed years, supplied when it starts. */
    void confirmedBy(ConfirmedYears source) {
        confirmed.add(source);
    }

    private Set<Integer> confirmedYears() {
        Set<Integer> years = new TreeSet<>();
        confirmed.forEach(c -> years.addAll(c.confirmedYears()));
        return years;
    }
}
