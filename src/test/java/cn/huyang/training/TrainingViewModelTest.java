package cn.huyang.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training form's and the ledger's view models, with plain JUnit on a real database. */
class TrainingViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    TrainingService service;
    Department cs;
    Department me;
    List<Counselor> csPeople = new ArrayList<>();
    Counselor gone;
    final Messages zh = Messages.forLanguage("zh");
    final List<Throwable> failures = new ArrayList<>();

    AppContext ctx;

    @BeforeEach
    void open() {
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, zh, CLOCK);
        service = ctx.training();
        cs = ctx.roster().saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        me = ctx.roster().saveDepartment(new Department(null, "JD", "机电系", 2, true));
        LocalDate entry = LocalDate.of(2019, 9, 1);
        for (int i = 0; i < 30; i++) {
            csPeople.add(ctx.roster().register(TestData.counselor("计算机" + i, cs.id(), PostType.FULL_TIME, i, entry),
                    entry));
        }
        ctx.roster().register(TestData.counselor("机电甲", me.id(), PostType.FULL_TIME, 40, entry), entry);
        gone = ctx.roster().register(TestData.counselor("已走", cs.id(), PostType.FULL_TIME, 41, entry), entry);
        ctx.roster().deregister(gone.id(), LocalDate.of(2024, 1, 1), "调离");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TrainingFormViewModel form() {
        TrainingFormViewModel f = new TrainingFormViewModel(service, new ImmediateRunner(), zh);
        f.open(null, failures::add);
        return f;
    }

    @Test
    void thirtyAttendeesOfADepartmentAreOneClickAndUntickingLeavesThemOut() {
        TrainingFormViewModel f = form();
        f.course.set("辅导员沙龙");
        f.startDate.set(LocalDate.of(2025, 5, 8));
        f.endDate.set(LocalDate.of(2025, 5, 8));
        f.hours.set("３");

        assertThat(f.addDepartment(cs)).as("the deregistered one is not added").isEqualTo(30);
        f.attendees().get(0).included.set(false);
        f.attendees().get(1).hours.set("1.5");
        assertThat(f.countTextProperty().get()).isEqualTo("已选 30 人，其中参加 29 人");
        List<SaveResult> saved = new ArrayList<>();
        f.save(saved::add, failures::add);

        assertThat(failures).isEmpty();
        assertThat(f.errorTextProperty().get()).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).session().attendees()).hasSize(29);
        assertThat(service.countRecords()).isEqualTo(29);
        assertThat(f.dirtyProperty().get()).isFalse();
    }

    @Test
    void theSearchFindsByNameOrIdNumberAndEnterAddsTheFirst() {
        TrainingFormViewModel f = form();
        f.pickSearch.set("机电");
        assertThat(f.candidates()).extracting(Candidate::name).containsExactly("机电甲");
        f.addFirstCandidate();
        assertThat(f.attendees()).extracting(AttendeeItem::name).containsExactly("机电甲");
        assertThat(f.pickSearch.get()).isEmpty();
        f.pickSearch.set(gone.idNumber().substring(0, 14));
        assertThat(f.candidates()).extracting(Candidate::name).contains("已走");
        assertThat(f.candidates()).filteredOn(c -> c.name().equals("已走")).extracting(Candidate::onRoster)
                .containsExactly(false);
    }

    @Test
    void unreadableHoursAreRefusedWithTheFieldAndTheCounselorNamedAndNothingTypedIsLost() {
        TrainingFormViewModel f = form();
        f.course.set("课程");
        f.startDate.set(LocalDate.of(2025, 5, 8));
        f.endDate.set(LocalDate.of(2025, 5, 8));
        f.hours.set("四");
        f.addDepartment(me);
        f.attendees().get(0).hours.set("x");

        f.save(r -> { }, failures::add);

        assertThat(f.errorTextProperty().get()).contains("学时：请输入数字").contains("学时（机电甲）：请输入数字");
        assertThat(f.hours.get()).isEqualTo("四");
        assertThat(service.countRecords()).isZero();
        assertThat(f.dirtyProperty().get()).isTrue();
    }

    @Test
    void editingASessionShowsOwnHoursOnlyWhereTheyDifferFromTheSessions() {
        TrainingFormViewModel f = form();
        f.course.set("课程");
        f.startDate.set(LocalDate.of(2025, 5, 8));
        f.endDate.set(LocalDate.of(2025, 5, 8));
        f.hours.set("4");
        f.add(f.candidates().get(0));
        f.add(f.candidates().get(0));
        f.attendees().get(1).hours.set("2");
        List<SaveResult> saved = new ArrayList<>();
        f.save(saved::add, failures::add);

        TrainingFormViewModel again = new TrainingFormViewModel(service, new ImmediateRunner(), zh);
        again.open(saved.get(0).session().id(), failures::add);

        assertThat(again.isNew()).isFalse();
        assertThat(again.course.get()).isEqualTo("课程");
        assertThat(again.attendees()).extracting(a -> a.hours.get()).containsExactly("", "2");
        assertThat(again.dirtyProperty().get()).isFalse();
        again.attendees().get(0).certificate.set("Z-1");
        assertThat(again.dirtyProperty().get()).isTrue();
    }

    @Test
    void theLedgerPagesAHundredRowsAndFiltersAnswerFromTheFirstPage() {
        TrainingFormViewModel f = form();
        f.course.set("大课");
        f.startDate.set(LocalDate.of(2025, 3, 1));
        f.endDate.set(LocalDate.of(2025, 3, 1));
        f.hours.set("2");
        f.addDepartment(cs);
        f.save(r -> { }, failures::add);
        for (int i = 0; i < 4; i++) {
            TrainingFormViewModel g = form();
            g.course.set("小课" + i);
            g.startDate.set(LocalDate.of(2025, 4, 1 + i));
            g.endDate.set(LocalDate.of(2025, 4, 1 + i));
            g.hours.set("2");
            g.addDepartment(cs);
            g.save(r -> { }, failures::add);
        }
        TrainingLedgerViewModel ledger = new TrainingLedgerViewModel(service, new ImmediateRunner(), zh);
        ledger.load();

        assertThat(ledger.rows()).hasSize(TrainingLedgerViewModel.PAGE_SIZE);
        assertThat(ledger.totalsTextProperty().get()).isEqualTo("共 150 条记录　合计 300 学时　经费 0.00 元");
        assertThat(ledger.pageTextProperty().get()).isEqualTo("第 1 / 2 页");
        ledger.nextPage();
        assertThat(ledger.rows()).hasSize(50);
        ledger.searchProperty().set("大课");
        assertThat(ledger.pageProperty().get()).isZero();
        assertThat(ledger.rows()).hasSize(30).allMatch(r -> r.course().equals("大课"));
        ledger.yearProperty().set(2024);
        assertThat(ledger.rows()).isEmpty();
        assertThat(ledger.pageTextProperty().get()).isEqualTo("第 1 / 1 页");
    }

    @Test
    void theRosterRowsShowLastYearsTrainingFindings() {
        cn.huyang.roster.RosterViewModel roster = new cn.huyang.roster.RosterViewModel(ctx.roster(),
                ctx.rosterFindingSources(), ctx.findings(), new ImmediateRunner(), zh);
        roster.load();

        cn.huyang.roster.RosterRow first = roster.rows().stream()
                .filter(r -> r.counselor().id().equals(csPeople.get(0).id())).findFirst().orElseThrow();
        assertThat(first.findings()).extracting(cn.huyang.common.Finding::code)
                .contains("TRAINING_HOURS", "TRAINING_HIGHER_LEVEL");
        assertThat(first.findings()).extracting(cn.huyang.common.Finding::message)
                .anyMatch(m -> m.startsWith("2024 年校级培训 0 学时"));
    }
}
