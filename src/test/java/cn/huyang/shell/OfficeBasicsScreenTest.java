package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.RosterTab;
import cn.huyang.app.TrainingTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Tables;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterRow;
import cn.huyang.roster.StatusFilter;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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

/**
 * The office basics: Ctrl+F goes to the search box, the roster's rows copy as Excel pastes them,
 * filters and sort are there again after a restart, a part of the ID number finds a counselor in the
 * ledger, and a staffing year without enrolment says so instead of 达标.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeBasicsScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Settings settings;
    Stage primary;
    MainWindow window;
    Counselor zhao;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().saveDepartment(new Department(null, "JD", "机电工程系", 2, true));
        ctx.roster().setEnrolment(info.id(), LocalDate.now().getYear(), 800);
        zhao = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 11),
                LocalDate.of(2020, 9, 1));
        ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.PART_TIME, 12), LocalDate.of(2021, 9, 1));
        settings = Settings.load(dir.resolve("settings.properties"));
        primary = stage;
        window = open(stage);
        stage.show();
    }

    private MainWindow open(Stage stage) {
        Messages m = Messages.forLanguage("zh");
        MainWindow w = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir), settings);
        w.attach(ctx);
        w.showTab("rosterTab"); // 概览 is the first tab

        return w;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void ctrlFGoesToTheSearchBoxAndTheRowsCopyForExcel(FxRobot robot) throws Exception {
        var vm = window.tab(RosterTab.class).viewModel();
        FxWait.until(() -> vm.rows().size() == 2);
        robot.clickOn("#rosterTable");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();

        TableView<RosterRow> table = robot.lookup("#rosterTable").queryTableView();
        String[] copied = new String[1];
        robot.interact(() -> {
            table.getSelectionModel().selectAll();
            copied[0] = Tables.copy(table);
        });
        String[] lines = copied[0].split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("姓名\t性别\t所在系部");
        assertThat(copied[0]).contains("赵磊\t").contains("钱芳\t").contains("信息工程系");
        assertThat(table.getContextMenu().getItems()).extracting(i -> i.getText())
                .contains("编辑…", "复制", "导出所选行…");
    }

    @Test
    void filtersAndSortAreThereAgainAfterARestart(FxRobot robot) throws Exception {
        var vm = window.tab(RosterTab.class).viewModel();
        FxWait.until(() -> vm.rows().size() == 2 && !vm.departments().isEmpty());
        TableView<RosterRow> table = robot.lookup("#rosterTable").queryTableView();
        robot.interact(() -> {
            vm.postTypeProperty().set(PostType.PART_TIME);
            vm.statusProperty().set(StatusFilter.ALL);
            vm.departmentProperty().set(vm.departments().get(0));
            var name = table.getColumns().stream().filter(c -> "col-field.name".equals(c.getId())).findFirst()
                    .orElseThrow();
            name.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(name);
        });
        robot.interact(() -> window = open(primary)); // what the next start builds, on the same settings

        var again = window.tab(RosterTab.class).viewModel();
        FxWait.until(() -> again.departmentProperty().get() != null);
        assertThat(again.postTypeProperty().get()).isEqualTo(PostType.PART_TIME);
        assertThat(again.statusProperty().get()).isEqualTo(StatusFilter.ALL);
        assertThat(again.departmentProperty().get().code()).isEqualTo("XX");
        TableView<RosterRow> shown = window.tab(RosterTab.class).view().table();
        assertThat(shown.getSortOrder()).extracting(c -> c.getId()).containsExactly("col-field.name");
        assertThat(shown.getSortOrder().get(0).getSortType())
                .isEqualTo(javafx.scene.control.TableColumn.SortType.DESCENDING);
    }

    @Test
    void aPartOfTheIdNumberFindsTheCounselorInTheLedger(FxRobot robot) throws Exception {
        LocalDate day = LocalDate.of(LocalDate.now().getYear(), 3, 2);
        ctx.training().save(new cn.huyang.training.TrainingSession(null, "辅导员能力提升", "学工部",
                cn.huyang.training.TrainingLevel.SCHOOL, cn.huyang.training.TrainingCategory.ROUTINE, day, day,
                new java.math.BigDecimal("4"), new java.math.BigDecimal("0"), null,
                java.util.List.of(new cn.huyang.training.TrainingSession.Attendee(null, zhao.id(), null, null, null))));
        var ledger = window.tab(TrainingTab.class).view().ledger();
        robot.interact(() -> window.showTab("trainingTab"));
        FxWait.until(() -> ledger.rows().size() == 1);
        String middle = zhao.idNumber().substring(6, 14); // the birth date
        robot.interact(() -> ledger.counselorProperty().set(middle));
        FxWait.until(() -> ledger.rows().size() == 1 && ledger.filter().counselor().equals(middle));
        assertThat(ledger.rows().get(0).counselor()).isEqualTo("赵磊");
        robot.interact(() -> ledger.counselorProperty().set("99999999"));
        FxWait.until(() -> ledger.rows().isEmpty());
    }

    @Test
    void aYearWithoutEnrolmentSaysSoInsteadOfMet(FxRobot robot) throws Exception {
        var vm = window.tab(RosterTab.class).viewModel();
        FxWait.until(() -> !vm.staffing().isEmpty());
        assertThat(shortfallTexts(robot)).contains("未填在校生数"); // 机电工程系 has no students this year
        assertThat(shortfallTexts(robot)).doesNotContain("达标");
    }

    private static java.util.List<String> shortfallTexts(FxRobot robot) {
        return robot.lookup("#shortfallColumn").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?>).map(n -> ((TableCell<?, ?>) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
    }
}
