package cn.huyang.shell;

import cn.huyang.app.RosterTab;
import cn.huyang.testing.FxWait;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterEventKind;
import cn.huyang.roster.RosterRow;
import cn.huyang.roster.RosterViewModel;
import cn.huyang.roster.TestData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.testfx.util.WaitForAsyncUtils;

/** The roster tab on screen (headless Monocle), on a real database in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class RosterScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    RosterViewModel vm;
    Department info;
    Counselor existing;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().setEnrolment(info.id(), LocalDate.now().getYear(), 800);
        existing = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 11),
                LocalDate.of(2020, 9, 1));
        ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.PART_TIME, 12), LocalDate.of(2021, 9, 1));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        window.showTab("rosterTab"); // 概览 is the first tab
        vm = window.tab(RosterTab.class).viewModel();
        primary = stage;
        stage.show();
    }

    Stage primary;

    @AfterEach
    void close(FxRobot robot) {
        // Hide the forms left open (a dirty form would ask before closing), then close the database.
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void addACounselorThroughTheFormAndFindItInTheTable(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 2);
        robot.clickOn("#addButton");
        robot.clickOn("#nameField").write("孙悦");
        robot.clickOn("#idNumberField").write("11010519491231002X");
        robot.interact(() -> comboBox(robot, "#departmentBox").getSelectionModel().select(info));
        robot.clickOn("#phoneField").write("0997-2345678");
        robot.clickOn("#saveButton");
        FxWait.until(() -> vm.rows().size() == 3);
        TableView<RosterRow> table = robot.lookup("#rosterTable").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.counselor().name()).contains("孙悦");
        Counselor stored = table.getItems().stream().filter(r -> r.counselor().name().equals("孙悦")).findFirst()
                .orElseThrow().counselor();
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(stored.phone()).isEqualTo("0997-2345678");
        assertThat(ctx.roster().history(stored.id())).extracting(e -> e.kind()).containsExactly(RosterEventKind.REGISTER);
    }

    @Test
    void typingInTheSearchBoxFiltersTheTable(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 2);
        TableView<RosterRow> table = robot.lookup("#rosterTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#searchField").write("钱");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(r -> r.counselor().name()).containsExactly("钱芳");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("显示 1 人 / 共 2 人");
    }

    @Test
    void anInvalidIdNumberIsRefusedWithTheFieldsMessage(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 2);
        robot.clickOn("#addButton");
        robot.clickOn("#nameField").write("周敏");
        robot.clickOn("#idNumberField").write("110105194912310021");
        robot.interact(() -> comboBox(robot, "#departmentBox").getSelectionModel().select(info));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        String errors = robot.lookup("#formErrors").queryAs(Label.class).getText();
        assertThat(errors).contains("身份证号").contains("校验位");
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("周敏");
        assertThat(ctx.roster().counselors()).hasSize(2);
    }

    @Test
    void deregisterWithAReason(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 2);
        robot.doubleClickOn("赵磊");
        FxWait.until(() -> !robot.lookup("#actionDEREGISTER").queryAll().isEmpty()); // the form may open late
        robot.clickOn("#actionDEREGISTER");
        robot.clickOn("#eventOkButton");
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !robot.lookup("#eventError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#eventError").queryAs(Label.class).getText()).startsWith("原因：必填");
        robot.clickOn("#eventReasonArea").write("考取博士研究生脱产学习");
        robot.clickOn("#eventOkButton");
        FxWait.until(() -> ctx.roster().counselor(existing.id()).orElseThrow().status() == CounselorStatus.DEREGISTERED);
        FxWait.until(() -> vm.filteredRows().size() == 1);
        assertThat(ctx.roster().history(existing.id()).get(1).reason()).isEqualTo("考取博士研究生脱产学习");
        TableView<RosterRow> table = robot.lookup("#rosterTable").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.counselor().name()).containsExactly("钱芳");
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

}
