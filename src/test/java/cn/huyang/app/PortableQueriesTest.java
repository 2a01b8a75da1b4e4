package cn.huyang.app;

import static cn.huyang.db.jooq.Tables.DEPARTMENT_ENROLMENT;
import static cn.huyang.db.jooq.Tables.TITLE_REVIEW;
import static cn.huyang.db.jooq.Tables.TITLE_TARGET;
import static cn.huyang.db.jooq.Tables.TRAINING_SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.DepartmentRepository;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.title.Target;
import cn.huyang.title.TitleRepository;
import cn.huyang.title.Track;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements that were H2-only before shared mode, on whichever store the tests run on (the
 * {@code postgres} surefire execution runs this class on PostgreSQL): upserts by ON CONFLICT instead of
 * MySQL's ON DUPLICATE KEY and of MERGE (PostgreSQL 14 has no MERGE), a case-insensitive search with
 * LIKE's wildcards in it, and the year of a date grouped into the training summary.
 */
class PortableQueriesTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Store db;
    AppContext ctx;
    Department cs;
    final List<String> sql = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestStores.open(dir, CLOCK);
        ctx = new AppContext(db, Messages.forLanguage("zh"), CLOCK);
        cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The store's jOOQ, recording every statement it runs: PostgreSQL 14 has no MERGE, so none may be sent to it. */
    private DSLContext recording() {
        return DSL.using(db.dsl().configuration().derive(ExecuteListener.onRenderEnd(c -> sql.add(c.sql()))));
    }

    private void assertNoMergeOnPostgres() {
        assertThat(sql).isNotEmpty();
        if (db.dsl().dialect() == SQLDialect.POSTGRES) {
            assertThat(sql).allSatisfy(s -> assertThat(s.toLowerCase(Locale.ROOT)).doesNotStartWith("merge"));
            assertThat(sql).anySatisfy(s -> assertThat(s.toLowerCase(Locale.ROOT)).contains("on conflict"));
        }
    }

    @Test
    void anEnrolmentSavedTwiceIsOneRowWithTheSecondFigure() {
        DepartmentRepository departments = new DepartmentRepository(recording());
        departments.setEnrolment(cs.id(), 2025, 1200);
        departments.setEnrolment(cs.id(), 2025, 1350);
        departments.setEnrolment(cs.id(), 2024, 900);
        assertNoMergeOnPostgres();
        assertThat(db.dsl().fetchCount(DEPARTMENT_ENROLMENT)).isEqualTo(2);
        assertThat(departments.enrolment(2025)).containsExactly(java.util.Map.entry(cs.id(), 1350));
        assertThat(departments.enrolment(2024)).containsExactly(java.util.Map.entry(cs.id(), 900));
    }

    @Test
    void aReviewYearAndATargetSavedTwiceAreUpdatedInPlace() {
        TitleRepository titles = new TitleRepository(recording(), CLOCK, cn.huyang.db.Stamps.system(CLOCK));
        titles.saveReview(2026, LocalDate.of(2026, 8, 31));
        titles.saveReview(2026, LocalDate.of(2026, 9, 30));
        assertThat(db.dsl().fetchCount(TITLE_REVIEW)).isEqualTo(1);
        assertThat(titles.review(2026).orElseThrow().cutoff()).isEqualTo(LocalDate.of(2026, 9, 30));

        Target lecturer = new Target(2026, Track.TITLE, "LECTURER_X", 1, 3, 2, 5, 2, 0, null, null, 3, 0, true, 1,
                new BigDecimal("60.00"), new BigDecimal("40.00"), true);
        titles.saveTarget(lecturer);
        Target edited = new Target(2026, Track.TITLE, "LECTURER_X", 1, 5, 2, 5, 2, 0, null, null, 3, 1, false, 2,
                new BigDecimal("70.00"), new BigDecimal("30.00"), false);
        titles.saveTarget(edited);
        assertNoMergeOnPostgres();
        assertThat(db.dsl().fetchCount(TITLE_TARGET, TITLE_TARGET.TARGET.eq("LECTURER_X"))).isEqualTo(1);
        assertThat(titles.targets(2026)).filteredOn(t -> t.target().equals("LECTURER_X")).singleElement()
                .isEqualTo(edited.withVersion(edited.version() + 1)); // stored at the version after the one read
    }

    @Test
    void theLedgerSearchIgnoresCaseAndTakesPercentAndUnderscoreLiterally() {
        Counselor zhang = ctx.roster().register(TestData.counselor("张伟", cs.id(), PostType.FULL_TIME, 1,
                LocalDate.of(2015, 9, 1)), LocalDate.of(2015, 9, 1));
        save("Python 入门 100%", LocalDate.of(2024, 12, 30), zhang);
        save("python 进阶 1000", LocalDate.of(2025, 3, 1), zhang);
        save("Excel_函数", LocalDate.of(2025, 4, 1), zhang);
        save("ExcelA函数", LocalDate.of(2025, 5, 1), zhang);

        assertThat(courses("PYTHON")).containsExactlyInAnyOrder("Python 入门 100%", "python 进阶 1000");
        assertThat(courses("0%")).containsExactly("Python 入门 100%");
        assertThat(courses("l_函")).containsExactly("Excel_函数");
        // the summary groups the records by the year of their start (EXTRACT is numeric on PostgreSQL)
        assertThat(db.dsl().select(TRAINING_SUMMARY.TRAIN_YEAR, TRAINING_SUMMARY.RECORDS).from(TRAINING_SUMMARY)
                .orderBy(TRAINING_SUMMARY.TRAIN_YEAR).fetch(r -> r.value1() + ":" + r.value2()))
                .containsExactly("2024:1", "2025:3");
    }

    private void save(String course, LocalDate start, Counselor who) {
        ctx.training().save(new TrainingSession(null, course, "学工部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE,
                start, start, new BigDecimal("4"), null, null,
                List.of(new TrainingSession.Attendee(null, who.id(), null, null, null))));
    }

    private List<String> courses(String search) {
        return ctx.training().page(new LedgerFilter(null, null, null, null, null, search), LedgerSort.NEWEST_FIRST,
                0, 50).rows().stream().map(LedgerRow::course).toList();
    }
}
