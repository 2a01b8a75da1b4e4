package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.GuaranteeModule;
import cn.huyang.app.GuaranteeTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.guarantee.AllowanceRow;
import cn.huyang.guarantee.AllowanceStandard;
import cn.huyang.guarantee.AllowanceViewModel;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/** 待遇保障 on screen (headless): a payment entered shows in the grid; an impossible amount is refused, kept. */
@ExtendWith(ApplicationExtension.class)
class GuaranteeScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Counselor zhao;
    AllowanceViewModel vm;
    Stage primary;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        zhao = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21),
                LocalDate.of(2020, 9, 1));
        GuaranteeModule.of(ctx).allowances().saveStandard(new AllowanceStandard(2026, PostType.FULL_TIME, 160000, 0));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        vm = window.tab(GuaranteeTab.class).allowance();
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "guaranteeTab".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    private AllowanceRow row() {
        return vm.rows().stream().filter(r -> r.counselorId() == zhao.id()).findFirst().orElse(null);
    }

    @Test
    void aPaymentEnteredShowsInTheGridAndAnImpossibleAmountIsRefusedKeepingTheInput(FxRobot robot)
            throws TimeoutException {
        FxWait.until(() -> row() != null && !vm.counselors().isEmpty());
        TableView<AllowanceRow> grid = robot.lookup("#allowanceGrid").queryTableView();
        assertThat(grid.getItems()).extracting(AllowanceRow::name).containsExactly("赵磊");
        ComboBox<Counselor> counselor = robot.lookup("#paymentCounselor").queryComboBox();
        ComboBox<Integer> month = robot.lookup("#paymentMonth").queryComboBox();
        DatePicker date = robot.lookup("#paymentDate").queryAs(DatePicker.class);
        robot.interact(() -> {
            counselor.setValue(counselor.getItems().get(0));
            month.setValue(3);
            date.setValue(LocalDate.of(2026, 3, 10));
        });
        robot.clickOn("#paymentAmount").write("-5");
        robot.clickOn("#paymentAdd");
        Label error = robot.lookup("#allowanceError").queryAs(Label.class);
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("发放金额（元）：不能为负数");
        assertThat(robot.lookup("#paymentAmount").queryAs(TextField.class).getText()).isEqualTo("-5");
        assertThat(GuaranteeModule.of(ctx).allowances().payments(zhao.id(), 2026)).isEmpty();

        robot.interact(() -> robot.lookup("#paymentAmount").queryAs(TextField.class).setText("1,600"));
        robot.clickOn("#paymentAdd");
        FxWait.until(() -> row() != null && row().months().get(2).paidFen() == 160000);
        FxWait.until(() -> error.getText().isEmpty());
        assertThat(GuaranteeModule.of(ctx).allowances().payments(zhao.id(), 2026)).singleElement()
                .satisfies(p -> assertThat(p.paidOn()).isEqualTo(LocalDate.of(2026, 3, 10)));
        assertThat(vm.cell(row().months().get(2))).isEqualTo("1600.00");
        // January was never paid and its due day has passed: the grid says so
        assertThat(vm.cell(row().months().get(0))).isEqualTo("0.00 未发");
    }
}
