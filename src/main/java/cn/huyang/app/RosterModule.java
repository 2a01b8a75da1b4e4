package cn.huyang.app;

import cn.huyang.common.FindingSource;
import cn.huyang.roster.CounselorRepository;
import cn.huyang.roster.DepartmentRepository;
import cn.huyang.roster.RosterEventRepository;
import cn.huyang.roster.RosterService;
import java.util.List;
import java.util.Optional;

/** The roster (花名册) and the staffing ratio: the first tab, and the service every other feature reads. */
public final class RosterModule implements FeatureModule {
    private final PolicyModule policy;
    private DepartmentRepository departments;
    private CounselorRepository counselors;
    private RosterEventRepository events;
    private RosterService service;

    public RosterModule(PolicyModule policy) {
        this.policy = policy;
    }

    @Override
    public void start(Kernel k) {
        departments = new DepartmentRepository(k.dsl());
        counselors = new CounselorRepository(k.dsl(), k.clock(), k.stamps());
        events = new RosterEventRepository(k.dsl(), k.stamps());
        service = new RosterService(k.tx(), departments, counselors, events, policy.service(), k.messages(),
                k.clock(), k.access());
    }

    public RosterService service() {
        return service;
    }

    /** For the demo generator, which writes the roster in bulk. */
    DepartmentRepository departments() {
        return departments;
    }

    CounselorRepository counselors() {
        return counselors;
    }

    RosterEventRepository events() {
        return events;
    }

    @Override
    public List<FindingSource> findingSources() {
        return List.of(service);
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("rosterTab", "tab.roster", "startup.opening", 10, RosterTab::new));
    }
}
