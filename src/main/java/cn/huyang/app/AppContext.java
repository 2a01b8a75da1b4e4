package cn.huyang.app;

import cn.huyang.security.TextCipher;
import cn.huyang.access.Access;
import cn.huyang.access.AccountRepository;
import cn.huyang.access.AccountService;
import cn.huyang.access.AuditLog;
import cn.huyang.access.AuditRepository;
import cn.huyang.access.Credentials;
import cn.huyang.access.Session;
import cn.huyang.assessment.AssessmentService;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.FindingSource;
import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.demo.FindingsDemoData;
import cn.huyang.findings.DecisionRepository;
import cn.huyang.findings.FindingRegister;
import cn.huyang.io.ExportService;
import cn.huyang.io.RosterImportService;
import cn.huyang.io.ScoresImportService;
import cn.huyang.io.TrainingImportService;
import cn.huyang.overview.TeamFigures;
import cn.huyang.policy.PolicyService;
import cn.huyang.roster.RosterService;
import cn.huyang.title.TitleForms;
import cn.huyang.title.TitleService;
import cn.huyang.training.TrainingService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: starts the feature modules on the open store, then builds what spans
 * features — {@code check}, the demo data, the spreadsheet exchange. The window, the command line,
 * the tests and the benchmark all build their parts here; nothing below this package imports it.
 */
public final class AppContext {
    private final Store store;
    private final Access access;
    private final TextCipher textCipher;
    private final AccountService accounts;
    private final Messages messages;
    private final Clock clock;
    private final List<FeatureModule> modules;
    private final PolicyModule policy;
    private final RosterModule roster;
    private final TrainingModule training;
    private final AssessmentModule assessment;
    private final TitleModule titles;
    private final FindingRegister findings;
    private final List<CounselorFindingSource> rosterFindingSources = new ArrayList<>();
    private final DemoDataGenerator demo;
    private final ExportService export;
    private final RosterImportService rosterImport;
    private final TrainingImportService trainingImport;
    private final ScoresImportService scoresImport;
    private final TeamFigures overview;
    private final cn.huyang.overview.report.TeamReports reports;
    private DataChanges changes;
    private final cn.huyang.db.Stamps stamps;

    /** The program itself at work, with every right: tests and benchmarks; the window and the commands log in. */
    public AppContext(Store store, Messages messages, Clock clock) {
        this(store, messages, clock, Session.system());
    }

    public AppContext(Store store, Messages messages, Clock clock, Session session) {
        this(store, messages, clock, session, Credentials.NONE, Modules.standard());
    }

    /** A folder opened for a user at the gate: their session, and the key ring their password changes reach. */
    public AppContext(Opening opening, Messages messages, Clock clock) {
        this(opening.store(), messages, clock, opening.session(), opening.credentials(), Modules.standard(),
                opening.textCipher());
    }

    public AppContext(Store store, Messages messages, Clock clock, List<FeatureModule> modules) {
        this(store, messages, clock, Session.system(), Credentials.NONE, modules);
    }

    /** The program itself or a test's user: the texts are sealed under a key of this context only. */
    public AppContext(Store store, Messages messages, Clock clock, Session session, Credentials credentials,
                      List<FeatureModule> modules) {
        this(store, messages, clock, session, credentials, modules, TextCipher.random());
    }

    public AppContext(Store store, Messages messages, Clock clock, Session session, Credentials credentials,
                      List<FeatureModule> modules, TextCipher textCipher) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.modules = List.copyOf(modules);
        this.access = Access.of(session, new AuditRepository(store.dsl()), store.transactor(), clock);
        changesEvery(DataChanges.INTERVAL);
        // a key other than the store's (a backup of another office restored since the login) seals nothing
        this.textCipher = textCipher.forStoreKey(new cn.huyang.access.TextKeyRepository(store.dsl()).fingerprint()
                .orElse(null));
        Kernel kernel = new Kernel(store, messages, clock, access, this.textCipher);
        this.stamps = kernel.stamps();
        this.accounts = new AccountService(store.transactor(), new AccountRepository(store.dsl()), access,
                Argon2Hasher.INSTANCE, credentials, clock);
        List<FindingSource> checks = new ArrayList<>();
        for (FeatureModule module : this.modules) {
            module.start(kernel);
            checks.addAll(module.findingSources());
            rosterFindingSources.addAll(module.rosterFindingSources());
        }
        this.policy = find(PolicyModule.class);
        this.roster = find(RosterModule.class);
        this.training = find(TrainingModule.class);
        this.assessment = find(AssessmentModule.class);
        this.titles = find(TitleModule.class);
        this.findings = new FindingRegister(checks, assessment.service(), new DecisionRepository(kernel.dsl()),
                kernel.tx(), roster(), messages, clock, access);
        this.demo = new DemoDataGenerator(kernel.tx(), roster.departments(), roster.counselors(), roster.events(),
                training.records(), clock, access);
        this.modules.forEach(module -> module.demoData().forEach(demo::also));
        demo.also(new FindingsDemoData(findings)); // last: it decides what the others' data gives rise to
        this.export = new ExportService(roster(), training(), assessment(), findings, messages, access);
        this.rosterImport = new RosterImportService(roster(), kernel.tx(), store.backups(), messages, access);
        this.trainingImport = new TrainingImportService(training(), roster(), kernel.tx(), store.backups(), messages,
                access);
        this.scoresImport = new ScoresImportService(assessment(), roster(), kernel.tx(), store.backups(), messages,
                access);
        this.overview = new TeamFigures(roster(), training(), assessment(), titles(), findings, access, messages);
        this.reports = new cn.huyang.overview.report.TeamReports(overview, access);
    }

    /** 队伍建设情况汇报: built from {@link #overview()}, written as .docx or PDF. */
    public cn.huyang.overview.report.TeamReports reports() {
        return reports;
    }

    /** The team's figures (概览 and the team report), from the features' own queries. */
    public TeamFigures overview() {
        return overview;
    }

    private <T extends FeatureModule> T find(Class<T> type) {
        return modules.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + type.getSimpleName() + " registered"));
    }

    /** The started modules, in registration order. */
    public List<FeatureModule> modules() {
        return modules;
    }

    /**
     * What tells this window's lists that another PC changed data (started by the window, stopped when
     * it closes); this context's own changes are left out.
     */
    public DataChanges changes() {
        return changes;
    }

    /** Watches for other PCs' changes every {@code interval} (tests: less than the window's 10 s); before the tabs subscribe. */
    public void changesEvery(java.time.Duration interval) {
        if (changes != null) {
            changes.close();
        }
        changes = new DataChanges(new AuditRepository(store.dsl()), interval);
        access.audit().setOnWritten(changes::own);
    }

    /** Where the data lives: the store every module was started on. */
    public Store store() {
        return store;
    }

    /** The user working now: the guard the services ask, and the audit log. */
    public Access access() {
        return access;
    }

    /** The accounts: added, reset and disabled by an administrator; each user's own password. */
    public AccountService accounts() {
        return accounts;
    }

    /** The audit log: every change, login, export and view of a full ID number. */
    public AuditLog audit() {
        return access.audit();
    }

    /** Backup and restore for the user working now (audited; restore keeps the accounts and the audit log). */
    public BackupService backups() {
        return new BackupService(store, access);
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    /** The policy parameters with their effective dates, and the unit's details. */
    public PolicyService policy() {
        return policy.service();
    }

    public RosterService roster() {
        return roster.service();
    }

    public TrainingService training() {
        return training.service();
    }

    public AssessmentService assessment() {
        return assessment.service();
    }

    public TitleService titles() {
        return titles.service();
    }

    /** The recommendation sheets and the year's list, ready to print. */
    public TitleForms titleForms() {
        return titles.forms();
    }

    /** The selection of counselors (选聘): rounds, candidates, stages, hiring. */
    public cn.huyang.recruitment.RecruitmentService recruitment() {
        return find(RecruitmentModule.class).service();
    }

    /** Every feature's findings of a year with their decisions (check, 合规提示, the roster rows). */
    public FindingRegister findings() {
        return findings;
    }

    /** The features' findings that show on the roster rows, besides the roster's own. */
    public List<CounselorFindingSource> rosterFindingSources() {
        return List.copyOf(rosterFindingSources);
    }

    public DemoDataGenerator demo() {
        return demo;
    }

    public ExportService export() {
        return export;
    }

    /** The lists the screens print (打印…), as the user may see them. */
    public cn.huyang.io.PrintedLists printedLists() {
        return new cn.huyang.io.PrintedLists(roster(), training(), findings, messages, access);
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

    /** The data packages' parts (issue 20) for this context's user: the database's identity, the office key file. */
    public cn.huyang.exchange.Exchange exchange() {
        return new cn.huyang.exchange.Exchange(store, access, textCipher, clock, policy()::unitName, stamps,
                () -> store.backups().beforeBulkImport(),
                new PackageRederive(training.records(), new cn.huyang.worklog.MonthTallyRepository(store.dsl())));
    }

    /** The cipher of sealed texts this context's user holds (withheld when they hold none). */
    public TextCipher textCipher() {
        return textCipher;
    }
}
