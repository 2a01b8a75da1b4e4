package cn.huyang.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.WorklogModule;
import cn.huyang.common.Finding;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's work records: a year for every counselor in post, some short of visits, some follow-ups overdue. */
class WorklogDemoTest {
    @TempDir
    Path dir;

    @Test
    void theDemoGivesTheWorklogFindingsSomethingToFindAndTheTextsOpen() {
        try (Store db = TestStores.open(dir.resolve("data"), WorklogFixture.CLOCK)) {
            AppContext ctx = new AppContext(db, WorklogFixture.ZH, WorklogFixture.CLOCK);
            long start = System.nanoTime();
            ctx.demo().generate(new DemoDataGenerator.Request(150, 3, 7), false, Progress.NONE);
            long ms = (System.nanoTime() - start) / 1_000_000;
            WorklogModule w = WorklogModule.of(ctx);
            long records = db.dsl().fetchCount(cn.huyang.db.jooq.Tables.WORK_RECORD);
            System.out.println("demo with 150 counselors: " + ms + " ms, " + records + " work records");
            assertThat(records).isGreaterThan(150L * 40);
            List<SummaryRow> may = w.summaries().month(YearMonth.of(2026, 5), null);
            assertThat(may).isNotEmpty();
            assertThat(may.stream().mapToInt(r -> r.counts().talks()).sum()).isGreaterThan(may.size() * 3);
            List<String> codes = w.findings().findings(2026).stream().map(Finding::code).toList();
            assertThat(codes).contains("WORKLOG_DORM_SHORT", "WORKLOG_FOLLOW_UP_OVERDUE");
            long dormShort = codes.stream().filter("WORKLOG_DORM_SHORT"::equals).count();
            assertThat(dormShort).isLessThan(may.size() / 2);
            SummaryRow someone = may.stream().filter(r -> r.counts().records() > 0).findFirst().orElseThrow();
            assertThat(w.records().month(someone.counselorId(), YearMonth.of(2026, 5)))
                    .allSatisfy(r -> assertThat(r.details()).isNotEmpty());
            assertThat(w.journals().month(someone.counselorId(), YearMonth.of(2026, 5))).isNotEmpty();
            // the talks name the demo's students (made first), so the files' timelines and the attention list fill
            assertThat(db.dsl().fetchCount(cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT,
                    cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT.STUDENT_ID.isNotNull())).isPositive();
            // the work records alone, written again in batches
            db.dsl().deleteFrom(cn.huyang.db.jooq.Tables.WORK_RECORD_STUDENT).execute();
            db.dsl().deleteFrom(cn.huyang.db.jooq.Tables.WORK_RECORD).execute();
            db.dsl().deleteFrom(cn.huyang.db.jooq.Tables.WORK_JOURNAL).execute();
            long again = System.nanoTime();
            new cn.huyang.demo.WorklogDemoData(w.records(), w.journals(), ctx.roster(), w.students()).write(2026, 3, 7);
            System.out.println("work records alone: " + (System.nanoTime() - again) / 1_000_000 + " ms");
            // demo data added again keeps what is there
            ctx.demo().generate(new DemoDataGenerator.Request(10, 3, 8), true, Progress.NONE);
            assertThat(db.dsl().fetchCount(cn.huyang.db.jooq.Tables.WORK_RECORD)).isEqualTo((int) records);
        }
    }
}
