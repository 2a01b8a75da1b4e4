package cn.huyang.access;

import static cn.huyang.access.RightsFixture.CLOCK;
import static cn.huyang.access.RightsFixture.ZH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.app.DataLocationModule;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Grade;
import cn.huyang.assessment.Party;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.common.Remembered;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.io.ImportFiles;
import cn.huyang.io.ImportOptions;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.UnitField;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.server.DataLocation;
import cn.huyang.server.ServerSettings;
import cn.huyang.server.SslMode;
import cn.huyang.title.Promotion;
import cn.huyang.title.Target;
import cn.huyang.title.Track;
import cn.huyang.title.Verdict;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role against every service step that writes or exports, on a real H2 copied from one
 * fixture: allowed or refused exactly as {@link Permissions} says (the expectation is read from the
 * table, not written twice). A refusal changes no table and adds no audit row; an allowed step
 * leaves exactly its audit rows, with the user's name and role.
 */
class RightsMatrixTest {
    /** What backing up asks: BACKUP on a PC's folder, RESTORE (administrators) on the shared server. */
    private static final Operation BACKING_UP = TestStores.postgres() ? Operation.RESTORE : Operation.BACKUP;

    @TempDir
    static Path template;
    static RightsFixture f;

    @TempDir
    Path dir;
    Store db;

    @BeforeAll
    static void fixture() {
        f = RightsFixture.build(template.resolve("data"));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** What the test works with: the program's context (to read and prepare) and the user's. */
    record Run(AppContext sys, AppContext user, Path dir) {
    }

    @FunctionalInterface
    interface Step {
        void run(Run r) throws Exception;
    }

    /** One step: its name, whether a role may do it (from the table), the audit rows it leaves (action/entity). */
    record Case(String name, Predicate<Role> allowed, Step step, List<String> audit) {
        @Override
        public String toString() {
            return name;
        }
    }

    // ---- the expectation, read from the table ---------------------------------------------------------

    /** For the whole college (or another department's data): only a role that reaches everywhere. */
    static Predicate<Role> college(Operation op) {
        return r -> Permissions.reach(r, op) == Reach.ALL;
    }

    /** For department A's data, the department user's own: a role reaching its own department or all. */
    static Predicate<Role> ownDepartment(Operation op) {
        return r -> Permissions.reach(r, op).any();
    }

    static Predicate<Role> somewhere(Operation op) {
        return r -> Permissions.reach(r, op).any();
    }

    static Case c(String name, Predicate<Role> allowed, Step step, String... audit) {
        return new Case(name, allowed, step, List.of(audit));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : java.util.stream.Stream.of(cases(), RightsExtraCases.cases(), RightsWorkCases.cases())
                .flatMap(List::stream).toList()) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(c, role));
            }
        }
        return out.stream();
    }

    static List<Case> cases() {
        Predicate<Role> fullExport = somewhere(Operation.EXPORT).and(somewhere(Operation.VIEW_FULL_ID));
        List<Case> cases = new ArrayList<>(List.of(
                // roster
                c("register in own department", ownDepartment(Operation.ROSTER_EDIT), r -> r.user().roster().register(
                        TestData.counselor("新甲", f.deptA, PostType.FULL_TIME, 31, LocalDate.of(2021, 9, 1)),
                        LocalDate.of(2021, 9, 1)), "CREATE counselor"),
                c("register in other department", college(Operation.ROSTER_EDIT), r -> r.user().roster().register(
                        TestData.counselor("新乙", f.deptB, PostType.FULL_TIME, 32, LocalDate.of(2021, 9, 1)),
                        LocalDate.of(2021, 9, 1)), "CREATE counselor"),
                c("update own counselor", ownDepartment(Operation.ROSTER_EDIT), r -> r.user().roster().update(
                        stored(r, f.a1).withPhone("13800000001")), "UPDATE counselor"),
                c("update other department's counselor", college(Operation.ROSTER_EDIT), r -> r.user().roster()
                        .update(stored(r, f.b1).withPhone("13800000002")), "UPDATE counselor"),
                c("leave, own department", ownDepartment(Operation.ROSTER_EDIT), r -> r.user().roster().leave(
                        f.a1.id(), LocalDate.of(2026, 3, 1), "进修"), "LEAVE counselor"),
                c("deregister, other department", college(Operation.ROSTER_EDIT), r -> r.user().roster().deregister(
                        f.b1.id(), LocalDate.of(2026, 3, 1), "调离"), "DEREGISTER counselor"),
                c("save department", college(Operation.DEPARTMENTS_EDIT), r -> r.user().roster().saveDepartment(
                        new Department(null, "WY", "外语系", 3, true)), "CREATE department"),
                c("set enrolment", college(Operation.DEPARTMENTS_EDIT), r -> r.user().roster().setEnrolment(
                        f.deptA, 2025, 800), "UPDATE enrolment"),
                // training
                c("save training of own department", ownDepartment(Operation.TRAINING_EDIT), r -> r.user().training()
                        .save(RightsFixture.session("新培训", f.a1)), "CREATE training"),
                c("save training of other department", college(Operation.TRAINING_EDIT), r -> r.user().training()
                        .save(RightsFixture.session("新培训", f.b1)), "CREATE training"),
                c("change training with another department's attendee", college(Operation.TRAINING_EDIT), r -> {
                    TrainingSession s = r.sys().training().session(f.mixedSession).orElseThrow();
                    r.user().training().save(new TrainingSession(s.id(), s.course(), s.organiser(), s.level(),
                            s.category(), s.startDate(), s.endDate(), s.hours(), s.costPerPerson(), "改了备注",
                            s.attendees()));
                }, "UPDATE training"),
                c("delete own department's training", ownDepartment(Operation.TRAINING_EDIT),
                        r -> r.user().training().deleteSession(f.ownSession), "DELETE training"),
                c("delete training with another department's attendee", college(Operation.TRAINING_EDIT),
                        r -> r.user().training().deleteSession(f.mixedSession), "DELETE training"),
                // assessment
                c("save scheme", college(Operation.SCHEME_EDIT), r -> r.user().assessment().saveScheme(
                        r.sys().assessment().scheme(2026)), "CREATE scheme"),
                c("override grade", college(Operation.RESULTS_CONFIRM), r -> r.user().assessment().override(2025,
                        f.a1.id(), Grade.EXCELLENT, "表现突出"), "OVERRIDE assessment"),
                c("record review", college(Operation.RESULTS_CONFIRM), r -> r.user().assessment().recordReview(2024,
                        f.a1.id(), new Entry.Review(LocalDate.of(2025, 1, 10), "申请复核", null, null)),
                        "CREATE assessmentReview"),
                c("confirm year", college(Operation.RESULTS_CONFIRM), r -> r.user().assessment().confirm(2025),
                        "CONFIRM assessmentYear"),
                c("unlock year", college(Operation.RESULTS_CONFIRM), r -> r.user().assessment().unlock(2024, "更正"),
                        "UNLOCK assessmentYear"),
                c("choose top ten", college(Operation.RESULTS_CONFIRM), r -> r.user().assessment().chooseTopTen(2024,
                        List.of()), "UPDATE topTen"),
                // titles
                c("save title target", college(Operation.TITLES_EDIT), r -> r.user().titles().saveTarget(
                        lecturer(r, 3)), "UPDATE titleTarget"),
                c("apply for a title", college(Operation.TITLES_EDIT), r -> r.user().titles().apply(2026, f.a1.id(),
                        Track.TITLE, "ASSOCIATE_PROFESSOR", LocalDate.of(2026, 5, 2)), "CREATE titleApplication"),
                c("panel scores", college(Operation.TITLES_EDIT), r -> r.user().titles().score(f.application,
                        new BigDecimal("85"), new BigDecimal("75")), "UPDATE titleApplication"),
                c("decide application", college(Operation.TITLES_EDIT), r -> r.user().titles().decide(f.application,
                        Verdict.FAILED, "仍不足"), "UPDATE titleApplication"),
                c("confirm title review", college(Operation.TITLES_EDIT), r -> r.user().titles().confirm(2026,
                        LocalDate.of(2026, 6, 1)), "CONFIRM titleYear"),
                c("add promotion", college(Operation.TITLES_EDIT), r -> r.user().titles().records().addPromotion(
                        new Promotion(null, f.a1.id(), Track.TITLE, "ASSOCIATE_PROFESSOR", "思政", LocalDate.of(2026,
                                1, 1), null, null)), "CREATE promotion", "UPDATE counselor"),
                // findings
                c("decide finding", college(Operation.FINDINGS_DECIDE), r -> r.user().findings().decide(f.toDecide,
                        RightsFixture.decision(), false), "DECIDE finding"),
                c("reopen finding", college(Operation.FINDINGS_DECIDE), r -> r.user().findings().reopen(f.toReopen,
                        RightsFixture.TODAY, "学工部 李老师", "材料有误"), "REOPEN finding"),
                // policy
                c("set policy value", college(Operation.POLICY_EDIT), r -> r.user().policy().set(
                        PolicyKey.STUDENTS_PER_COUNSELOR, "190", LocalDate.of(2027, 1, 1), "院发〔2026〕1号", null),
                        "CREATE policy"),
                c("save unit", college(Operation.POLICY_EDIT), r -> r.user().policy().saveUnit(Map.of(UnitField.NAME,
                        "某某职业技术学院")), "UPDATE unit"),
                // imports
                c("import roster", somewhere(Operation.IMPORT), r -> r.user().rosterImport().apply(r.user()
                        .rosterImport().preview(ImportFiles.roster(r.dir().resolve("r.xlsx"), "导入者",
                                TestData.id(LocalDate.of(1991, 2, 3), true, 41), "计算机系"), ImportOptions.defaults(),
                                () -> false), false), "IMPORT roster"),
                c("import training", somewhere(Operation.IMPORT), r -> r.user().trainingImport().apply(r.user()
                        .trainingImport().preview(ImportFiles.training(r.dir().resolve("t.xlsx"), "计算机系", "甲一",
                                f.a1.idNumber()), null, () -> false), false), "IMPORT training"),
                c("import scores", somewhere(Operation.IMPORT), r -> r.user().scoresImport().apply(r.user()
                        .scoresImport().preview(ImportFiles.scores(r.dir().resolve("s.xlsx"), "计算机系", "甲一",
                                f.a1.idNumber(), new BigDecimal("85")), 2025, null, () -> false), false),
                        "IMPORT scores"),
                // exports
                c("export roster", somewhere(Operation.EXPORT), r -> r.user().export().roster(file(r),
                        r.user().export().rosterAsShown(), false), "EXPORT roster"),
                c("export roster with full ID numbers", fullExport, r -> r.user().export().roster(file(r),
                        r.user().export().rosterAsShown(), true), "EXPORT roster"),
                c("export ledger", somewhere(Operation.EXPORT), r -> r.user().export().ledger(file(r),
                        LedgerFilter.year(2025), LedgerSort.NEWEST_FIRST), "EXPORT ledger"),
                c("export compliance", somewhere(Operation.EXPORT), r -> r.user().export().compliance(file(r), 2025),
                        "EXPORT compliance"),
                c("export ratio", somewhere(Operation.EXPORT), r -> r.user().export().ratio(file(r), 2025),
                        "EXPORT ratio"),
                c("export scores", somewhere(Operation.EXPORT), r -> r.user().export().scores(file(r), 2025, false),
                        "EXPORT scores"),
                c("export scores with full ID numbers", fullExport, r -> r.user().export().scores(file(r), 2025,
                        true), "EXPORT scores"),
                c("export scores template with full ID numbers", fullExport, r -> r.user().export().scoresTemplate(
                        file(r), 2025, true), "EXPORT scoresTemplate"),
                c("export findings", somewhere(Operation.EXPORT), r -> r.user().export().findings(file(r),
                        r.user().findings().findings(2026)), "EXPORT findings"),
                // backup and restore, accounts, the audit log
                c("back up to a file", college(BACKING_UP), r -> r.user().backups().backupTo(
                        r.dir().resolve("备份.zip")), "BACKUP backup"),
                c("list the backups", college(BACKING_UP), r -> r.user().backups().list()),
                c("restore a backup", college(Operation.RESTORE), r -> {
                    Path backup = r.dir().resolve("恢复用.zip");
                    r.sys().store().backups().backupTo(backup); // the store's own: no user, no audit row
                    r.user().backups().restore(r.sys().store().backups().prepareRestore(backup, null));
                }, "RESTORE backup"),
                c("add an account", college(Operation.ACCOUNTS_MANAGE), r -> r.user().accounts().create("zhang", null,
                        Role.LEADER, null, "Pass-word-2026".toCharArray()), "ACCOUNT_CREATE account"),
                c("list the accounts", college(Operation.ACCOUNTS_MANAGE), r -> r.user().accounts().accounts()),
                c("read the audit log", college(Operation.AUDIT_VIEW), r -> r.user().audit().find(
                        cn.huyang.access.AuditQuery.all())),
                c("change the data location", college(Operation.DATA_LOCATION), r -> DataLocationModule.service(
                        r.user(), Remembered.inMemory()).save(DataLocation.server(new ServerSettings("10.1.2.3", 5432,
                        "huyang", "huyang", "Pass-word-2026", SslMode.REQUIRE))), "UPDATE dataLocation"),
                // demo data
                c("demo data", college(Operation.DEMO_DATA), r -> r.user().demo().generate(
                        new DemoDataGenerator.Request(12, 2, 3), true, Progress.NONE), "DEMO demo")));
        // each party's scores, for department A's counselor and for department B's
        for (Party p : Party.values()) {
            Operation op = partyOperation(p);
            cases.add(c("scores of " + p + ", own department", ownDepartment(op),
                    r -> r.user().assessment().saveEntries(2025, List.of(changed(r, f.a1, p))), "SCORES assessment"));
            cases.add(c("scores of " + p + ", other department", college(op),
                    r -> r.user().assessment().saveEntries(2025, List.of(changed(r, f.b1, p))), "SCORES assessment"));
        }
        return cases;
    }

    static Operation partyOperation(Party p) {
        return switch (p) {
            case OFFICE -> Operation.SCORES_OFFICE;
            case BRANCH -> Operation.SCORES_BRANCH;
            case STUDENTS -> Operation.SCORES_STUDENTS;
            case PERSONNEL -> Operation.SCORES_PERSONNEL;
        };
    }

    /** The stored 2025 entry (every party 80) with one party's score changed: the others typed back. */
    /** The 2025 entry of a counselor with one party's score changed, at the version stored now (as the grid reads it). */
    static Entry changed(Run r, Counselor c, Party changed) {
        Map<Party, BigDecimal> m = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            m.put(p, new BigDecimal(p == changed ? "81" : "80.0"));
        }
        int version = r.sys().assessment().sheet(2025).rows().stream().filter(x -> x.counselor().id().equals(c.id()))
                .findFirst().orElseThrow().entry().version();
        return new Entry(2025, c.id(), m, null, null, null, null, null, null, version);
    }

    static Counselor stored(Run r, Counselor c) {
        return r.sys().roster().counselor(c.id()).orElseThrow();
    }

    static Path file(Run r) {
        return r.dir().resolve("导出.xlsx");
    }

    static Target lecturer(Run r, int posts) {
        Target d = r.sys().titles().targets(2026).stream().filter(t -> t.target().equals("LECTURER")).findFirst()
                .orElseThrow();
        return new Target(2026, Track.TITLE, "LECTURER", d.sortOrder(), posts, d.minYearsCurrent(),
                d.minYearsBachelor(), d.minYearsMaster(), d.minYearsDoctor(), d.minEducation(), d.minDegree(),
                d.assessmentWindow(), d.minExcellent(), d.requireTraining(), d.minOutputs(), d.weightWork(),
                d.weightResearch(), d.defaults(), d.version());
    }

    private Run open(Role role) {
        Path data = dir.resolve("data");
        db = TestStores.openCopy(template.resolve("data"), data, CLOCK);
        return new Run(new AppContext(db, ZH, CLOCK),
                new AppContext(db, ZH, CLOCK, new Session(f.actor(role))), dir);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatTheTableSays(Case c, Role role) throws Exception {
        Run run = open(role);
        Map<String, Integer> before = RightsFixture.counts(db);
        long lastAudit = RightsFixture.lastAuditId(db);
        Throwable t = catchThrowable(() -> c.step().run(run));
        if (c.allowed().test(role)) {
            assertThat(t).as("%s as %s is allowed", c.name(), role).isNull();
            List<AuditEntry> rows = RightsFixture.auditAfter(db, lastAudit);
            assertThat(rows).extracting(e -> e.action() + " " + e.entity()).as("audit rows")
                    .containsExactlyInAnyOrderElementsOf(c.audit());
            assertThat(rows).allSatisfy(e -> {
                assertThat(e.userName()).isEqualTo("user-" + role.name().toLowerCase());
                assertThat(e.role()).isEqualTo(role);
            });
        } else {
            assertThat(t).as("%s as %s is refused", c.name(), role).isInstanceOf(NotPermittedException.class);
            assertThat(((NotPermittedException) t).render(ZH)).startsWith(ZH.get(role.messageKey()))
                    .endsWith("。");
            assertThat(RightsFixture.counts(db)).as("nothing changed").isEqualTo(before);
            assertThat(Files.exists(file(run))).as("no file written").isFalse();
        }
    }

    /** Only changed cells count: a department's user may type the office's score back unchanged. */
    @Test
    void aScoreTypedBackUnchangedNeedsNoRight() {
        Run run = open(Role.DEPARTMENT);
        long lastAudit = RightsFixture.lastAuditId(db);
        run.user().assessment().saveEntries(2025, List.of(changed(run, f.a1, Party.BRANCH)));
        assertThat(RightsFixture.auditAfter(db, lastAudit)).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("BRANCH").doesNotContain("OFFICE"));
        Throwable t = catchThrowable(() -> run.user().assessment().saveEntries(2025,
                List.of(changed(run, f.a1, Party.OFFICE))));
        assertThat(t).isInstanceOf(NotPermittedException.class);
        assertThat(((NotPermittedException) t).operation()).isEqualTo(Operation.SCORES_OFFICE);
    }

    /** The refusal in the user's words, naming the role and the step. */
    @Test
    void aRefusalReadsAsASentence() {
        Run run = open(Role.DEPARTMENT);
        Throwable other = catchThrowable(() -> run.user().roster().update(stored(run, f.b1).withPhone("13800000009")));
        assertThat(((NotPermittedException) other).render(ZH)).isEqualTo("系部只能修改花名册本系部的数据。");
        Throwable none = catchThrowable(() -> run.user().policy().saveUnit(Map.of(UnitField.NAME, "某学院")));
        assertThat(((NotPermittedException) none).render(ZH)).isEqualTo("系部无权修改政策参数和单位信息。");
    }
}
