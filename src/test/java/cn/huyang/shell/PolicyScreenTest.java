package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.RosterTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.policy.PolicyKey;
import cn.huyang.policy.PolicyViewModel;
import cn.huyang.roster.Department;
import cn.huyang.roster.RosterViewModel;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** 文件 → 政策参数… on screen (headless Monocle), on a real database; today is 2026-11-30. */
@ExtendWith(ApplicationExtension.class)
class PolicyScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 30).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Stage primary;
    RosterViewModel roster;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        Department d = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().setEnrolment(d.id(), 2027, 900);
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        window.showTab("rosterTab"); // 概览 is the first tab
        roster = window.tab(RosterTab.class).viewModel();
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PolicyViewModel.HistoryRow> history(FxRobot robot) {
        return robot.lookup("#policyHistory").queryAs(TableView.class);
    }

    @Test
    void aRefusedValueKeepsTheInputAndTheDialogOpenThenAChangeWithADateIsRecorded(FxRobot robot) throws Exception {
        FxWait.until(() -> roster.loadedProperty().get());
        robot.clickOn("#menuFile").clickOn("#menuPolicy");
        FxWait.until(() -> !robot.lookup("#policyTable").queryAll().isEmpty()
                && robot.lookup("#policyTable").queryTableView().getItems().size() == PolicyKey.values().length);
        TextField value = robot.lookup("#policyValue").queryAs(TextField.class);
        Window dialog = value.getScene().getWindow();
        assertThat(value.getText()).isEqualTo("200"); // the first parameter, with its value in force
        assertThat(history(robot).getItems()).singleElement()
                .satisfies(r -> assertThat(r.value().note()).isEqualTo("实施细则默认值"));

        // 0 students per counselor: refused, the field named, what was typed kept, the dialog still open
        robot.interact(value::clear);
        robot.clickOn("#policyValue").write("0");
        robot.clickOn("#policyFrom").write("2027-01-01");
        robot.clickOn("#policyNote").write("院发〔2026〕30号");
        robot.clickOn("#policySave");
        FxWait.until(() -> !robot.lookup("#policyErrors").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#policyErrors").queryAs(Label.class).getText())
                .isEqualTo("每名专职辅导员对应在校生数（师生比 1:N）：须为 1 至 100000 之间的整数");
        assertThat(value.getText()).isEqualTo("0");
        assertThat(value.getTooltip().getText()).contains("须为 1 至 100000 之间的整数");
        assertThat(robot.lookup("#policyNote").queryAs(TextField.class).getText()).isEqualTo("院发〔2026〕30号");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(ctx.policy().timeline().history(PolicyKey.STUDENTS_PER_COUNSELOR)).hasSize(1);

        // 180 from 2027-01-01: recorded, the history shows it as not yet in force, 2026 keeps 200
        robot.interact(value::clear);
        robot.clickOn("#policyValue").write("180");
        robot.clickOn("#policySave");
        FxWait.until(() -> history(robot).getItems().size() == 2);
        assertThat(robot.lookup("#policyMessage").queryAs(Label.class).getText())
                .isEqualTo("已记录：每名专职辅导员对应在校生数（师生比 1:N） 自 2027-01-01 起为 180");
        assertThat(robot.lookup("#policyErrors").queryAs(Label.class).getText()).isEmpty();
        assertThat(history(robot).getItems().get(0)).satisfies(r -> {
            assertThat(r.value().value()).isEqualTo("180");
            assertThat(r.value().from()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(r.value().note()).isEqualTo("院发〔2026〕30号");
            assertThat(r.state()).isEqualTo("尚未生效");
        });
        assertThat(history(robot).getItems().get(1).state()).isEqualTo("现行");
        assertThat(ctx.policy().forYear(2026).studentsPerCounselor()).isEqualTo(200);
        assertThat(ctx.policy().forYear(2027).studentsPerCounselor()).isEqualTo(180);

        // the staffing table of 2027 is judged by it: 900 students need 5 at 1:180
        robot.clickOn("#policyClose");
        robot.interact(() -> roster.yearProperty().set(2027));
        FxWait.until(() -> robot.lookup("#ratioRule").queryAs(Label.class).getText().contains("÷ 180")
                && roster.ratioProperty().get() != null && roster.ratioProperty().get().year() == 2027);
        assertThat(roster.ratioProperty().get().college().required()).isEqualTo(5);
    }
}
