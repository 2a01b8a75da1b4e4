package cn.huyang.app;

import cn.huyang.assessment.AppraisalForms;
import cn.huyang.assessment.AssessmentFindings;
import cn.huyang.assessment.AssessmentRepository;
import cn.huyang.assessment.AssessmentSchemes;
import cn.huyang.assessment.AssessmentScoring;
import cn.huyang.assessment.AssessmentService;
import cn.huyang.assessment.AssessmentTopTen;
import cn.huyang.assessment.TrainingHoursSource;
import cn.huyang.assessment.WorkEvidence;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FindingSource;
import cn.huyang.demo.AssessmentDemoData;
import cn.huyang.demo.DemoExtra;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.RosterService;
import java.util.List;
import java.util.Optional;

/** The annual assessment: scheme, scores, results, Top Ten and the appraisal forms. */
public final class AssessmentModule implements FeatureModule {
    private final PolicyModule policy;
    private final RosterModule roster;
    private final TrainingModule training;
    private AssessmentService service;
    /** The year's work records for the appraisal form's 备注: none until a module provides them. */
    private volatile WorkEvidence evidence = WorkEvidence.NONE;

    public AssessmentModule(PolicyModule policy, RosterModule roster, TrainingModule training) {
        this.policy = policy;
        this.roster = roster;
        this.training = training;
    }

    @Override
    public void start(Kernel k) {
        // The appraisal forms' 备注 shows the year's class hours of training.
        TrainingHoursSource hours = training.service()::hoursByCounselor;
        RosterService people = roster.service();
        AssessmentRepository assessments = new AssessmentRepository(k.dsl(), k.clock(), k.stamps());
        AssessmentSchemes schemes = new AssessmentSchemes(k.tx(), assessments, k.access());
        AssessmentScoring scoring = new AssessmentScoring(k.tx(), assessments, schemes, people, k.access());
        PolicyService rules = policy.service();
        service = new AssessmentService(people, schemes, scoring,
                new AssessmentTopTen(k.tx(), assessments, scoring, rules, k.messages(), k.access()),
                new AssessmentFindings(assessments, people, rules, k.messages()),
                new AppraisalForms(assessments, scoring, hours, year -> evidence.yearCounts(year), rules,
                        k.messages()));
        policy.confirmedBy(assessments::confirmedYears);
    }

    /** Wires in the work records' counts for the appraisal form's 备注 (the work records module, when started). */
    public void useWorkEvidence(WorkEvidence source) {
        this.evidence = source == null ? WorkEvidence.NONE : source;
    }

    public AssessmentService service() {
        return service;
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
        return List.of(new AssessmentDemoData(service));
    }

    @Override
    public Optional<TabSpec> tab() {
        return Optional.of(new TabSpec("assessmentTab", "tab.assessment", "tab.assessment.placeholder", 40,
                AssessmentTab::new));
    }
}
