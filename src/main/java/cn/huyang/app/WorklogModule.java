package cn.huyang.app;

import cn.huyang.access.Operation;
import cn.huyang.common.FindingSource;
import cn.huyang.assessment.WorkCounts;
import cn.huyang.demo.DemoExtra;
import cn.huyang.demo.WorklogDemoData;
import cn.huyang.worklog.JournalRepository;
import cn.huyang.worklog.JournalService;
import cn.huyang.worklog.Sealing;
import cn.huyang.worklog.StudentDirectory;
import cn.huyang.worklog.SummaryRepository;
import cn.huyang.worklog.WorklogFindings;
import cn.huyang.worklog.WorklogRepository;
import cn.huyang.worklog.WorklogService;
import cn.huyang.worklog.WorklogSummaries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 工作记录 [三(一)3]: talks, class visits, dormitory visits, meetings and weekly journals, their findings,
 * summaries, and the year's counts in the appraisal form's 备注 (through {@link AssessmentModule}).
 */
public final class WorklogModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private final AssessmentModule assessment;
    private WorklogService records;
    private JournalService journals;
    private WorklogSummaries summaries;
    private WorklogFindings findings;
    private WorklogRepository repository;
    /** The student list a record picks from: none until the student files provide it. */
    private volatile StudentDirectory students = StudentDirectory.NONE;

    public WorklogModule(PolicyModule policy, RosterModule roster, AssessmentModule assessment) {
        this.policy = policy;
        this.roster = roster;
        this.assessment = assessment;
    }

    /** The started module of a context. */
    public static WorklogModule of(AppContext ctx) {
        return ctx.modules().stream().filter(WorklogModule.class::isInstance).map(WorklogModule.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("No WorklogModule registered"));
    }

    @Override
    public void start(Kernel k) {
        repository = new WorklogRepository(k.dsl(), k.stamps());
        records = new WorklogService(k.tx(), repository, roster.service(), new Sealing(k.textCipher()),
                k.messages(), k.clock(), k.access());
        journals = new JournalService(k.tx(), new JournalRepository(k.dsl(), k.stamps()), roster.service(), k.textCipher(),
                k.messages(), k.clock(), k.access());
        summaries = new WorklogSummaries(new SummaryRepository(k.dsl()), roster.service(), k.clock(), k.access());
        findings = new WorklogFindings(summaries, roster.service(), policy.service(), k.messages());
        if (assessment != null) {
            assessment.useWorkEvidence(year -> {
                Map<Long, WorkCounts> out = new HashMap<>();
                summaries.countsByCounselor(year).forEach((id, n) -> out.put(id,
                        new WorkCounts(n.talks(), n.classVisits(), n.dormVisits(), n.meetings(), n.students())));
                return out;
            });
        }
    }

    /** Wires in the student list (the student files module) that records pick their students from. */
    public void useStudents(StudentDirectory directory) {
        this.students = directory == null ? StudentDirectory.NONE : directory;
    }

    /** The student list a record picks from. */
    public StudentDirectory students() {
        return students;
    }

    public WorklogService records() {
        return records;
    }

    public JournalService journals() {
        return journals;
    }

    public WorklogSummaries summaries() {
        return summaries;
    }

    public WorklogFindings findings() {
        return findings;
    }

    @Override
    public List<DemoExtra> demoData() {
        return List.of(new WorklogDemoData(records, journals, roster.service(), students));
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("worklogTab", "worklog.tab", "startup.opening", 48, WorklogTab::new,
                List.of(Operation.WORKLOG_READ, Operation.WORKLOG_SUMMARY)));
    }

    @Override
    public List<FindingSource> findingSources() {
        return List.of(findings);
    }
}
