package cn.huyang.app;

import java.util.List;

/** The one place a feature registers: every module, each after the modules it reads from. */
public final class Modules {
    private Modules() {
    }

    /** The program's features, new and not started. */
    public static List<FeatureModule> standard() {
        PolicyModule policy = new PolicyModule();
        RosterModule roster = new RosterModule(policy);
        TrainingModule training = new TrainingModule(policy, roster);
        AssessmentModule assessment = new AssessmentModule(policy, roster, training);
        TitleModule title = new TitleModule(policy, roster, training, assessment);
        GuaranteeModule guarantee = new GuaranteeModule(policy, roster);
        RecruitmentModule recruitment = new RecruitmentModule(policy, roster);
        WorklogModule worklog = new WorklogModule(policy, roster, assessment);
        StudentsModule students = new StudentsModule(policy, roster, new WorkContacts(worklog));
        worklog.useStudents(new StudentChoices(students));
        // the student list before the work records: the demo's talks name demo students
        // the packages' items follow 政策参数… in the 文件 menu
        return List.of(policy, roster, new ExchangeModule(roster), training, assessment, title, recruitment, guarantee, students, worklog,
                new FindingsModule(),
                new OverviewModule(),
                new AccountsModule(roster), new DataLocationModule());
    }
}
