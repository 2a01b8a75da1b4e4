package cn.huyang.worklog;

import static cn.huyang.worklog.WorklogFixture.details;
import static cn.huyang.worklog.WorklogFixture.dorm;
import static cn.huyang.worklog.WorklogFixture.meeting;
import static cn.huyang.worklog.WorklogFixture.talk;
import static cn.huyang.worklog.WorklogFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Finding;
import cn.huyang.db.TestStores;
import cn.huyang.policy.PolicyKey;
import cn.huyang.roster.Counselor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summaries against hand counts, and the findings at their thresholds (H2, or PostgreSQL). */
class WorklogSummaryTest {
    static final YearMonth MAY = YearMonth.of(2026, 5);

    @TempDir
    Path dir;
    WorklogFixture f;
    WorklogService records;
    WorklogSummaries summaries;

    @BeforeEach
    void open() {
        f = new WorklogFixture(TestStores.open(dir.resolve("data"), WorklogFixture.CLOCK));
        records = f.w.records();
        summaries = f.w.summaries();
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private void talkWith(Counselor c, LocalDate on, StudentRef... students) {
        WorkRecord t = talk(c, on, "x", null);
        records.add(new WorkRecord(null, c.id(), t.kind(), on, t.time(), t.place(), t.className(), t.category(), null,
                false, false, t.details(), List.of(students), 0));
    }

    /** 甲一 meets every expectation of May 2026; 甲二 is short of each; 乙一 recorded nothing. */
    private void may() {
        long s1 = f.student("2024010101", "甲", f.deptA, f.a1);
        long s2 = f.student("2024010102", "乙", f.deptA, f.a1);
        long s3 = f.student("2024010103", "丁", f.deptA, f.a1);
        long s7 = f.student("2024010107", "戊", f.deptA, f.a2);
        long s8 = f.student("2024010108", "己", f.deptA, f.a2);
        talkWith(f.a1, LocalDate.of(2026, 5, 4), new StudentRef(s1, "甲"), new StudentRef(s2, "乙"));
        talkWith(f.a1, LocalDate.of(2026, 5, 6), new StudentRef(s1, "甲"));
        talkWith(f.a1, LocalDate.of(2026, 5, 8), new StudentRef(null, "丙"));
        talkWith(f.a1, LocalDate.of(2026, 5, 9), new StudentRef(s3, "丁"));
        records.add(dorm(f.a1, LocalDate.of(2026, 5, 5)));
        records.add(dorm(f.a1, LocalDate.of(2026, 5, 20)));
        records.add(visit(f.a1, LocalDate.of(2026, 5, 12)));
        records.add(meeting(f.a1, LocalDate.of(2026, 5, 13)));
        for (LocalDate monday : List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 18),
                LocalDate.of(2026, 5, 25))) {
            f.w.journals().submit(f.w.journals().save(f.a1.id(), monday, details("duty4", "学风"), 0));
        }
        talkWith(f.a2, LocalDate.of(2026, 5, 4), new StudentRef(s7, "戊"));
        talkWith(f.a2, LocalDate.of(2026, 5, 5), new StudentRef(s7, "戊"));
        talkWith(f.a2, LocalDate.of(2026, 5, 6), new StudentRef(s8, "己"));
        records.add(dorm(f.a2, LocalDate.of(2026, 5, 7)));
        f.w.journals().save(f.a2.id(), LocalDate.of(2026, 5, 4), details("duty1", "理论学习"), 0); // not submitted
        // an open follow-up of April, due on 1 June: overdue on 15 June
        records.add(talk(f.a2, LocalDate.of(2026, 4, 20), "庚", LocalDate.of(2026, 6, 1)));
    }

    @Test
    void theMonthsCountsAreTheHandCounts() {
        may();
        List<SummaryRow> rows = summaries.month(MAY, null);
        assertThat(rows).extracting(SummaryRow::counselor).containsExactly("甲一", "甲二", "乙一");
        // 甲一: 4 talks, 1 class visit, 2 dormitory visits, 1 meeting; students 1, 2, 3 and one typed: 4
        assertThat(rows.get(0).counts()).isEqualTo(new Counts(4, 1, 2, 1, 4, 0));
        assertThat(rows.get(1).counts()).isEqualTo(new Counts(3, 0, 1, 0, 2, 0));
        assertThat(rows.get(2).counts()).isEqualTo(Counts.NONE);
        assertThat(summaries.month(YearMonth.of(2026, 4), null).get(1).counts().overdue()).isEqualTo(1);
        // by department: 计算机系 reached 1, 2, 3, 7, 8 and one typed
        assertThat(summaries.monthByDepartment(MAY)).extracting(SummaryRow::department, r -> r.counts())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("计算机系", new Counts(7, 1, 3, 1, 6, 0)),
                        org.assertj.core.groups.Tuple.tuple("机电系", Counts.NONE));
        assertThat(summaries.year(2026, f.deptA)).extracting(r -> r.counts().talks()).containsExactly(4, 4);
        assertThat(summaries.yearByDepartment(2026).get(0).counts()).isEqualTo(new Counts(8, 1, 3, 1, 7, 1));
        assertThat(summaries.counselorYear(f.a2.id(), 2026)).contains(new Counts(4, 0, 1, 0, 3, 1));
    }

    @Test
    void findingsAreJudgedOnTheLastCompleteMonthByTheParametersInForce() {
        may();
        List<Finding> found = f.w.findings().findings(2026);
        assertThat(found).noneMatch(x -> x.counselorId().equals(f.a1.id()));
        assertThat(found).filteredOn(x -> x.counselorId().equals(f.a2.id())).extracting(Finding::code)
                .containsExactlyInAnyOrder("WORKLOG_TALKS_SHORT", "WORKLOG_DORM_SHORT", "WORKLOG_CLASS_VISITS_SHORT",
                        "WORKLOG_JOURNAL_MISSING", "WORKLOG_FOLLOW_UP_OVERDUE");
        assertThat(found).filteredOn(x -> x.code().equals("WORKLOG_TALKS_SHORT") && x.counselorId().equals(f.a2.id()))
                .singleElement().satisfies(x -> {
                    assertThat(x.clause()).isEqualTo("三(一)3");
                    assertThat(x.message()).isEqualTo("2026-05 谈心谈话 3 次，少于每月 4 次");
                    assertThat(x.params()).containsEntry("worklog.talks-per-month", "4");
                    assertThat(x.department()).isEqualTo("计算机系");
                });
        assertThat(found).filteredOn(x -> x.code().equals("WORKLOG_JOURNAL_MISSING")
                && x.counselorId().equals(f.a2.id())).singleElement()
                .satisfies(x -> assertThat(x.message()).isEqualTo("2026-05 应提交工作周记 4 篇，已提交 0 篇"));
        // 乙一 recorded nothing: short of everything, no overdue follow-up
        assertThat(found).filteredOn(x -> x.counselorId().equals(f.b1.id())).extracting(Finding::code)
                .doesNotContain("WORKLOG_FOLLOW_UP_OVERDUE").hasSize(4);

        // from 2026 the college asks 3 talks and 1 dormitory visit a month, and no journal
        f.ctx.policy().set(PolicyKey.WORKLOG_TALKS_PER_MONTH, "3", LocalDate.of(2026, 1, 1), "学工〔2026〕1号", null);
        f.ctx.policy().set(PolicyKey.WORKLOG_DORM_VISITS_PER_MONTH, "1", LocalDate.of(2026, 1, 1), "学工〔2026〕1号",
                null);
        f.ctx.policy().set(PolicyKey.WORKLOG_JOURNAL_PER_TEACHING_WEEK, "0", LocalDate.of(2026, 1, 1), "学工〔2026〕1号",
                null);
        assertThat(f.w.findings().findings(2026)).filteredOn(x -> x.counselorId().equals(f.a2.id()))
                .extracting(Finding::code)
                .containsExactlyInAnyOrder("WORKLOG_CLASS_VISITS_SHORT", "WORKLOG_FOLLOW_UP_OVERDUE");

        // the follow-up done: no longer overdue
        WorkRecord open = records.month(f.a2.id(), YearMonth.of(2026, 4)).get(0);
        records.update(new WorkRecord(open.id(), open.counselorId(), open.kind(), open.date(), open.time(),
                open.place(), open.className(), open.category(), open.followUpOn(), true, false, open.details(),
                open.students(), open.version()));
        assertThat(f.w.findings().findings(2026)).noneMatch(x -> x.code().equals("WORKLOG_FOLLOW_UP_OVERDUE"));
    }

    @Test
    void holidaysHaveNoTeachingWeeksAndTheJudgedMonthIsTheLastCompleteOne() {
        assertThat(WorklogFindings.teachingWeeks(YearMonth.of(2026, 7))).isEmpty();
        assertThat(WorklogFindings.teachingWeeks(YearMonth.of(2026, 8))).isEmpty();
        assertThat(WorklogFindings.teachingWeeks(YearMonth.of(2026, 2))).isEmpty();
        assertThat(WorklogFindings.teachingWeeks(YearMonth.of(2026, 6))).containsExactly(LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 29));
        assertThat(WorklogFindings.judgedMonth(2026, WorklogFixture.TODAY)).contains(MAY);
        assertThat(WorklogFindings.judgedMonth(2025, WorklogFixture.TODAY)).contains(YearMonth.of(2025, 12));
        assertThat(WorklogFindings.judgedMonth(2027, WorklogFixture.TODAY)).isEmpty();
    }

    @Test
    void theAppraisalFormsRemarksCarryTheYearsCounts() {
        may();
        assertThat(f.w.summaries().countsByCounselor(2026)).containsKeys(f.a1.id(), f.a2.id());
        var evidence = cn.huyang.app.WorklogModule.of(f.ctx);
        assertThat(evidence.summaries().counselorYear(f.a1.id(), 2026)).isPresent();
    }
}
