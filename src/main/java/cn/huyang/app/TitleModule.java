package cn.huyang.app;

import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FindingSource;
import cn.huyang.demo.DemoExtra;
import cn.huyang.demo.TitleDemoData;
import cn.huyang.roster.RosterService;
import cn.huyang.title.EligibilityRules;
import cn.huyang.title.EvidenceReader;
import cn.huyang.title.TeachingLoad;
import cn.huyang.title.TitleForms;
import cn.huyang.title.TitleHistory;
import cn.huyang.title.TitleRecordsService;
import cn.huyang.title.TitleRepository;
import cn.huyang.title.TitleService;
import cn.huyang.title.TitleValidator;
import java.util.List;
import java.util.Optional;

/** Title evaluation: the year's review, the plan and criteria, each counselor's records, the printed sheets. */
public final class TitleModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private final TrainingModule training;
    private final AssessmentModule assessment;
    private TitleRepository records;
    private TitleService service;
    private TitleForms forms;

    public TitleModule(PolicyModule policy, RosterModule roster, TrainingModule training, AssessmentModule assessment) {
        this.policy = policy;
        this.roster = roster;
        this.training = training;
        this.assessment = assessment;
    }

    @Override
    public void start(Kernel k) {
        // Title evaluation reads the assessment results and the training compliance as evidence.
        records = new TitleRepository(k.dsl(), k.clock(), k.stamps());
        RosterService people = roster.service();
        TitleHistory history = new TitleHistory(records, people, k.access());
        TeachingLoad teachingLoad = new TeachingLoad(records, people, policy.service(), k.messages());
        TitleValidator validator = new TitleValidator();
        service = new TitleService(k.tx(), records, people,
                new TitleRecordsService(k.tx(), records, people, history, teachingLoad, validator, k.messages(),
                        k.access()),
                new EvidenceReader(records, people, assessment.service()::confirmedGrades,
                        training.service()::compliance, k.messages()),
                history, teachingLoad, new EligibilityRules(k.messages()), validator, policy.service(), k.messages(), k.access());
        policy.confirmedBy(records::confirmedYears);
        forms = new TitleForms(service, assessment.service()::confirmedGrades);
    }

    public TitleService service() {
        return service;
    }

    /** The recommendation sheets and the year's list, ready to print. */
    public TitleForms forms() {
        return forms;
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
    public List<DemoExtra> demoData() {
        return List.of(new TitleDemoData(service, records));
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("titleTab", "tab.title", "startup.opening", 30, TitleTab::new));
    }
}
