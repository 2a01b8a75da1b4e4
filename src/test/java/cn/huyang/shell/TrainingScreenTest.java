package cn.huyang.shell;

import cn.huyang.app.TrainingTab;
import cn.huyang.testing.FxWait;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import cn.huyang.training.TrainingView;
import java.math.BigDecimal;
import java.util.List;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The training tab on screen (headless Monocle), on a real database in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class TrainingScreenTest {
    static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Department info;
    Counselor zhao;
    Counselor qian;
    Counselor sun;
    Stage primary;
    TrainingView training;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        Department other = ctx.roster().saveDepartment(new Department(null, "JD", "机电工程系", 2, true));
        LocalDate entry = LocalDate.of(2018, 9, 1);
        zhao = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 11, entry), entry);
        qian = ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.FULL_TIME, 12, entry), entry);
        sun = ctx.roster().register(TestData.counselor("孙悦", info.id(), PostType.FULL_TIME, 13, entry), entry);
        ctx.roster().register(TestData.counselor("周敏", other.id(), PostType.FULL_TIME, 14, entry), entry);
        // 赵磊 had a national training last year: with 16 school hours this year he meets every rule.
        LocalDate lastYear = LocalDate.of(TODAY.getYear() - 1, 5, 10);
        ctx.training().save(new TrainingSession(null, "全国高校辅导员示范培训", "教育部", TrainingLevel.NATIONAL,
                TrainingCategory.KEY_MEMBER, lastYear, lastYear.plusDays(4), new BigDecimal("40"), null, null,
                List.of(new TrainingSession.Attendee(null, zhao.id(), null, "GJ-1", null))));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        training = window.tab(TrainingTab.class).view();
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void enterASessionForADepartmentUntickOneAndSeeTheRecordsAndTheComplianceChange(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#trainingTab");
        FxWait.until(() -> training.ledger().loadedProperty().get());
        robot.interact(() -> training.ledger().yearProperty().set(TODAY.getYear()));
        robot.clickOn("#complianceTab");
        FxWait.until(() -> training.compliance().rows().size() == 4);
        assertThat(training.compliance().rows()).allMatch(r -> !r.hoursMet());
        robot.clickOn("#ledgerTab");

        robot.clickOn("#addTrainingButton");
        FxWait.until(() -> !robot.lookup("#candidateList").queryListView().getItems().isEmpty());
        robot.clickOn("#courseField").write("辅导员能力提升专题");
        robot.clickOn("#organiserField").write("学工部");
        robot.clickOn("#startDatePicker").write(TODAY.toString());
        robot.clickOn("#endDatePicker").write(TODAY.toString());
        robot.clickOn("#hoursField").write("16");
        robot.interact(() -> comboBox(robot, "#pickDepartmentBox").getSelectionModel().select(info));
        robot.clickOn("#addWholeDepartmentButton");
        FxWait.until(() -> robot.lookup("#attendeeTable").queryTableView().getItems().size() == 3);
        assertThat(robot.lookup("#attendeeCount").queryAs(Label.class).getText()).isEqualTo("已选 3 人，其中参加 3 人");

        // Untick the third (孙悦, left out), and give the second (钱芳) eight hours: she left early.
        CheckBox third = robot.lookup(".attendee-include").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getParent() != null && rowName(b).equals("孙悦")).findFirst().orElseThrow();
        robot.clickOn(third);
        TextField qianHours = robot.lookup(".attendee-hours").queryAllAs(TextField.class).stream()
                .filter(f -> rowName(f).equals("钱芳")).findFirst().orElseThrow();
        robot.clickOn(qianHours).write("8");
        assertThat(robot.lookup("#attendeeCount").queryAs(Label.class).getText()).isEqualTo("已选 3 人，其中参加 2 人");
        robot.clickOn("#saveTrainingButton");

        FxWait.until(() -> training.ledger().rows().size() == 2);
        TableView<LedgerRow> ledger = robot.lookup("#ledgerTable").queryTableView();
        assertThat(ledger.getItems()).extracting(LedgerRow::counselor).containsExactlyInAnyOrder("赵磊", "钱芳");
        assertThat(ctx.training().page(LedgerFilter.year(TODAY.getYear()), LedgerSort.NEWEST_FIRST, 0, 10).hours())
                .isEqualByComparingTo("24");
        assertThat(robot.lookup("#trainingTotals").queryAs(Label.class).getText()).startsWith("共 2 条记录");

        robot.clickOn("#complianceTab");
        FxWait.until(() -> training.compliance().rows().stream().anyMatch(ComplianceRow::hoursMet));
        assertThat(training.compliance().rows()).filteredOn(ComplianceRow::hoursMet).extracting(ComplianceRow::name)
                .containsExactly("赵磊");
        assertThat(training.compliance().rows()).filteredOn(r -> r.name().equals("钱芳"))
                .extracting(r -> r.shortfall().intValue()).containsExactly(8);
        robot.clickOn("#onlyShortBox");
        assertThat(robot.lookup("#complianceTable").queryTableView().getItems()).as("赵磊 meets every rule").hasSize(3);
    }

    @Test
    void anEndDateBeforeTheStartIsRefusedWithTheFieldsMessageAndNothingTypedIsLost(FxRobot robot)
            throws TimeoutException {
        robot.clickOn("#trainingTab");
        robot.clickOn("#addTrainingButton");
        FxWait.until(() -> !robot.lookup("#candidateList").queryListView().getItems().isEmpty());
        robot.clickOn("#courseField").write("心理危机干预");
        robot.clickOn("#startDatePicker").write(TODAY.toString());
        robot.clickOn("#endDatePicker").write(TODAY.minusDays(1).toString());
        robot.clickOn("#hoursField").write("4");
        robot.clickOn("#pickSearchField").write("钱").type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#attendeeTable").queryTableView().getItems().size() == 1);
        robot.clickOn("#saveTrainingButton");
        WaitForAsyncUtils.waitForFxEvents();

        String errors = robot.lookup("#trainingFormErrors").queryAs(Label.class).getText();
        assertThat(errors).isEqualTo("结束日期：不能早于开始日期 " + TODAY);
        assertThat(robot.lookup("#courseField").queryAs(TextField.class).getText()).isEqualTo("心理危机干预");
        assertThat(ctx.training().countRecords()).as("only the national training of @Start").isEqualTo(1);
    }

    private static String rowName(javafx.scene.Node cellGraphic) {
        javafx.scene.Node n = cellGraphic;
        while (n != null && !(n instanceof javafx.scene.control.TableRow<?>)) {
            n = n.getParent();
        }
        Object item = n == null ? null : ((javafx.scene.control.TableRow<?>) n).getItem();
        return item instanceof cn.huyang.training.AttendeeItem a ? a.name() : "";
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

}
