package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.WorklogModule;
import cn.huyang.app.WorklogTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import cn.huyang.worklog.Journal;
import cn.huyang.worklog.JournalViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 工作周记 on screen (headless, today 2026-06-15): a week is written, saved, submitted and marked read; an
 * empty save and an entry over the length limit are refused in Chinese naming the field, keeping the text.
 */
@ExtendWith(ApplicationExtension.class)
class JournalScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final LocalDate WEEK = LocalDate.of(2026, 6, 8);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Counselor zhao;
    WorklogTab tab;
    JournalViewModel vm;
    Stage primary;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        zhao = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21),
                LocalDate.of(2020, 9, 1));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        tab = window.tab(WorklogTab.class);
        vm = tab.journalViewModel();
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "worklogTab".equals(t.getId()))
                .findFirst().orElseThrow());
        TabPane views = (TabPane) stage.getScene().lookup("#worklogViews");
        views.getSelectionModel().select(views.getTabs().stream().filter(t -> "worklogJournalView".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void aWeekIsWrittenSubmittedAndMarkedRead(FxRobot robot) throws TimeoutException {
        // the weeks of June up to today: 06-01, 06-08 and 06-15 (06-22 and 06-29 are still to come)
        FxWait.until(() -> vm.weeks().size() == 3);
        assertThat(vm.weeks()).extracting(JournalViewModel.Week::monday).containsExactly(LocalDate.of(2026, 6, 1),
                WEEK, LocalDate.of(2026, 6, 15));
        assertThat(vm.weeks()).extracting(JournalViewModel.Week::state).containsOnly("未填写");
        robot.clickOn("06-08 – 06-14");
        FxWait.until(() -> vm.selectedProperty().get() != null && vm.selectedProperty().get().monday().equals(WEEK));
        type(robot, "#journalEntry-duty1", "组织班级学习");
        type(robot, "#journalEntry-plans", "召开考前动员班会");
        assertThat(tab.hasUnsavedChanges()).isTrue();
        robot.clickOn("#journalSave");
        FxWait.until(() -> state(WEEK).equals("已保存"));
        assertThat(tab.hasUnsavedChanges()).isFalse();
        Journal stored = WorklogModule.of(ctx).journals().month(zhao.id(), YearMonth.of(2026, 6)).get(0);
        assertThat(stored.weekStart()).isEqualTo(WEEK);
        assertThat(stored.entries()).containsOnly(java.util.Map.entry("duty1", "组织班级学习"),
                java.util.Map.entry("plans", "召开考前动员班会"));
        assertThat(stored.submitted()).isFalse();
        assertThat(selectedRowState(robot)).isEqualTo("已保存");

        robot.clickOn("#journalSubmit");
        FxWait.until(() -> state(WEEK).equals("已提交"));
        assertThat(robot.lookup("#journalSubmit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#journalReviewState")).isEqualTo("2026-06-15 已提交系部，待批阅");

        robot.clickOn("#journalComment").write("考前动员很及时");
        robot.clickOn("#journalReview");
        FxWait.until(() -> state(WEEK).startsWith("已阅"));
        assertThat(state(WEEK)).isEqualTo("已阅（系统）");
        assertThat(text(robot, "#journalReviewState")).isEqualTo("系统 于 2026-06-15 已阅：考前动员很及时");
        Journal read = WorklogModule.of(ctx).journals().month(zhao.id(), YearMonth.of(2026, 6)).get(0);
        assertThat(read.reviewedBy()).isEqualTo("系统");
        assertThat(read.reviewComment()).isEqualTo("考前动员很及时");
        assertThat(robot.lookup("#journalEntry-duty1").queryAs(TextArea.class).getText()).isEqualTo("组织班级学习");
    }

    @Test
    void anEmptyWeekAndAnEntryTooLongAreRefusedKeepingTheText(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.weeks().size() == 3 && vm.selectedProperty().get() != null);
        // the newest week is chosen at first
        assertThat(vm.selectedProperty().get().monday()).isEqualTo(LocalDate.of(2026, 6, 15));
        robot.clickOn("#journalSave");
        Label error = robot.lookup("#journalError").queryAs(Label.class);
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("周记内容：必填");

        type(robot, "#journalEntry-problems", "补考人数多");
        String tooLong = "长".repeat(4001);
        TextArea duty4 = robot.lookup("#journalEntry-duty4").queryAs(TextArea.class);
        robot.interact(() -> duty4.setText(tooLong));
        robot.clickOn("#journalSave");
        FxWait.until(() -> error.getText().startsWith("学风建设"));
        assertThat(error.getText()).isEqualTo("学风建设：不能超过 4,000 个字");
        assertThat(duty4.getText()).isEqualTo(tooLong);
        assertThat(robot.lookup("#journalEntry-problems").queryAs(TextArea.class).getText()).isEqualTo("补考人数多");
        assertThat(state(LocalDate.of(2026, 6, 15))).isEqualTo("未填写");
        assertThat(WorklogModule.of(ctx).journals().month(zhao.id(), YearMonth.of(2026, 6))).isEmpty();
        assertThat(tab.hasUnsavedChanges()).isTrue();

        // another week asks first: 取消 keeps the week and what was typed, 确定 opens the other week
        robot.clickOn("06-01 – 06-07");
        robot.clickOn("取消");
        FxWait.until(() -> LocalDate.of(2026, 6, 15).equals(selectedRow(robot)));
        assertThat(vm.selectedProperty().get().monday()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(duty4.getText()).isEqualTo(tooLong);
        robot.clickOn("06-01 – 06-07");
        robot.clickOn("确定");
        FxWait.until(() -> vm.selectedProperty().get().monday().equals(LocalDate.of(2026, 6, 1)));
        assertThat(duty4.getText()).isEmpty();
        assertThat(tab.hasUnsavedChanges()).isFalse();
    }

    /** Types into an entry as a user would: the focus (Tab) scrolls it into view, then the click and the keys. */
    private static void type(FxRobot robot, String query, String text) {
        TextArea area = robot.lookup(query).queryAs(TextArea.class);
        robot.interact(area::requestFocus);
        robot.clickOn(area).write(text);
    }

    private String state(LocalDate monday) {
        return vm.weeks().stream().filter(w -> w.monday().equals(monday)).findFirst().orElseThrow().state();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String selectedRowState(FxRobot robot) {
        return weeks(robot).getSelectionModel().getSelectedItem().state();
    }

    private static LocalDate selectedRow(FxRobot robot) {
        JournalViewModel.Week w = weeks(robot).getSelectionModel().getSelectedItem();
        return w == null ? null : w.monday();
    }

    @SuppressWarnings("unchecked")
    private static TableView<JournalViewModel.Week> weeks(FxRobot robot) {
        return robot.lookup("#journalWeeks").queryAs(TableView.class);
    }
}
