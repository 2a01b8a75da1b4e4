package cn.huyang.app;

import static cn.huyang.app.TwoClients.ZH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.common.StaleRecordException;
import cn.huyang.io.ImportOptions;
import cn.huyang.io.RosterImportPreview;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients on one database edit the same records: the second save is refused naming who saved
 * first and when, nothing of it is stored or audited, and saving again over the new version works.
 */
class ConcurrentEditTest {
    @TempDir
    Path dir;
    TwoClients two;

    @BeforeEach
    void open() {
        two = new TwoClients(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void theSecondSaveOfTheSameCounselorIsRefusedAndOverwritingWorks() {
        Counselor openedByA = two.a.roster().counselor(two.zhao.id()).orElseThrow();
        Counselor openedByB = two.b.roster().counselor(two.zhao.id()).orElseThrow();
        two.at(10, 42);
        Counselor savedByA = two.a.roster().update(openedByA.withPhone("13800000042"));
        assertThat(savedByA.version()).isEqualTo(openedByA.version() + 1);

        two.at(10, 45);
        long auditBefore = auditRows();
        Counselor typedByB = withNote(openedByB, "李四写的备注");
        Throwable t = catchThrowable(() -> two.b.roster().update(typedByB));

        assertThat(t).isInstanceOf(StaleRecordException.class);
        StaleRecordException stale = (StaleRecordException) t;
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 10:42 修改，您的修改尚未保存。");
        assertThat(stale.changedBy()).isEqualTo("张三");
        assertThat(stale.entity()).isEqualTo("counselor");
        assertThat(stale.current(Counselor.class).phone()).isEqualTo("13800000042");
        Counselor stored = two.setup.roster().counselor(two.zhao.id()).orElseThrow();
        assertThat(stored.phone()).as("A's save kept").isEqualTo("13800000042");
        assertThat(stored.note()).as("nothing of B's stored").isNull();
        assertThat(auditRows()).as("no audit row for the refusal").isEqualTo(auditBefore);

        // 用我的修改覆盖: B saves the same typing again over the version stored now
        Counselor overwritten = two.b.roster().update(typedByB.withVersion(stale.current(Counselor.class).version()));
        assertThat(overwritten.note()).isEqualTo("李四写的备注");
        AuditEntry last = two.setup.audit().find(AuditQuery.all()).get(0);
        assertThat(last.userName()).isEqualTo("lisi");
        assertThat(last.entity()).isEqualTo("counselor");
        assertThat(last.entityId()).isEqualTo(String.valueOf(two.zhao.id()));
    }

    @Test
    void aRefusalOfAnotherDayShowsTheDate() {
        Counselor openedByB = two.b.roster().counselor(two.zhao.id()).orElseThrow();
        two.clock.set(TwoClients.TODAY.minusDays(1).atTime(16, 5));
        two.a.roster().update(two.a.roster().counselor(two.zhao.id()).orElseThrow().withPhone("13800000001"));
        two.at(9, 30);
        StaleRecordException stale = (StaleRecordException) catchThrowable(() ->
                two.b.roster().update(withNote(openedByB, "x")));
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 2026-06-14 16:05 修改，您的修改尚未保存。");
    }

    @Test
    void aStatusStepSinceTheFormOpenedRefusesItsSave() {
        Counselor openedByB = two.b.roster().counselor(two.qian.id()).orElseThrow();
        two.at(11, 0);
        two.a.roster().leave(two.qian.id(), TwoClients.TODAY, "进修");
        StaleRecordException stale = (StaleRecordException) catchThrowable(() ->
                two.b.roster().update(withNote(openedByB, "x")));
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 11:00 修改，您的修改尚未保存。");
    }

    @Test
    void theSecondRenameOfADepartmentIsRefused() {
        Department seenByB = two.b.roster().departments().get(0);
        Department seenByA = two.a.roster().departments().get(0);
        two.at(14, 2);
        two.a.roster().saveDepartment(new Department(seenByA.id(), seenByA.code(), "计算机与信息系",
                seenByA.sortOrder(), true, seenByA.version()));
        StaleRecordException stale = (StaleRecordException) catchThrowable(() -> two.b.roster().saveDepartment(
                new Department(seenByB.id(), seenByB.code(), "信息工程系", seenByB.sortOrder(), true,
                        seenByB.version())));
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 14:02 修改，您的修改尚未保存。");
        assertThat(two.setup.roster().departments().get(0).name()).isEqualTo("计算机与信息系");
    }

    /** An import on A while B edits another counselor: both kept. B's save of one the import changed is refused. */
    @Test
    void anImportOnOneClientWhileTheOtherEdits() throws Exception {
        Counselor zhaoOnB = two.b.roster().counselor(two.zhao.id()).orElseThrow();
        Counselor qianOnB = two.b.roster().counselor(two.qian.id()).orElseThrow();
        Path file = dir.resolve("花名册.csv");
        Files.writeString(file, "姓名,身份证号,系部,岗位类型,联系电话\n"
                + "钱二," + two.qian.idNumber() + ",计算机系,专职,13700000002\n"
                + "周五," + cn.huyang.roster.TestData.id(LocalDate.of(1991, 3, 4), true, 40) + ",机电系,兼职,\n",
                StandardCharsets.UTF_8);
        two.at(15, 10);
        RosterImportPreview preview = two.a.rosterImport().preview(file, new ImportOptions(null, true, false, null),
                () -> false);
        two.a.rosterImport().apply(preview, false);

        two.at(15, 12);
        Counselor savedByB = two.b.roster().update(withNote(zhaoOnB, "李四改的"));
        assertThat(savedByB.note()).isEqualTo("李四改的");
        List<Counselor> all = two.setup.roster().counselors();
        assertThat(all).extracting(Counselor::name).contains("周五");
        assertThat(all).filteredOn(c -> c.id().equals(two.qian.id())).singleElement()
                .extracting(Counselor::phone).isEqualTo("13700000002");

        StaleRecordException stale = (StaleRecordException) catchThrowable(() ->
                two.b.roster().update(withNote(qianOnB, "x")));
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 15:10 修改，您的修改尚未保存。");
    }

    /** A counselor changed on B between A's preview and A's import: the import is refused as a whole. */
    @Test
    void anImportOverACounselorChangedSinceItsPreviewIsRefused() throws Exception {
        Path file = dir.resolve("更新.csv");
        Files.writeString(file, "姓名,身份证号,系部,岗位类型,联系电话\n"
                + "钱二," + two.qian.idNumber() + ",计算机系,专职,13700000002\n"
                + "周五," + cn.huyang.roster.TestData.id(LocalDate.of(1991, 3, 4), true, 40) + ",机电系,兼职,\n",
                StandardCharsets.UTF_8);
        RosterImportPreview preview = two.a.rosterImport().preview(file, new ImportOptions(null, true, false, null),
                () -> false);
        two.at(16, 0);
        two.b.roster().update(withNote(two.b.roster().counselor(two.qian.id()).orElseThrow(), "李四改的"));

        Throwable t = catchThrowable(() -> two.a.rosterImport().apply(preview, false));
        assertThat(StaleRecordException.in(t)).isNotNull();
        assertThat(StaleRecordException.in(t).render(ZH)).isEqualTo("此记录已被 李四 于 16:00 修改，您的修改尚未保存。");
        assertThat(two.setup.roster().counselors()).extracting(Counselor::name).doesNotContain("周五");
        assertThat(two.setup.roster().counselor(two.qian.id()).orElseThrow().note()).isEqualTo("李四改的");
    }

    /** A delete of a training changed since the ledger showed it is refused; the training stays. */
    @Test
    void deletingARecordChangedSinceItWasReadIsRefused() {
        TrainingSession s = two.setup.training().save(new TrainingSession(null, "心理健康教育", "学工部",
                TrainingLevel.SCHOOL, TrainingCategory.ROUTINE, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                new BigDecimal("16"), null, null, List.of(new TrainingSession.Attendee(null, two.zhao.id(), null,
                null, null), new TrainingSession.Attendee(null, two.qian.id(), null, null, null)))).session();
        LedgerRow rowOnB = ledgerRows(two.b).get(0);
        two.at(9, 15);
        TrainingSession onA = two.a.training().session(s.id()).orElseThrow();
        two.a.training().save(new TrainingSession(onA.id(), "心理健康教育（第二期）", onA.organiser(), onA.level(),
                onA.category(), onA.startDate(), onA.endDate(), onA.hours(), onA.costPerPerson(), onA.note(),
                onA.attendees(), onA.version()));

        StaleRecordException stale = (StaleRecordException) catchThrowable(() ->
                two.b.training().deleteSession(rowOnB.sessionId(), rowOnB.sessionVersion()));
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 09:15 修改，您的修改尚未保存。");
        assertThat(two.setup.training().session(s.id())).isPresent();

        // a form opened before a record was deleted from the ledger is refused too
        TrainingSession formOnB = two.b.training().session(s.id()).orElseThrow();
        LedgerRow fresh = ledgerRows(two.a).get(0);
        two.a.training().deleteRecord(fresh.recordId(), fresh.recordVersion());
        assertThat(catchThrowable(() -> two.b.training().save(formOnB))).isInstanceOf(StaleRecordException.class);
        // and a record already deleted cannot be deleted again against its old version
        StaleRecordException gone = (StaleRecordException) catchThrowable(() ->
                two.b.training().deleteRecord(fresh.recordId(), fresh.recordVersion()));
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.render(ZH)).isEqualTo("此记录已被 张三 于 09:15 删除，您的修改尚未保存。");
    }

    @Test
    void theSecondSaveOfTheSchoolNameIsRefused() {
        var seenByB = two.b.policy().unitVersions();
        var seenByA = two.a.policy().unitVersions();
        two.at(8, 30);
        two.a.policy().saveUnit(java.util.Map.of(cn.huyang.policy.UnitField.NAME, "阿克苏职业技术学院（新）"), seenByA);
        StaleRecordException stale = (StaleRecordException) catchThrowable(() -> two.b.policy().saveUnit(
                java.util.Map.of(cn.huyang.policy.UnitField.NAME, "另一个名字"), seenByB));
        assertThat(stale.render(ZH)).isEqualTo("此记录已被 张三 于 08:30 修改，您的修改尚未保存。");
        assertThat(two.setup.policy().unitName()).isEqualTo("阿克苏职业技术学院（新）");
    }

    private static List<LedgerRow> ledgerRows(AppContext ctx) {
        return ctx.training().page(new LedgerFilter(null, null, null, null, null, null),
                LedgerSort.NEWEST_FIRST, 0, 50).rows();
    }

    private long auditRows() {
        return two.setup.audit().find(AuditQuery.all()).size();
    }

    static Counselor withNote(Counselor c, String note) {
        return new Counselor(c.id(), c.name(), c.gender(), c.ethnicity(), c.birthDate(), c.idNumber(),
                c.politicalStatus(), c.education(), c.degree(), c.major(), c.departmentId(), c.postType(),
                c.position(), c.employmentForm(), c.entryDate(), c.title(), c.titleDate(), c.adminRank(),
                c.adminRankDate(), c.phone(), c.studentsInCharge(), c.classesInCharge(), c.dormitory(), c.status(),
                note, c.version());
    }
}
