package cn.huyang.worklog;

import static cn.huyang.worklog.WorklogFixture.ZH;
import static cn.huyang.worklog.WorklogFixture.details;
import static cn.huyang.worklog.WorklogFixture.dorm;
import static cn.huyang.worklog.WorklogFixture.meeting;
import static cn.huyang.worklog.WorklogFixture.talk;
import static cn.huyang.worklog.WorklogFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.NotPermittedException;
import cn.huyang.access.Role;
import cn.huyang.common.ValidationException;
import cn.huyang.db.TestStores;
import cn.huyang.app.WorklogModule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work records [三(一)3] on a real database migrated by Flyway (H2, or PostgreSQL). */
class WorklogServiceTest {
    static final YearMonth JUNE = YearMonth.of(2026, 6);

    @TempDir
    Path dir;
    WorklogFixture f;
    WorklogService records;

    @BeforeEach
    void open() {
        f = new WorklogFixture(TestStores.open(dir.resolve("data"), WorklogFixture.CLOCK));
        records = f.w.records();
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private String raw(String sql) {
        return String.valueOf(f.db.dsl().fetchValue(sql));
    }

    private static String refusal(Runnable r) {
        return catchThrowableOfType(r::run, ValidationException.class).render(ZH);
    }

    @Test
    void eachKindIsEnteredAndReadBackWithItsTexts() {
        records.add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", LocalDate.of(2026, 6, 17)));
        records.add(dorm(f.a1, LocalDate.of(2026, 6, 4)));
        records.add(visit(f.a1, LocalDate.of(2026, 6, 1)));
        records.add(meeting(f.a1, LocalDate.of(2026, 6, 12)));
        records.add(dorm(f.a2, LocalDate.of(2026, 6, 4)));

        List<WorkRecord> june = records.month(f.a1.id(), JUNE);
        assertThat(june).extracting(WorkRecord::kind).containsExactly(RecordKind.CLASS_VISIT, RecordKind.TALK,
                RecordKind.DORM_VISIT, RecordKind.CLASS_MEETING);
        WorkRecord t = june.get(1);
        assertThat(t.detail("reason")).isEqualTo("考试焦虑疏导");
        assertThat(t.students()).containsExactly(new StudentRef(null, "阿依古丽"));
        assertThat(t.followUpOn()).isEqualTo(LocalDate.of(2026, 6, 17));
        assertThat(june.get(2).detail("rooms")).isEqualTo("305");
        assertThat(june.get(0).detail("course")).isEqualTo("高等数学");
        assertThat(june.get(3).detail("theme")).isEqualTo("诚信考试");
        assertThat(records.month(f.a1.id(), YearMonth.of(2026, 5))).isEmpty();

        WorkRecord changed = records.update(new WorkRecord(t.id(), t.counselorId(), t.kind(), t.date(), t.time(),
                t.place(), t.className(), t.category(), t.followUpOn(), true, t.confidential(),
                details("way", "PHONE", "reason", "考试焦虑疏导", "measures", "已与家长联系"), t.students(), t.version()));
        assertThat(records.month(f.a1.id(), JUNE).get(1)).satisfies(x -> {
            assertThat(x.followUpDone()).isTrue();
            assertThat(x.detail("measures")).isEqualTo("已与家长联系");
            assertThat(x.version()).isEqualTo(changed.version()).isEqualTo(1);
        });
        records.delete(records.month(f.a1.id(), JUNE).get(0));
        assertThat(records.month(f.a1.id(), JUNE)).hasSize(3);
    }

    @Test
    void impossibleValuesAreRefusedNamingTheField() {
        assertThat(refusal(() -> records.add(dorm(f.a1, LocalDate.of(2026, 6, 16))))).contains("日期：不能晚于今天");
        assertThat(refusal(() -> records.add(talk(f.a1, LocalDate.of(2026, 6, 10), "张三",
                LocalDate.of(2026, 6, 9))))).contains("跟进日期：不能早于记录日期 2026-06-10");
        WorkRecord noCourse = new WorkRecord(null, f.a1.id(), RecordKind.CLASS_VISIT, LocalDate.of(2026, 6, 1), null,
                null, "2024级1班", null, null, false, false, Map.of("teacher", "王老师"), List.of(), 0);
        assertThat(refusal(() -> records.add(noCourse))).contains("课程：必填");
        WorkRecord nobody = new WorkRecord(null, f.a1.id(), RecordKind.TALK, LocalDate.of(2026, 6, 1), null, null,
                null, "DAILY", null, false, false, details("way", "FACE", "reason", "日常"), List.of(), 0);
        assertThat(refusal(() -> records.add(nobody))).contains("学生：必填");
        WorkRecord noRooms = new WorkRecord(null, f.a1.id(), RecordKind.DORM_VISIT, LocalDate.of(2026, 6, 1), null,
                null, null, null, null, false, false, details("building", "3号楼"), List.of(), 0);
        assertThat(refusal(() -> records.add(noRooms))).contains("宿舍号：必填");
        assertThat(records.month(f.a1.id(), JUNE)).isEmpty();
    }

    @Test
    void textsAreSealedAtRestAndNeverInTheAuditLog() {
        WorkRecord t = records.add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", null));
        String body = raw("select body from work_record where id = " + t.id());
        String name = raw("select name from work_record_student where record_id = " + t.id());
        assertThat(body).isNotBlank().doesNotContain("考试焦虑").doesNotContain("reason");
        assertThat(name).isNotBlank().doesNotContain("阿依古丽");
        records.update(new WorkRecord(t.id(), t.counselorId(), t.kind(), t.date(), t.time(), "宿舍", t.className(),
                t.category(), null, false, true, details("way", "FACE", "reason", "心理危机干预"), t.students(), 0));
        records.delete(records.month(f.a1.id(), JUNE).get(0));

        List<AuditEntry> rows = f.ctx.audit().find(AuditQuery.all()).stream()
                .filter(a -> "work_record".equals(a.entity())).toList();
        assertThat(rows).extracting(AuditEntry::action).containsExactlyInAnyOrder("CREATE", "UPDATE", "DELETE");
        assertThat(rows).allSatisfy(a -> assertThat(a.details()).doesNotContain("考试焦虑", "心理危机", "阿依古丽"));
        assertThat(rows).filteredOn(a -> a.action().equals("UPDATE")).singleElement()
                .satisfies(a -> assertThat(a.details()).contains("正文已修改").contains("confidential").contains("宿舍"));
        assertThat(f.db.dsl().fetchCount(cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT)).isZero();
    }

    @Test
    void aCounselorsAccountWritesAndReadsOnlyItsOwnRecords() {
        WorklogModule mine = f.as(Role.COUNSELOR);
        WorkRecord own = mine.records().add(talk(f.a1, LocalDate.of(2026, 6, 3), "阿依古丽", null));
        assertThat(mine.records().month(f.a1.id(), JUNE)).extracting(WorkRecord::id).containsExactly(own.id());
        records.add(dorm(f.a2, LocalDate.of(2026, 6, 4)));
        assertThatThrownBy(() -> mine.records().add(dorm(f.a2, LocalDate.of(2026, 6, 5))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> mine.records().month(f.a2.id(), JUNE)).isInstanceOf(NotPermittedException.class);
        assertThat(mine.summaries().month(JUNE, null)).extracting(SummaryRow::counselorId).containsExactly(f.a1.id());
        assertThat(mine.records().counselors()).extracting(c -> c.id()).containsExactly(f.a1.id());
    }

    @Test
    void aDepartmentReachesItsOwnAndALeaderOnlyCounts() {
        records.add(talk(f.b1, LocalDate.of(2026, 6, 3), "买买提", null));
        records.add(talk(f.a2, LocalDate.of(2026, 6, 3), "张三", null));
        WorklogModule dept = f.as(Role.DEPARTMENT);
        assertThat(dept.records().month(f.a2.id(), JUNE)).hasSize(1);
        assertThatThrownBy(() -> dept.records().month(f.b1.id(), JUNE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> dept.records().add(dorm(f.b1, LocalDate.of(2026, 6, 5))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> dept.summaries().month(JUNE, f.deptB)).isInstanceOf(NotPermittedException.class);
        assertThat(dept.summaries().month(JUNE, null)).extracting(SummaryRow::departmentId).containsOnly(f.deptA);

        WorklogModule leader = f.as(Role.LEADER);
        assertThatThrownBy(() -> leader.records().month(f.b1.id(), JUNE)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> leader.records().add(dorm(f.b1, LocalDate.of(2026, 6, 5))))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> leader.records().contactsOf(1L)).isInstanceOf(NotPermittedException.class);
        assertThat(leader.records().monthPlain(f.b1.id(), JUNE)).singleElement()
                .satisfies(p -> assertThat(p.studentsCount()).isEqualTo(1));
        assertThat(leader.summaries().monthByDepartment(JUNE)).extracting(r -> r.counts().talks())
                .containsExactly(1, 1);
    }

    @Test
    void aWeeksJournalIsWrittenSubmittedAndReadByTheDepartment() {
        WorklogModule mine = f.as(Role.COUNSELOR);
        LocalDate monday = LocalDate.of(2026, 6, 8);
        Journal j = mine.journals().save(f.a1.id(), monday, details("duty4", "组织晚自习", "problems", "补考人数多"), 0);
        assertThatThrownBy(() -> f.as(Role.DEPARTMENT).journals().review(j, "已阅")).isInstanceOf(
                ValidationException.class);
        Journal sent = mine.journals().submit(j);
        assertThat(sent.submitted()).isTrue();
        assertThatThrownBy(() -> mine.journals().review(sent, "自己批")).isInstanceOf(NotPermittedException.class);
        Journal read = f.as(Role.DEPARTMENT).journals().review(sent, "已阅，补考问题下周会上研究");
        assertThat(read.reviewComment()).isEqualTo("已阅，补考问题下周会上研究");
        assertThat(read.reviewedBy()).isEqualTo("测试DEPARTMENT");
        assertThat(mine.journals().month(f.a1.id(), JUNE)).singleElement()
                .satisfies(x -> assertThat(x.entries()).containsEntry("problems", "补考人数多"));
        // what the department has read stays as read: no change afterwards, and nothing written by the refusal
        assertThat(refusal(() -> mine.journals().save(f.a1.id(), monday, Map.of("problems", "改过"), read.version())))
                .contains("系部已阅的周记不能再修改");
        assertThat(mine.journals().month(f.a1.id(), JUNE)).singleElement()
                .satisfies(x -> assertThat(x.entries()).containsEntry("problems", "补考人数多"));
        assertThat(refusal(() -> mine.journals().save(f.a1.id(), LocalDate.of(2026, 6, 9), Map.of("duty1", "x"), 0)))
                .contains("周次（周一）：应为一周的周一");
        String raw = raw("select entries from work_journal where id = " + j.id());
        assertThat(raw).doesNotContain("补考");
    }

    @Test
    void theStudentFilesPortGivesLastContactsAndTheTimeline() {
        long s501 = f.student("2024010101", "阿依古丽", f.deptA, f.a1);
        long s502 = f.student("2024010102", "买买提", f.deptA, f.a1);
        long s503 = f.student("2024010103", "艾力", f.deptA, f.a1);
        WorkRecord t = talk(f.a1, LocalDate.of(2026, 5, 3), "阿依古丽", null);
        records.add(new WorkRecord(null, t.counselorId(), t.kind(), t.date(), t.time(), t.place(), t.className(),
                t.category(), null, false, false, t.details(), List.of(new StudentRef(s501, "阿依古丽")), 0));
        records.add(new WorkRecord(null, t.counselorId(), t.kind(), LocalDate.of(2026, 6, 1), t.time(), t.place(),
                t.className(), t.category(), null, false, false, details("way", "PHONE", "reason", "请假返校"),
                List.of(new StudentRef(s501, "阿依古丽"), new StudentRef(s502, "买买提")), 0));
        assertThat(records.lastContactDates(List.of(s501, s502, s503))).containsOnly(
                Map.entry(s501, LocalDate.of(2026, 6, 1)), Map.entry(s502, LocalDate.of(2026, 6, 1)));
        assertThat(records.contactsOf(s501)).containsExactly(
                new Contact(LocalDate.of(2026, 6, 1), "谈心谈话", "请假返校"),
                new Contact(LocalDate.of(2026, 5, 3), "谈心谈话", "考试焦虑疏导"));
    }

    /** A student removed from the list keeps the talk: its line becomes a name typed (foreign key, on delete set null). */
    @Test
    void aStudentRemovedKeepsTheTalkAndItsName() {
        long gone = f.student("2024010109", "古丽米拉", f.deptA, f.a1);
        WorkRecord t = talk(f.a1, LocalDate.of(2026, 5, 3), "x", null);
        WorkRecord r = records.add(new WorkRecord(null, t.counselorId(), t.kind(), t.date(), t.time(), t.place(),
                t.className(), t.category(), null, false, false, t.details(),
                List.of(new StudentRef(gone, "古丽米拉"), new StudentRef(null, "丙")), 0));
        var student = cn.huyang.db.jooq.Tables.STUDENT;
        assertThat(f.db.dsl().deleteFrom(student).where(student.ID.eq(gone)).execute()).isEqualTo(1);
        assertThat(records.month(f.a1.id(), YearMonth.of(2026, 5))).singleElement()
                .satisfies(kept -> assertThat(kept.students()).containsExactly(new StudentRef(null, "古丽米拉"),
                        new StudentRef(null, "丙")))
                .extracting(WorkRecord::id).isEqualTo(r.id());
    }
}
