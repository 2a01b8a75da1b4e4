package cn.huyang;

import cn.huyang.assessment.AppraisalForms;
import cn.huyang.assessment.AssessmentFindings;
import cn.huyang.assessment.AssessmentRepository;
import cn.huyang.assessment.AssessmentSchemes;
import cn.huyang.assessment.AssessmentScoring;
import cn.huyang.assessment.AssessmentService;
import cn.huyang.assessment.AssessmentTopTen;
import cn.huyang.assessment.TrainingHoursSource;
import cn.huyang.check.CheckService;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.db.Database;
import cn.huyang.db.Transactor;
import cn.huyang.demo.AssessmentDemoData;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.demo.TitleDemoData;
import cn.huyang.io.ExportService;
import cn.huyang.io.RosterImportService;
import cn.huyang.io.ScoresImportService;
import cn.huyang.io.TrainingImportService;
import cn.huyang.roster.CounselorRepository;
import cn.huyang.roster.DepartmentRepository;
import cn.huyang.roster.RosterEventRepository;
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
import cn.huyang.training.TrainingBudgetRepository;
import cn.huyang.training.TrainingComplianceRepository;
import cn.huyang.training.TrainingLedgerRepository;
import cn.huyang.training.TrainingRepository;
import cn.huyang.training.TrainingService;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The composition root: database → repositories → services, each passed on through constructors.
 * The window, the command line, the tests and the benchmark all build their parts here.
 */
public final class AppContext {
    private final Database database;
    private final Messages messages;
    private final Clock clock;
    private final RosterService roster;
    private final TrainingService training;
    private final CheckService check;
    private final TrainingImportService trainingImport;
    private final ScoresImportService scoresImport;
    private final List<CounselorFindingSource> rosterFindingSources;
    private final DemoDataGenerator demo;
    private final AssessmentService assessment;
    private final ExportService export;
    private final RosterImportService rosterImport;
    private final TitleService titles;
    private final TitleForms titleForms;

    public AppContext(Database database, Messages messages, Clock clock) {
        this.database = database;
        this.messages = messages;
        this.clock = clock;
        DSLContext dsl = database.dsl();
        Transactor tx = database.transactor();
        DepartmentRepository departments = new DepartmentRepository(dsl);
        CounselorRepository counselors = new CounselorRepository(dsl, clock);
        RosterEventRepository events = new RosterEventRepository(dsl);
        this.roster = new RosterService(tx, departments, counselors, events, messages, clock);
        // Each feature adds itself here: to `check` (a year's findings) and, where its findings
        // belong on a counselor's roster row, to the roster's sources.
        TrainingRepository trainingRecords = new TrainingRepository(dsl);
        this.training = new TrainingService(tx, trainingRecords, new TrainingLedgerRepository(dsl),
                new TrainingComplianceRepository(dsl), new TrainingBudgetRepository(dsl), roster, messages, clock);
        // The appraisal forms' 备注 shows the year's class hours of training.
        TrainingHoursSource trainingHours = training::hoursByCounselor;
        AssessmentRepository assessments = new AssessmentRepository(dsl, clock);
        AssessmentSchemes schemes = new AssessmentSchemes(tx, assessments);
        AssessmentScoring scoring = new AssessmentScoring(tx, assessments, schemes, roster);
        this.assessment = new AssessmentService(roster, schemes, scoring,
                new AssessmentTopTen(tx, assessments, scoring, messages),
                new AssessmentFindings(assessments, roster, messages),
                new AppraisalForms(assessments, scoring, trainingHours, messages));
        // Title evaluation reads the assessment results and the training compliance as evidence.
        TitleRepository titleRecords = new TitleRepository(dsl, clock);
        TitleHistory titleHistory = new TitleHistory(titleRecords, roster);
        TeachingLoad teachingLoad = new TeachingLoad(titleRecords, roster, messages);
        TitleValidator titleValidator = new TitleValidator();
        this.titles = new TitleService(tx, titleRecords, roster,
                new TitleRecordsService(tx, titleRecords, roster, titleHistory, teachingLoad, titleValidator, messages),
                new EvidenceReader(titleRecords, roster, assessment::confirmedGrades, training::compliance, messages),
                titleHistory, teachingLoad, new EligibilityRules(messages), titleValidator, messages);
        this.titleForms = new TitleForms(titles, assessment::confirmedGrades);
        List<FindingSource> checks = List.of(roster, training, assessment, titles);
        this.rosterFindingSources = List.of(training, assessment, titles);
        this.check = new CheckService(checks);
        this.demo = new DemoDataGenerator(tx, departments, counselors, events, trainingRecords, clock);
        demo.also(new AssessmentDemoData(assessment));
        demo.also(new TitleDemoData(titles, titleRecords));
        this.export = new ExportService(roster, training, assessment, messages);
        this.rosterImport = new RosterImportService(roster, tx, database.backups(), messages);
        this.trainingImport = new TrainingImportService(training, roster, tx, database.backups(), messages);
        this.scoresImport = new ScoresImportService(assessment, roster, tx, database.backups(), messages);
    }

    public Database database() {
        return database;
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public RosterService roster() {
        return roster;
    }

    public TrainingService training() {
        return training;
    }

    public CheckService check() {
        return check;
    }

    /** The features whose findings show on the roster rows, besides the roster's own. */
    public List<CounselorFindingSource> rosterFindingSources() {
        return rosterFindingSources;
    }

    public AssessmentService assessment() {
        return assessment;
    }

    public TitleService titles() {
        return titles;
    }

    /** The recommendation sheets and the year's list, ready to print. */
    public TitleForms titleForms() {
        return titleForms;
    }

    public DemoDataGenerator demo() {
        return demo;
    }

    public ExportService export() {
        return export;
    }

    public TrainingImportService trainingImport() {
        return trainingImport;
    }

    public ScoresImportService scoresImport() {
        return scoresImport;
    }

    public RosterImportService rosterImport() {
        return rosterImport;
    }
}
