package cn.huyang.access;

import static cn.huyang.access.RightsFixture.CLOCK;
import static cn.huyang.access.RightsFixture.ZH;
import static cn.huyang.db.jooq.Tables.AUDIT_EVENT;
import static cn.huyang.db.jooq.Tables.COUNSELOR;
import static cn.huyang.db.jooq.Tables.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.app.AppContext;
import cn.huyang.common.IdNumber;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log: written in the transaction of the change it records, with ID numbers and phones masked. */
class AuditLogTest {
    @TempDir
    static Path template;
    static RightsFixture f;

    @TempDir
    Path dir;
    Store db;
    AppContext office;

    @BeforeAll
    static void fixture() {
        f = RightsFixture.build(template.resolve("data"));
    }

    void open() {
        Path data = dir.resolve("data");
        db = TestStores.openCopy(template.resolve("data"), data, CLOCK);
        office = new AppContext(db, ZH, CLOCK, new Session(f.actor(Role.OFFICE)));
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private List<String> details() {
        return db.dsl().select(AUDIT_EVENT.DETAILS).from(AUDIT_EVENT).fetch(AUDIT_EVENT.DETAILS).stream()
                .map(d -> d == null ? "" : d).toList();
    }

    @Test
    void aWriteThatFailsAfterItsAuditRowLeavesNoRow() {
        open();
        int audit = db.dsl().fetchCount(AUDIT_EVENT);
        int counselors = db.dsl().fetchCount(COUNSELOR);
        Throwable t = catchThrowable(() -> db.transactor().inTransaction(() -> {
            office.roster().register(TestData.counselor("回滚", f.deptA, PostType.FULL_TIME, 77,
                    LocalDate.of(2022, 9, 1)), LocalDate.of(2022, 9, 1));
            assertThat(db.dsl().fetchCount(AUDIT_EVENT)).as("written inside the transaction").isEqualTo(audit + 1);
            // a constraint fails after the audit row: the department code is taken
            db.dsl().insertInto(DEPARTMENT, DEPARTMENT.CODE, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER,
                    DEPARTMENT.ACTIVE).values("JSJ", "重复", 9, true).execute();
        }));
        assertThat(t).isNotNull();
        assertThat(db.dsl().fetchCount(COUNSELOR)).isEqualTo(counselors);
        assertThat(db.dsl().fetchCount(AUDIT_EVENT)).as("no audit row for a write that failed").isEqualTo(audit);
    }

    @Test
    void aRefusedWriteLeavesNoRowAndAnAllowedOneNamesTheUser() {
        open();
        AppContext leader = new AppContext(db, ZH, CLOCK, new Session(f.actor(Role.LEADER)));
        long last = RightsFixture.lastAuditId(db);
        assertThat(catchThrowable(() -> leader.roster().leave(f.a1.id(), LocalDate.of(2026, 3, 1), "进修")))
                .isInstanceOf(NotPermittedException.class);
        assertThat(RightsFixture.auditAfter(db, last)).isEmpty();
        office.roster().leave(f.a1.id(), LocalDate.of(2026, 3, 1), "进修");
        assertThat(RightsFixture.auditAfter(db, last)).singleElement().satisfies(e -> {
            assertThat(e.userName()).isEqualTo("user-office");
            assertThat(e.role()).isEqualTo(Role.OFFICE);
            assertThat(e.action()).isEqualTo("LEAVE");
            assertThat(e.entity()).isEqualTo("counselor");
            assertThat(e.entityId()).isEqualTo(String.valueOf(f.a1.id()));
            assertThat(e.details()).contains("进修").contains("ACTIVE");
        });
    }

    @Test
    void idNumbersAndPhonesAreMaskedInTheDetails() {
        open();
        Counselor stored = office.roster().counselor(f.a1.id()).orElseThrow();
        String newId = TestData.id(LocalDate.of(1988, 8, 8), true, 5);
        office.roster().update(stored.withIdentity(newId, stored.gender(), LocalDate.of(1988, 8, 8))
                .withPhone("13987654321"));
        office.roster().register(TestData.counselor("新人", f.deptB, PostType.FULL_TIME, 66), LocalDate.of(2024, 9, 1));
        String all = String.join("\n", details());
        assertThat(all).contains(IdNumber.mask(stored.idNumber())).contains(IdNumber.mask(newId));
        assertThat(all).doesNotContain(stored.idNumber()).doesNotContain(newId)
                .doesNotContain(TestData.counselor("新人", f.deptB, PostType.FULL_TIME, 66).idNumber());
        assertThat(all).doesNotContain("13987654321").doesNotContain(stored.phone()).contains("139****4321");
    }

    @Test
    void demoDataLeavesOneRowAndNoIdNumber() {
        open();
        long last = RightsFixture.lastAuditId(db);
        office.demo().generate(new DemoDataGenerator.Request(30, 3, 7), true, Progress.NONE);
        assertThat(RightsFixture.auditAfter(db, last)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("DEMO");
            assertThat(e.details()).contains("\"counselors\":30");
        });
        String all = String.join("\n", details());
        for (Counselor c : office.roster().counselors()) {
            assertThat(all).doesNotContain(c.idNumber());
            if (c.phone() != null) {
                assertThat(all).doesNotContain(c.phone());
            }
        }
    }

    @Test
    void anImportIsOneRowWithItsCounts() throws Exception {
        open();
        long last = RightsFixture.lastAuditId(db);
        Path file = cn.huyang.io.ImportFiles.roster(dir.resolve("r.xlsx"), "导入者",
                TestData.id(LocalDate.of(1991, 2, 3), true, 41), "计算机系");
        office.rosterImport().apply(office.rosterImport().preview(file, cn.huyang.io.ImportOptions.defaults(),
                () -> false), false);
        assertThat(RightsFixture.auditAfter(db, last)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("IMPORT");
            assertThat(e.details()).contains("\"created\":1");
            assertThat(e.details()).doesNotContain(TestData.id(LocalDate.of(1991, 2, 3), true, 41));
        });
    }

    @Test
    void anExportRowKeepsTheFileNameOnly() throws Exception {
        open();
        long last = RightsFixture.lastAuditId(db);
        Path file = dir.resolve("sub").resolve("花名册.xlsx");
        java.nio.file.Files.createDirectories(file.getParent());
        int rows = office.export().roster(file, office.export().rosterAsShown(), true);
        assertThat(RightsFixture.auditAfter(db, last)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("EXPORT");
            assertThat(e.details()).contains("\"file\":\"花名册.xlsx\"").contains("\"fullId\":true")
                    .contains("\"rows\":" + rows).doesNotContain(dir.toString());
        });
    }

    @Test
    void aStepDoneAsTheProgramEndsWithTheStepEvenWhenItFails() {
        AccessGuard guard = new AccessGuard(new Session(f.actor(Role.LEADER)));
        assertThat(catchThrowable(() -> guard.asProgram(() -> {
            assertThat(guard.may(Operation.ROSTER_EDIT)).isTrue();
            throw new IllegalStateException("x");
        }))).isInstanceOf(IllegalStateException.class);
        assertThat(guard.may(Operation.ROSTER_EDIT)).isFalse();
    }

    @Test
    void theChangeMarkMovesWithANewRowAndWithARowCommittedLateBelowTheNewest() {
        open();
        AuditRepository repo = new AuditRepository(db.dsl());
        office.roster().saveDepartment(new cn.huyang.roster.Department(null, "MK1", "标记一系", 91, true));
        office.roster().saveDepartment(new cn.huyang.roster.Department(null, "MK2", "标记二系", 92, true));
        long last = repo.lastId();
        var gap = db.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(last - 1)).fetchOne();
        db.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(last - 1)).execute();
        AuditRepository.ChangeMark before = repo.mark();
        assertThat(repo.mark()).as("nothing written: the same mark").isEqualTo(before);
        gap.changed(true);
        db.dsl().insertInto(AUDIT_EVENT).set(gap).execute(); // another PC's row, committed after the newer one
        assertThat(repo.mark()).isNotEqualTo(before).extracting(AuditRepository.ChangeMark::lastId).isEqualTo(last);
        office.roster().saveDepartment(new cn.huyang.roster.Department(null, "MK3", "标记三系", 93, true));
        assertThat(repo.mark().lastId()).isGreaterThan(last);
    }

    @Test
    void betweenTwoMarksNamesWhatWasDoneOrNullWhenARowCameLateOrThereAreTooMany() {
        open();
        AuditRepository repo = new AuditRepository(db.dsl());
        office.roster().saveDepartment(new cn.huyang.roster.Department(null, "BT1", "之间一系", 94, true));
        AuditRepository.ChangeMark from = repo.mark();
        office.access().audit().record(AuditAction.PRINT, "staffing", null, (String) null);
        office.roster().saveDepartment(new cn.huyang.roster.Department(null, "BT2", "之间二系", 95, true));
        AuditRepository.ChangeMark to = repo.mark();
        assertThat(repo.between(from, to, 10)).extracting(AuditRepository.ActionOn::action)
                .containsExactly("PRINT", "CREATE");
        assertThat(repo.between(from, to, 10).get(1).entity()).isEqualTo("department");
        assertThat(repo.between(from, to, 1)).as("more rows than asked for").isNull();
        assertThat(repo.between(to, to, 10)).isEmpty();

        var gap = db.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(from.lastId())).fetchOne();
        db.dsl().deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(from.lastId())).execute();
        AuditRepository.ChangeMark without = new AuditRepository.ChangeMark(from.lastId(), from.recent() - 1);
        gap.changed(true);
        db.dsl().insertInto(AUDIT_EVENT).set(gap).execute(); // committed late, at or below the kept mark
        assertThat(repo.between(without, to, 10)).as("a row came late below the mark").isNull();
    }

    @Test
    void aCounselorsAccountDoesNotLogInOnceTheCounselorHasLeftAndAgainOnceReRegistered() {
        open();
        AppContext admin = new AppContext(db, ZH, CLOCK, new Session(f.actor(Role.ADMIN)));
        char[] pw = "Counselor-Pass-2026".toCharArray();
        admin.accounts().create("a1-user", "辅导员甲", Role.COUNSELOR, null, f.a1.id(), pw);
        assertThat(admin.accounts().authenticate("a1-user", pw).counselorId()).isEqualTo(f.a1.id());
        office.roster().deregister(f.a1.id(), LocalDate.of(2026, 5, 31), "调离");
        Throwable t = catchThrowable(() -> admin.accounts().authenticate("a1-user", pw));
        assertThat(t).isInstanceOf(LoginRefusedException.class);
        assertThat(((LoginRefusedException) t).messageKey()).isEqualTo("login.departed");
        assertThat(ZH.get("login.departed")).contains("离职注销");
        office.roster().reregister(f.a1.id(), LocalDate.of(2026, 6, 1));
        assertThat(admin.accounts().authenticate("a1-user", pw).userName()).isEqualTo("a1-user");
    }
}
