package cn.huyang.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.access.AuditQuery;
import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.roster.Counselor;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office (H2, or PostgreSQL when the suite runs on it) and a department PC (H2) exchange packages:
 * the way back sets the PC up from a setup package, then both sides edit and the packages go back and forth.
 */
class PackageRoundTripTest {
    private static final Clock CLOCK = ExchangeFolders.CLOCK;
    @TempDir
    Path dir;
    ExchangeFolders folders;
    ExchangeFolders.Folder office;
    ExchangeFolders.Folder jsj;
    AppContext xgb;
    AppContext xibu;
    Counselor a;
    Counselor b;
    int files;

    @BeforeEach
    void setUp() {
        folders = new ExchangeFolders(CLOCK);
        office = folders.officeOfTwoDepartments(dir.resolve("office"));
        xgb = office.as(Role.OFFICE, null);
        long jsjId = office.departmentId("JSJ");
        a = ExchangeFolders.register(xgb, "甲", jsjId, 1);
        b = ExchangeFolders.register(xgb, "乙", jsjId, 2);
        ExchangeFolders.register(xgb, "丙", jsjId, 3);
        ExchangeFolders.register(xgb, "丁", office.departmentId("JJ"), 4);
        xgb.training().save(new TrainingSession(null, "新任辅导员培训", "学工部", TrainingLevel.SCHOOL,
                TrainingCategory.ROUTINE, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 11), new BigDecimal("16"),
                null, null, List.of(new TrainingSession.Attendee(null, a.id(), null, null, null),
                new TrainingSession.Attendee(null, b.id(), null, null, null))));

        PackageExport.Result setup = xgb.exchange().export().exportFor(file(), "JSJ", null, true);
        assertThat(setup.setupCode()).isNotNull();
        jsj = folders.department(dir.resolve("jsj"));
        PackageImport.Setup done = jsj.as(Role.ADMIN, null).exchange().receive()
                .setup(last(), SetupCode.parse(setup.setupCode()));
        assertThat(done.plan().totals().added()).isPositive();
        xibu = jsj.as(Role.DEPARTMENT, "JSJ");
    }

    @AfterEach
    void close() {
        folders.close();
    }

    private Path file() {
        return dir.resolve("p" + (++files) + ".hypkg");
    }

    private Path last() {
        return dir.resolve("p" + files + ".hypkg");
    }

    private static Counselor named(AppContext ctx, String name) {
        return ctx.roster().counselors().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void phone(AppContext ctx, String name, String phone) {
        ctx.roster().update(named(ctx, name).withPhone(phone));
    }

    private Path send() {
        xibu.exchange().export().export(file(), null, null);
        return last();
    }

    @Test
    void theNewPcHoldsItsDepartmentOnly() {
        assertThat(xibu.roster().counselors()).extracting(Counselor::name).containsExactlyInAnyOrder("甲", "乙", "丙");
        assertThat(xibu.training().countRecords()).isEqualTo(2);
        assertThat(xibu.training().compliance(2026)).isNotEmpty();
    }

    @Test
    void editsOfDifferentCounselorsOnBothSidesAreBothKept() {
        phone(xgb, "甲", "13900000001");
        phone(xibu, "乙", "13900000002");
        Path p = send();
        ImportPlan preview = xgb.exchange().receive().preview(p);
        assertThat(preview.changes()).filteredOn(c -> c.table().equals("counselor"))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(RowChange.Kind.CHANGED);
                    assertThat(c.diffs()).singleElement().satisfies(d -> {
                        assertThat(d.column()).isEqualTo("phone");
                        assertThat(d.after()).isEqualTo("13900000002");
                    });
                });
        xgb.exchange().receive().apply(p);
        assertThat(named(xgb, "甲").phone()).isEqualTo("13900000001");
        assertThat(named(xgb, "乙").phone()).isEqualTo("13900000002");
        assertThat(xgb.exchange().conflicts().list(true)).isEmpty();

        // and back: the department takes the office's change, keeps its own
        xgb.exchange().export().exportFor(file(), "JSJ", null, false);
        ImportPlan back = xibu.exchange().receive().apply(last());
        assertThat(back.count(RowChange.Kind.CONFLICT)).isZero();
        assertThat(named(xibu, "甲").phone()).isEqualTo("13900000001");
        assertThat(named(xibu, "乙").phone()).isEqualTo("13900000002");
    }

    @Test
    void theSameCounselorEditedOnBothSidesIsListedAndNothingIsLost() {
        phone(xgb, "甲", "13900000001");
        phone(xibu, "甲", "13900000009");
        Path p = send();
        ImportPlan applied = xgb.exchange().receive().apply(p);
        assertThat(applied.count(RowChange.Kind.CONFLICT)).isEqualTo(1);
        assertThat(named(xgb, "甲").phone()).isEqualTo("13900000001");
        List<ConflictService.Opened> open = xgb.exchange().conflicts().list(true);
        assertThat(open).singleElement().satisfies(o -> {
            assertThat(o.conflict().fields()).isEqualTo("phone");
            assertThat(o.local()).containsEntry("phone", "13900000001");
            assertThat(o.incoming()).containsEntry("phone", "13900000009");
        });
        xgb.exchange().conflicts().resolve(open.get(0).conflict().id(), ConflictService.Take.PACKAGE);
        assertThat(named(xgb, "甲").phone()).isEqualTo("13900000009");
        assertThat(xgb.exchange().conflicts().list(true)).isEmpty();
        assertThat(xgb.audit().find(AuditQuery.all())).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("exchange_conflict");
            assertThat(e.details()).contains("PACKAGE");
        });
    }

    @Test
    void aRowInAnOpenConflictIsHeldBackFromTheSenderUntilADecision() {
        phone(xgb, "甲", "13900000001");
        phone(xibu, "甲", "13900000009");
        xgb.exchange().receive().apply(send());
        xgb.exchange().export().exportFor(file(), "JSJ", null, false);
        ImportPlan plan = xibu.exchange().receive().preview(last());
        assertThat(plan.changes()).noneMatch(c -> c.table().equals("counselor") && c.incoming() != null
                && "13900000001".equals(c.incoming().get("phone")));
        xibu.exchange().receive().apply(last());
        assertThat(named(xibu, "甲").phone()).isEqualTo("13900000009");
    }

    @Test
    void keepingTheOfficesVersionSendsItBack() {
        phone(xgb, "甲", "13900000001");
        phone(xibu, "甲", "13900000009");
        xgb.exchange().receive().apply(send());
        long id = xgb.exchange().conflicts().list(true).get(0).conflict().id();
        xgb.exchange().conflicts().resolve(id, ConflictService.Take.OFFICE);
        assertThat(named(xgb, "甲").phone()).isEqualTo("13900000001");
        xgb.exchange().export().exportFor(file(), "JSJ", null, false);
        ImportPlan back = xibu.exchange().receive().apply(last());
        assertThat(back.count(RowChange.Kind.CONFLICT)).isZero();
        assertThat(named(xibu, "甲").phone()).isEqualTo("13900000001");
    }

    @Test
    void aConflictResolvedFieldByFieldKeepsBothChangesAndTravelsBack() {
        phone(xgb, "甲", "13900000001");
        xibu.roster().update(named(xibu, "甲").withPhone("13900000009")
                .withTitle(cn.huyang.roster.TitleRank.ASSOCIATE_PROFESSOR, LocalDate.of(2026, 5, 1)));
        xgb.exchange().receive().apply(send());
        ConflictService.Opened o = xgb.exchange().conflicts().list(true).get(0);
        assertThat(o.conflict().fields()).contains("phone").contains("title");
        xgb.exchange().conflicts().resolveFields(o.conflict().id(), java.util.Set.of("title", "title_date"));
        Counselor merged = named(xgb, "甲");
        assertThat(merged.phone()).isEqualTo("13900000001");
        assertThat(merged.title()).isEqualTo(cn.huyang.roster.TitleRank.ASSOCIATE_PROFESSOR);

        xgb.exchange().export().exportFor(file(), "JSJ", null, false);
        ImportPlan back = xibu.exchange().receive().apply(last());
        assertThat(back.count(RowChange.Kind.CONFLICT)).isZero();
        assertThat(named(xibu, "甲").phone()).isEqualTo("13900000001");
        assertThat(named(xibu, "甲").title()).isEqualTo(cn.huyang.roster.TitleRank.ASSOCIATE_PROFESSOR);
    }

    @Test
    void aCounselorsOwnWorkRecordReachesTheOfficeSealedThere() {
        long jia = named(xibu, "甲").id();
        office.as(Role.ADMIN, null).accounts().create("fdy-jia", "甲", Role.COUNSELOR, null, named(xgb, "甲").id(),
                "Counselor-2026".toCharArray());
        AppContext counselor = jsj.counselor("fdy-jia", jia);
        cn.huyang.app.WorklogModule.of(counselor).records().add(new cn.huyang.worklog.WorkRecord(null, jia,
                cn.huyang.worklog.RecordKind.TALK, LocalDate.of(2026, 6, 1), null, "办公室", "2024级1班", "STUDY",
                null, false, false, java.util.Map.of("way", "FACE", "reason", "学业困难"),
                List.of(new cn.huyang.worklog.StudentRef(null, "阿依古丽")), 0));
        Path p = file();
        counselor.exchange().export().export(p, null, null);
        ImportPlan plan = xgb.exchange().receive().apply(p);
        assertThat(plan.counts().get("work_record")).containsEntry(RowChange.Kind.NEW, 1);
        assertThat(plan.counts()).containsOnlyKeys("work_record");
        var records = cn.huyang.app.WorklogModule.of(xgb).records().month(named(xgb, "甲").id(),
                java.time.YearMonth.of(2026, 6));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.detail("reason")).isEqualTo("学业困难");
            assertThat(r.students()).extracting(cn.huyang.worklog.StudentRef::name).containsExactly("阿依古丽");
        });
        String sealed = office.store.dsl().select(cn.huyang.db.jooq.Tables.WORK_RECORD.BODY)
                .from(cn.huyang.db.jooq.Tables.WORK_RECORD).fetchOne().value1();
        assertThat(sealed).startsWith("g1:").doesNotContain("学业困难");
    }

    @Test
    void aDeletionTravelsAsATombstone() {
        long record = xibu.training().page(cn.huyang.training.LedgerFilter.year(2026),
                cn.huyang.training.LedgerSort.NEWEST_FIRST, 0, 10).rows().stream()
                .filter(r -> r.counselor().equals("乙")).findFirst().orElseThrow().recordId();
        xibu.training().deleteRecord(record);
        Path p = send();
        ImportPlan preview = xgb.exchange().receive().preview(p);
        assertThat(preview.changes()).filteredOn(c -> c.kind() == RowChange.Kind.DELETE)
                .singleElement().satisfies(c -> assertThat(c.table()).isEqualTo("training_record"));
        xgb.exchange().receive().apply(p);
        assertThat(xgb.training().countRecords()).isEqualTo(1);
        assertThat(office.store.dsl().fetchCount(cn.huyang.db.jooq.Tables.TOMBSTONE,
                cn.huyang.db.jooq.Tables.TOMBSTONE.ENTITY.eq("training_record"))).isEqualTo(1);
    }

    @Test
    void aPackageImportedTwiceChangesNothing() {
        phone(xibu, "乙", "13900000002");
        Path p = send();
        xgb.exchange().receive().apply(p);
        int audit = xgb.audit().find(AuditQuery.all()).size();
        ImportPlan again = xgb.exchange().receive().apply(p);
        assertThat(again.alreadyApplied()).isTrue();
        assertThat(xgb.audit().find(AuditQuery.all())).hasSize(audit);
    }

    @Test
    void packagesOutOfOrderAreRefusedNamingTheMissingOneThenApplied() {
        phone(xibu, "乙", "13900000002");
        Path first = send();
        phone(xibu, "丙", "13900000003");
        xibu.exchange().export().export(file(), 1L, null);
        Path second = last();
        assertThatThrownBy(() -> xgb.exchange().receive().preview(second))
                .isInstanceOfSatisfying(PackageRefusal.class, e -> {
                    assertThat(e.reason()).isEqualTo(PackageRefusal.Reason.MISSING_SEQUENCE);
                    assertThat(e.getMessage()).contains("第 1 号");
                });
        xgb.exchange().receive().apply(first);
        xgb.exchange().receive().apply(second);
        assertThat(named(xgb, "丙").phone()).isEqualTo("13900000003");
    }
}
