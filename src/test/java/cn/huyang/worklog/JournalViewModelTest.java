package cn.huyang.worklog;

import static cn.huyang.worklog.WorklogFixture.ZH;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Role;
import cn.huyang.common.ImmediateRunner;
import cn.huyang.common.StaleRecordException;
import cn.huyang.db.TestStores;
import cn.huyang.roster.Counselor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 工作周记's view model on a real H2 (today 2026-06-15): the weeks, the rights, save at the version read. */
class JournalViewModelTest {
    static final LocalDate WEEK = LocalDate.of(2026, 6, 8);

    @TempDir
    Path dir;
    WorklogFixture f;
    final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        f = new WorklogFixture(TestStores.open(dir.resolve("data"), WorklogFixture.CLOCK));
    }

    @AfterEach
    void close() {
        f.db.close();
    }

    private JournalViewModel vm(Role role, Counselor c) {
        JournalViewModel vm = new JournalViewModel(f.as(role).journals(), new ImmediateRunner(), ZH,
                FXCollections.observableArrayList(c), new SimpleObjectProperty<>(c),
                new SimpleObjectProperty<>(YearMonth.of(2026, 6)));
        vm.setOnFailure(failures::add);
        vm.load();
        return vm;
    }

    private static JournalViewModel.Week week(JournalViewModel vm, LocalDate monday) {
        return vm.weeks().stream().filter(w -> w.monday().equals(monday)).findFirst().orElseThrow();
    }

    @Test
    void theWeeksStartingInTheMonthUpToTodayAndTheirState() {
        JournalViewModel vm = vm(Role.COUNSELOR, f.a1);
        assertThat(vm.weeks()).extracting(JournalViewModel.Week::span)
                .containsExactly("06-01 – 06-07", "06-08 – 06-14", "06-15 – 06-21");
        assertThat(vm.selectedProperty().get().monday()).isEqualTo(LocalDate.of(2026, 6, 15));
        vm.monthProperty().set(YearMonth.of(2026, 5));
        assertThat(vm.weeks()).extracting(JournalViewModel.Week::monday).containsExactly(LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 25));
        vm.monthProperty().set(YearMonth.of(2026, 7));
        assertThat(vm.weeks()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    @Test
    void theCounselorWritesAndSubmitsAndTheDepartmentMarksRead() {
        JournalViewModel mine = vm(Role.COUNSELOR, f.a1);
        assertThat(mine.mayEdit()).isTrue();
        assertThat(mine.mayReview()).isFalse();
        mine.select(week(mine, WEEK));
        mine.entry("duty5").set("查寝 3 次");
        assertThat(mine.hasUnsavedChanges()).isTrue();
        mine.save();
        assertThat(mine.hasUnsavedChanges()).isFalse();
        assertThat(week(mine, WEEK).status()).isEqualTo(JournalViewModel.Status.SAVED);
        mine.entry("problems").set("宿舍用电隐患");
        mine.submit(); // saves what was typed, then submits
        assertThat(week(mine, WEEK).status()).isEqualTo(JournalViewModel.Status.SUBMITTED);
        assertThat(week(mine, WEEK).journal().entries()).containsEntry("problems", "宿舍用电隐患");

        JournalViewModel dept = vm(Role.DEPARTMENT, f.a1);
        assertThat(dept.mayReview()).isTrue();
        dept.select(week(dept, WEEK));
        assertThat(dept.entry("duty5").get()).isEqualTo("查寝 3 次");
        dept.commentProperty().set("用电隐患请与后勤处联系");
        dept.markRead();
        assertThat(week(dept, WEEK).state()).isEqualTo("已阅（测试DEPARTMENT）");
        assertThat(dept.reviewProperty().get()).isEqualTo("测试DEPARTMENT 于 2026-06-15 已阅：用电隐患请与后勤处联系");
        assertThat(failures).isEmpty();
    }

    @Test
    void aDepartmentReviewsOnlyItsOwnCounselorsAndALeaderNone() {
        JournalService dept = f.as(Role.DEPARTMENT).journals();
        assertThat(dept.mayReview(f.a1.id())).isTrue();
        assertThat(dept.mayReview(f.b1.id())).isFalse();
        assertThat(dept.mayEdit(f.b1.id())).isFalse();
        assertThat(f.as(Role.LEADER).journals().mayReview(f.a1.id())).isFalse();
        assertThat(f.as(Role.COUNSELOR).journals().mayEdit(f.a2.id())).isFalse();
        assertThat(f.as(Role.OFFICE).journals().mayReview(f.b1.id())).isTrue();
    }

    @Test
    void aSaveOverAnotherUsersChangeIsRefusedAsStaleKeepingTheText() {
        JournalViewModel first = vm(Role.COUNSELOR, f.a1);
        JournalViewModel second = vm(Role.DEPARTMENT, f.a1);
        first.select(week(first, WEEK));
        second.select(week(second, WEEK));
        first.entry("duty4").set("组织晚自习");
        first.save();
        second.entry("duty4").set("学风督查");
        second.save();
        assertThat(failures).singleElement().isInstanceOf(StaleRecordException.class);
        assertThat(second.entry("duty4").get()).isEqualTo("学风督查");
        assertThat(second.errorProperty().get()).isEmpty();
        assertThat(f.w.journals().month(f.a1.id(), YearMonth.of(2026, 6))).singleElement()
                .satisfies(j -> assertThat(j.entries()).containsEntry("duty4", "组织晚自习"));
        // reading again keeps what was typed (and the version it was read at)
        second.load();
        assertThat(second.entry("duty4").get()).isEqualTo("学风督查");
        assertThat(second.hasUnsavedChanges()).isTrue();
    }

    @Test
    void aRefusalNamesTheFieldAndKeepsTheText() {
        JournalViewModel vm = vm(Role.COUNSELOR, f.a1);
        vm.save();
        assertThat(vm.errorProperty().get()).isEqualTo("周记内容：必填");
        vm.entry("plans").set("x".repeat(WorklogValidator.LONG + 1));
        vm.save();
        assertThat(vm.errorProperty().get()).startsWith("下周工作计划：");
        assertThat(vm.entry("plans").get()).hasSize(WorklogValidator.LONG + 1);
        assertThat(week(vm, LocalDate.of(2026, 6, 15)).status()).isEqualTo(JournalViewModel.Status.EMPTY);
    }
}
