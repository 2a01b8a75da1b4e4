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
import cn.huyang.worklog.RecordKind;
import cn.huyang.worklog.WorkRecord;
import cn.huyang.worklog.WorklogViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 工作记录 on screen (headless): a talk entered shows in the month; a visit dated tomorrow is refused in Chinese. */
@ExtendWith(ApplicationExtension.class)
class WorklogScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Counselor zhao;
    WorklogViewModel vm;
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
        vm = window.tab(WorklogTab.class).viewModel();
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "worklogTab".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void aTalkIsEnteredAndAVisitDatedTomorrowIsRefused(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.counselorProperty().get() != null);
        robot.interact(() -> robot.lookup("#worklogDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 6, 12)));
        robot.clickOn("#worklogPlace").write("辅导员办公室");
        robot.clickOn("#worklogClass").write("2024级1班");
        robot.clickOn("#worklogStudents").write("阿依古丽");
        robot.clickOn("#worklogField-reason").write("考试焦虑疏导");
        robot.clickOn("#worklogSave");
        FxWait.until(() -> vm.lines().size() == 1);
        assertThat(vm.lines().get(0).kind()).isEqualTo("谈心谈话");
        assertThat(vm.lines().get(0).summary()).isEqualTo("考试焦虑疏导");
        FxWait.until(() -> vm.summaryProperty().get().contains("谈心谈话 1 次"));
        WorkRecord stored = WorklogModule.of(ctx).records().month(zhao.id(), YearMonth.of(2026, 6)).get(0);
        assertThat(stored.students()).extracting(s -> s.name()).containsExactly("阿依古丽");
        // the place and the class stay for the next record; the texts are emptied
        assertThat(robot.lookup("#worklogPlace").queryAs(TextField.class).getText()).isEqualTo("辅导员办公室");
        assertThat(robot.lookup("#worklogClass").queryAs(TextField.class).getText()).isEqualTo("2024级1班");
        assertThat(robot.lookup("#worklogStudents").queryAs(TextField.class).getText()).isEmpty();

        @SuppressWarnings("unchecked")
        ChoiceBox<RecordKind> kind = robot.lookup("#worklogKind").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            kind.setValue(RecordKind.DORM_VISIT);
            robot.lookup("#worklogDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 6, 16));
        });
        robot.clickOn("#worklogField-building").write("3号学生公寓");
        robot.clickOn("#worklogField-rooms").write("305");
        robot.clickOn("#worklogSave");
        Label error = robot.lookup("#worklogError").queryAs(Label.class);
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("日期：不能晚于今天");
        assertThat(robot.lookup("#worklogField-rooms").queryAs(TextField.class).getText()).isEqualTo("305");
        assertThat(WorklogModule.of(ctx).records().month(zhao.id(), YearMonth.of(2026, 6))).hasSize(1);
    }
}
