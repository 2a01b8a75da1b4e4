package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.AssessmentTab;
import cn.huyang.assessment.GridRow;
import cn.huyang.app.TrainingTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.FilePicker;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.LedgerRow;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The office basics of the training and assessment tables: 导出所选行… on the ledger and on 达标情况
 * writes the rows chosen and no others; the scores grid keeps its department and sort, and the ledger its
 * department, for the next start; two counselors of one name are told apart by the last four of their
 * ID numbers in the ledger, its form and 达标情况.
 */
@ExtendWith(ApplicationExtension.class)
class OfficeTablesScreenTest {
    static final int YEAR = LocalDate.now().getYear();

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Settings settings;
    Stage primary;
    MainWindow window;
    Counselor zhaoInfo;
    Counselor qian;
    Counselor zhaoMech;
    /** What the file chooser answers. */
    Path answer;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir.resolve("data")));
        ctx = new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone());
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        Department mech = ctx.roster().saveDepartment(new Department(null, "JD", "机电工程系", 2, true));
        zhaoInfo = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 11),
                LocalDate.of(2020, 9, 1));
        qian = ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.PART_TIME, 12),
                LocalDate.of(2021, 9, 1));
        // another 赵磊, in another department: the two are told apart by their ID numbers' last digits
        zhaoMech = ctx.roster().register(TestData.counselor("赵磊", mech.id(), PostType.FULL_TIME, 13),
                LocalDate.of(2019, 9, 1));
        training("心理健康专题", 2, zhaoInfo, qian);
        training("安全教育", 3, zhaoMech);
        training("班级管理", 4, zhaoInfo);
        settings = Settings.load(dir.resolve("settings.properties"));
        primary = stage;
        window = open(stage);
        stage.show();
    }

    private void training(String course, int day, Counselor... who) {
        LocalDate d = LocalDate.of(YEAR, 3, day);
        List<TrainingSession.Attendee> attendees = new ArrayList<>();
        for (Counselor c : who) {
            attendees.add(new TrainingSession.Attendee(null, c.id(), null, null, null));
        }
        ctx.training().save(new TrainingSession(null, course, "学工部", TrainingLevel.SCHOOL, TrainingCategory.ROUTINE,
                d, d, new BigDecimal("4"), BigDecimal.ZERO, null, attendees));
    }

    /** A window on the same settings: what the next start builds. */
    private MainWindow open(Stage stage) {
        Messages m = Messages.forLanguage("zh");
        MainWindow w = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir), settings);
        w.attach(ctx);
        w.spreadsheets().setFilePicker(new FilePicker() {
            @Override
            public Path open(Window owner, String title) {
                return answer;
            }

            @Override
            public Path save(Window owner, String title, String initialName) {
                return answer;
            }
        });
        return w;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void exportSelectedRowsWritesTheLedgerAndComplianceRowsChosen(FxRobot robot) throws Exception {
        var view = window.tab(TrainingTab.class).view();
        show(robot, "trainingTab");
        TableView<LedgerRow> ledger = view.ledgerView().table();
        FxWait.until(() -> ledger.getItems().size() == 4);
        robot.interact(() -> ledger.getSelectionModel().selectIndices(0, 2));
        List<String> chosen = List.of(ledger.getItems().get(0).course(), ledger.getItems().get(2).course());
        answer = dir.resolve("所选培训.xlsx");
        exportSelected(robot, ledger);
        FxWait.until(() -> Files.exists(answer) && status(robot).startsWith("已导出 2 行"));
        List<List<String>> rows = read(answer);
        assertThat(rows).hasSize(3);
        int course = rows.get(0).indexOf("培训课程");
        assertThat(course).isNotNegative();
        assertThat(rows.subList(1, 3)).extracting(r -> r.get(course)).containsExactlyElementsOf(chosen);

        robot.clickOn("#complianceTab");
        TableView<ComplianceRow> compliance = view.complianceView().table();
        FxWait.until(() -> compliance.getItems().size() == 2); // the two full-time 赵磊
        robot.interact(() -> compliance.getSelectionModel().clearAndSelect(1));
        String department = compliance.getItems().get(1).department();
        answer = dir.resolve("所选达标情况.xlsx");
        exportSelected(robot, compliance);
        FxWait.until(() -> Files.exists(answer) && status(robot).startsWith("已导出 1 行"));
        rows = read(answer);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(rows.get(0).indexOf("所在系部"))).isEqualTo(department);
    }

    @Test
    void theScoresGridAndTheLedgerKeepTheirDepartmentAndSortAfterARestart(FxRobot robot) throws Exception {
        var vm = window.tab(AssessmentTab.class).viewModel();
        show(robot, "assessmentTab");
        FxWait.until(() -> vm.sheetProperty().get() != null && vm.departments().size() == 2);
        TableView<GridRow> grid = robot.lookup("#assessmentTable").queryTableView();
        robot.interact(() -> {
            vm.departmentProperty().set(vm.departments().stream().filter(d -> d.code().equals("JD")).findFirst()
                    .orElseThrow());
            TableColumn<GridRow, ?> total = column(grid, "col-total");
            total.setSortType(TableColumn.SortType.DESCENDING);
            grid.getSortOrder().setAll(total);
        });
        var ledger = window.tab(TrainingTab.class).view().ledger();
        show(robot, "trainingTab");
        FxWait.until(() -> ledger.rows().size() == 4 && ledger.departments().size() == 2);
        robot.interact(() -> ledger.departmentProperty().set(ledger.departments().get(1)));
        FxWait.until(() -> ledger.rows().size() == 1);

        robot.interact(() -> window = open(primary)); // what the next start builds, on the same settings
        var again = window.tab(AssessmentTab.class).viewModel();
        show(robot, "assessmentTab");
        FxWait.until(() -> again.sheetProperty().get() != null && again.departmentProperty().get() != null);
        assertThat(again.departmentProperty().get().code()).isEqualTo("JD");
        assertThat(again.shownRows()).extracting(GridRow::name).containsExactly("赵磊");
        TableView<GridRow> shown = robot.lookup("#assessmentTable").queryTableView();
        assertThat(shown.getSortOrder()).extracting(TableColumn::getId).containsExactly("col-total");
        assertThat(shown.getSortOrder().get(0).getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        assertThat(robot.lookup("#assessmentDepartment").queryComboBox().getValue())
                .extracting(d -> ((Department) d).code()).isEqualTo("JD");

        var ledgerAgain = window.tab(TrainingTab.class).view().ledger();
        show(robot, "trainingTab");
        FxWait.until(() -> ledgerAgain.loadedProperty().get() && !ledgerAgain.departments().isEmpty());
        FxWait.until(() -> ledgerAgain.rows().size() == 1);
        assertThat(ledgerAgain.departmentProperty().get().code()).isEqualTo("JD");
    }

    @Test
    void twoOfOneNameAreToldApartByTheirIdNumbersLastDigits(FxRobot robot) throws Exception {
        String info = "赵磊　· 身份证尾号 " + zhaoInfo.idNumber().substring(14);
        String mech = "赵磊　· 身份证尾号 " + zhaoMech.idNumber().substring(14);
        assertThat(info).isNotEqualTo(mech);
        var view = window.tab(TrainingTab.class).view();
        show(robot, "trainingTab");
        TableView<LedgerRow> ledger = view.ledgerView().table();
        FxWait.until(() -> ledger.getItems().size() == 4);
        for (LedgerRow r : ledger.getItems()) {
            String expected = r.counselorId() == zhaoInfo.id() ? info : r.counselorId() == zhaoMech.id() ? mech : "钱芳";
            assertThat(nameColumn(ledger).getCellData(r)).as(r.course()).isEqualTo(expected);
        }

        // the form of 安全教育: its attendee, and the other 赵磊 among those to pick
        LedgerRow safety = ledger.getItems().stream().filter(r -> r.course().equals("安全教育")).findFirst()
                .orElseThrow();
        java.util.Set<Window> before = new java.util.HashSet<>(Window.getWindows());
        robot.interact(() -> view.ledgerView().openForm(safety));
        FxWait.until(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && !before.contains(w)));
        Window form = Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst()
                .orElseThrow();
        TableView<?> attendees = (TableView<?>) form.getScene().lookup("#attendeeTable");
        FxWait.until(() -> attendees.getItems().size() == 1);
        assertThat(attendees.getColumns().get(1).getCellData(0)).isEqualTo(mech);
        javafx.scene.control.ListView<?> candidates = (javafx.scene.control.ListView<?>) form.getScene()
                .lookup("#candidateList");
        robot.interact(() -> ((javafx.scene.control.TextField) form.getScene().lookup("#pickSearchField"))
                .setText("赵"));
        FxWait.until(() -> candidates.getItems().size() == 1);
        assertThat(form.getScene().getRoot().lookupAll(".list-cell")).extracting(n ->
                ((javafx.scene.control.ListCell<?>) n).getText()).anyMatch(t -> t != null && t.startsWith(info));

        robot.interact(form::hide);
        robot.clickOn("#complianceTab");
        TableView<ComplianceRow> compliance = view.complianceView().table();
        FxWait.until(() -> compliance.getItems().size() == 2);
        assertThat(compliance.getItems()).extracting(r -> String.valueOf(nameColumn(compliance).getCellData(r)))
                .containsExactlyInAnyOrder(info, mech);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableColumn<T, ?> nameColumn(TableView<T> table) {
        return (TableColumn<T, ?>) table.getColumns().stream().filter(c -> "col-field.name".equals(c.getId()))
                .findFirst().orElseThrow();
    }

    private static TableColumn<GridRow, ?> column(TableView<GridRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void show(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** The right-click menu's 导出所选行…, as a click on it would. */
    private static void exportSelected(FxRobot robot, TableView<?> table) {
        MenuItem item = table.getContextMenu().getItems().stream().filter(i -> "menuExportRows".equals(i.getId()))
                .findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("导出所选行…");
        robot.interact(item::fire);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusMessage").queryAs(Label.class).getText();
    }

    private static List<List<String>> read(Path file) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row r : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(c.toString()));
                out.add(cells);
            }
        }
        return out;
    }
}
