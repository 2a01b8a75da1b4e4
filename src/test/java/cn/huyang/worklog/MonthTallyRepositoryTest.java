package cn.huyang.worklog;

import static cn.huyang.db.jooq.Tables.WORK_MONTH_COUNT;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_FOLLOW_UP;
import static cn.huyang.db.jooq.Tables.WORK_MONTH_STUDENT;
import static cn.huyang.worklog.WorklogFixture.dorm;
import static cn.huyang.worklog.WorklogFixture.talk;
import static cn.huyang.worklog.WorklogFixture.visit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monthly tally the summaries read (V17) stays what the records count: after adds, a batch, edits that
 * move a record to another month, change its students or close its follow-up, and a deletion, the tally
 * equals one counted from scratch, and the migration's own statements count the same (H2, or PostgreSQL).
 */
class MonthTallyRepositoryTest {
    @TempDir
    Path dir;
    WorklogFixture f;
    WorklogService records;
    DSLContext dsl;

    @BeforeEach
    void open() {
        f = new WorklogFixture(TestStores.open(dir.resolve("data"), WorklogFixture.CLOCK));
        records = f.w.records();
        dsl = f.db.dsl();
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private WorkRecord talkWith(Counselor c, LocalDate on, LocalDate followUp, StudentRef... students) {
        WorkRecord t = talk(c, on, "x", followUp);
        return records.add(new WorkRecord(null, c.id(), t.kind(), on, t.time(), t.place(), t.className(),
                t.category(), followUp, false, false, t.details(), List.of(students), 0));
    }

    private WorkRecord moved(WorkRecord r, LocalDate on, boolean followUpDone, List<StudentRef> students) {
        return new WorkRecord(r.id(), r.counselorId(), r.kind(), on, r.time(), r.place(), r.className(), r.category(),
                r.followUpOn(), followUpDone, r.confidential(), r.details(), students, r.version());
    }

    /** Records of three counselors over April–June, then edits and a deletion. */
    private void history() {
        long s1 = f.student("2024010101", "甲", f.deptA, f.a1);
        long s2 = f.student("2024010102", "乙", f.deptA, f.a1);
        long s3 = f.student("2024010201", "丙", f.deptB, f.b1);
        StudentRef jia = new StudentRef(s1, "甲");
        StudentRef yi = new StudentRef(s2, "乙");
        WorkRecord may4 = talkWith(f.a1, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 20), jia, yi);
        talkWith(f.a1, LocalDate.of(2026, 5, 6), null, jia, new StudentRef(null, "丁"));
        WorkRecord apr = talkWith(f.a1, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 6, 10), yi);
        talkWith(f.b1, LocalDate.of(2026, 5, 7), LocalDate.of(2026, 7, 1), new StudentRef(s3, "丙"));
        records.addAll(List.of(dorm(f.a1, LocalDate.of(2026, 4, 2)), dorm(f.a2, LocalDate.of(2026, 5, 9)),
                visit(f.b1, LocalDate.of(2026, 6, 3)), talk(f.a2, LocalDate.of(2026, 6, 10), "戊", null)));
        WorkRecord doomed = records.add(visit(f.a2, LocalDate.of(2026, 5, 15)));
        // 4 May's talk moves to 30 April with one student fewer and its follow-up done
        records.update(moved(may4, LocalDate.of(2026, 4, 30), true, List.of(jia)));
        // 28 April's talk moves to 2 June
        records.update(moved(apr, LocalDate.of(2026, 6, 2), false, apr.students()));
        records.delete(doomed);
    }

    private List<String> tally() {
        List<String> out = new ArrayList<>();
        dsl.selectFrom(WORK_MONTH_COUNT).orderBy(WORK_MONTH_COUNT.MONTH_KEY, WORK_MONTH_COUNT.COUNSELOR_ID)
                .forEach(r -> out.add("count " + r.intoList()));
        dsl.selectFrom(WORK_MONTH_STUDENT).orderBy(WORK_MONTH_STUDENT.MONTH_KEY, WORK_MONTH_STUDENT.COUNSELOR_ID,
                WORK_MONTH_STUDENT.STUDENT_ID).forEach(r -> out.add("student " + r.intoList()));
        dsl.selectFrom(WORK_MONTH_FOLLOW_UP).orderBy(WORK_MONTH_FOLLOW_UP.MONTH_KEY,
                WORK_MONTH_FOLLOW_UP.COUNSELOR_ID, WORK_MONTH_FOLLOW_UP.DUE_ON).forEach(r -> out.add("open " + r.intoList()));
        return out;
    }

    private void forget() {
        dsl.deleteFrom(WORK_MONTH_COUNT).execute();
        dsl.deleteFrom(WORK_MONTH_STUDENT).execute();
        dsl.deleteFrom(WORK_MONTH_FOLLOW_UP).execute();
    }

    @Test
    void theTallyKeptThroughChangesEqualsOneCountedFromScratch() {
        history();
        List<String> kept = tally();
        forget();
        new MonthTallyRepository(dsl).recount(List.of(f.a1.id(), f.a2.id(), f.b1.id()), YearMonth.of(2026, 1),
                YearMonth.of(2026, 12));
        assertThat(tally()).isEqualTo(kept);
        // and it is what happened: 甲一's April holds the moved talk (甲 only), a dormitory visit, no open follow-up
        assertThat(kept).contains("count [202604, " + f.a1.id() + ", 1, 0, 1, 0, 0]",
                "count [202605, " + f.a1.id() + ", 1, 0, 0, 0, 1]",
                "count [202606, " + f.a1.id() + ", 1, 0, 0, 0, 0]",
                "count [202605, " + f.a2.id() + ", 0, 0, 1, 0, 0]",
                "open [202606, " + f.a1.id() + ", 2026-06-10, 1]",
                "open [202605, " + f.b1.id() + ", 2026-07-01, 1]");
        assertThat(kept).noneMatch(line -> line.startsWith("count [202605, " + f.a2.id() + ", 0, 1"));
        assertThat(kept).noneMatch(line -> line.startsWith("open [202604"));
    }

    @Test
    void theSummariesReadTheTallyAsTheRecordsCountThem() {
        history();
        WorklogSummaries summaries = f.w.summaries();
        Counts april = summaries.counselorMonth(f.a1.id(), YearMonth.of(2026, 4));
        assertThat(april).isEqualTo(new Counts(1, 0, 1, 0, 1, 0));
        Counts may = summaries.counselorMonth(f.a1.id(), YearMonth.of(2026, 5));
        assertThat(may).isEqualTo(new Counts(1, 0, 0, 0, 2, 0)); // 甲 and 丁 typed
        // the year counts 甲 once though he was reached in April and May; 乙 in June; 丁 typed
        assertThat(summaries.counselorYear(f.a1.id(), 2026)).contains(new Counts(3, 0, 1, 0, 3, 1));
    }

    @Test
    void theMigrationsStatementsCountWhatTheServiceKept() throws IOException {
        history();
        List<String> kept = tally();
        forget();
        for (String statement : populatingStatements()) {
            dsl.execute(statement);
        }
        assertThat(tally()).isEqualTo(kept);
    }

    /** The {@code insert} statements of V17 (the tables exist already). */
    private static List<String> populatingStatements() throws IOException {
        String script;
        try (InputStream in = MonthTallyRepositoryTest.class.getResourceAsStream("/db/migration/V17__work_month_tally.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        for (String s : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (s.strip().startsWith("insert")) {
                out.add(s.strip());
            }
        }
        assertThat(out).hasSize(3);
        return out;
    }
}
