package cn.huyang.app;

import cn.huyang.demo.DemoExtra;
import cn.huyang.demo.RecruitmentDemoData;
import cn.huyang.recruitment.RecruitmentRepository;
import cn.huyang.recruitment.RecruitmentService;
import java.util.List;
import java.util.Optional;

/** The selection of counselors (选聘) [三(二)3(1)]: rounds, candidates, stages, hiring onto the roster. */
public final class RecruitmentModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private RecruitmentService service;

    public RecruitmentModule(PolicyModule policy, RosterModule roster) {
        this.policy = policy;
        this.roster = roster;
    }

    @Override
    public void start(Kernel k) {
        service = new RecruitmentService(k.tx(), new RecruitmentRepository(k.dsl()), roster.service(),
                policy.service(), k.messages(), k.access());
    }

    public RecruitmentService service() {
        return service;
    }

    @Override
    public List<DemoExtra> demoData() {
        return List.of(new RecruitmentDemoData(service, roster.service()));
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("recruitmentTab", "recruitment.tab", "startup.opening", 45,
                RecruitmentTab::new));
    }
}
