package cn.huyang.io;

import cn.huyang.app.RosterTab;
import cn.huyang.app.TrainingTab;
import cn.huyang.testing.FxWait;
import cn.huyang.shell.FxDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.FilePicker;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterRow;
import cn.huyang.roster.RosterViewModel;
import cn.huyang.roster.TestData;
import cn.huyang.common.ui.DialogService;
import cn.huyang.shell.MainWindow;
import cn.huyang.shell.Settings;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog and the export buttons on screen (headless Monocle), on a real database. */
@ExtendWith(ApplicationExtension.class)
class SpreadsheetScreenTest {
    static final String ID_A = TestData.id(LocalDate.of(1990, 5, 17), true, 1);
    static final String ID_B = TestData.id(LocalDate.of(1992, 3, 8), false, 2);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    MainWindow window;
    RosterViewModel vm;
    Stage primary;
    /** What the file choosers answer. */
    Path answer;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir.resolve("data")));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 11), LocalDate.of(2020, 9, 1));
        ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.PART_TIME, 12), LocalDate.of(2021, 9, 1));
        window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        window.showTab("rosterTab"); // 概览 is the first tab
        vm = window.tab(RosterTab.class).viewModel();
        window.spreadsheets().setFilePicker(new FilePicker() {
            @Override
            public Path open(Window owner, String title) {
                return answer;
            }

            @Override
            public Path save(Window owner, String title, String initialName) {
                return answer;
            }
        });
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void importARosterThroughTheDialogAndSeeTheNewCounselors(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        answer = TestSheets.xlsx(dir.resolve("新辅导员.xlsx"), "名单", List.of(
                Arrays.asList("2026年新进辅导员名单"),
                Arrays.asList("姓名", "性别", "身份证号码", "院系", "专兼职", "手机号", "工号"),
                Arrays.asList("孙悦", "女", ID_B, "信息工程系", "专职", "13900000002", "T002"),
                Arrays.asList("李明", "男", ID_A, "信息工程系", "兼职", "13900000001", "T001")));
        robot.clickOn("#menuFile").clickOn("#menuImport");
        robot.clickOn("#importChooseButton");
        FxWait.until(() -> !robot.lookup("#importPreviewTable").queryTableView().getItems().isEmpty());

        TableView<ImportColumn<RosterField>> mapping = robot.lookup("#importMappingTable").queryTableView();
        assertThat(mapping.getItems()).extracting(ImportColumn::header, ImportColumn::field).contains(
                org.assertj.core.groups.Tuple.tuple("身份证号码", RosterField.ID_NUMBER),
                org.assertj.core.groups.Tuple.tuple("院系", RosterField.DEPARTMENT),
                org.assertj.core.groups.Tuple.tuple("工号", null));
        TableView<PreviewRow> preview = robot.lookup("#importPreviewTable").queryTableView();
        assertThat(preview.getItems()).extracting(PreviewRow::row, PreviewRow::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "新增"), org.assertj.core.groups.Tuple.tuple(4, "新增"));
        assertThat(robot.lookup("#importRefusalTable").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("新增 2 人");

        robot.clickOn("#importButton");
        FxWait.until(() -> robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("已导入"));
        FxWait.until(() -> vm.rows().size() == 4);
        TableView<RosterRow> table = robot.lookup("#rosterTable").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.counselor().name()).contains("孙悦", "李明");
        Counselor sun = ctx.roster().counselors().stream().filter(c -> c.name().equals("孙悦")).findFirst()
                .orElseThrow();
        assertThat(sun.phone()).isEqualTo("13900000002");
        assertThat(sun.postType()).isEqualTo(PostType.FULL_TIME);
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("新增 2 人")
                .contains("导入前的备份");
    }

    @Test
    void aRefusedRowIsShownAndNothingIsWritten(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        answer = TestSheets.xlsx(dir.resolve("有误.xlsx"), "名单", List.of(
                Arrays.asList("姓名", "身份证号", "系部", "岗位类型"),
                Arrays.asList("孙悦", ID_B, "信息工程系", "专职"),
                Arrays.asList("李明", 6.10104199003071E17, "信息工程系", "专职"),
                Arrays.asList("周敏", ID_A, "外语系", "专职")));
        robot.clickOn("#menuFile").clickOn("#menuImport");
        robot.clickOn("#importChooseButton");
        TableView<Refusal> refusals = robot.lookup("#importRefusalTable").queryTableView();
        FxWait.until(() -> refusals.getItems().size() == 2);
        assertThat(refusals.getItems()).extracting(Refusal::row, Refusal::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "身份证号"), org.assertj.core.groups.Tuple.tuple(4, "系部"));
        assertThat(refusals.getItems().get(0).reason()).contains("存成了数字");
        assertThat(refusals.getItems().get(1).reason()).contains("系部“外语系”尚未建立");
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ctx.roster().counselors()).hasSize(2);
        assertThat(db.backups().list()).noneMatch(b -> b.kind() == cn.huyang.db.BackupKind.BEFORE_IMPORT);

        // Creating the department clears one refusal; the ID number stays refused.
        robot.clickOn("#importCreateDepartmentsBox");
        FxWait.until(() -> refusals.getItems().size() == 1);
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(ctx.roster().counselors()).hasSize(2);
    }

    @Test
    void aColumnMappedByHandIsImported(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        answer = TestSheets.xlsx(dir.resolve("map.xlsx"), "名单", List.of(
                Arrays.asList("姓名", "身份证号", "系部", "岗位类型", "办公电话"),
                Arrays.asList("孙悦", ID_B, "信息工程系", "专职", "0997-1234567")));
        robot.clickOn("#menuFile").clickOn("#menuImport");
        robot.clickOn("#importChooseButton");
        TableView<ImportColumn<RosterField>> mapping = robot.lookup("#importMappingTable").queryTableView();
        FxWait.until(() -> mapping.getItems().size() == 5);
        assertThat(mapping.getItems().get(4).field()).isNull();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<RosterField> box = robot.lookup("#mapping-4").queryAs(
                    javafx.scene.control.ComboBox.class);
            box.getSelectionModel().select(RosterField.PHONE);
        });
        FxWait.until(() -> mapping.getItems().get(4).field() == RosterField.PHONE
                && !robot.lookup("#importPreviewTable").queryTableView().getItems().isEmpty());
        robot.clickOn("#importButton");
        FxWait.until(() -> vm.rows().size() == 3);
        assertThat(ctx.roster().counselors()).filteredOn(c -> c.name().equals("孙悦"))
                .extracting(Counselor::phone).containsExactly("0997-1234567");
    }

    @Test
    void trainingRecordsImportThroughTheDialogByNameAndDepartment(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        answer = TestSheets.xlsx(dir.resolve("台账.xlsx"), "台账", List.of(
                Arrays.asList("所在系部", "姓名", "培训名称", "主办单位", "培训级别", "培训类别", "开始日期", "结束日期", "学时"),
                Arrays.asList("信息工程系", "赵磊", "心理健康教育专题培训", "学工部", "校级", "日常培训",
                        LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), 16),
                Arrays.asList("信息工程系", "孙悦", "心理健康教育专题培训", "学工部", "校级", "日常培训",
                        LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), 16)));
        robot.clickOn("#menuFile").clickOn("#menuImport");
        robot.interact(() -> robot.lookup("#importKindBox").queryComboBox().setValue(ImportKind.TRAINING));
        robot.clickOn("#importChooseButton");
        TableView<Refusal> refusals = robot.lookup("#importRefusalTable").queryTableView();
        FxWait.until(() -> refusals.getItems().size() == 1);
        assertThat(refusals.getItems().get(0).reason()).isEqualTo("花名册上没有名为“孙悦”的辅导员");
        robot.clickOn("#importSkipInvalidBox");
        FxWait.until(() -> !robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#importButton");
        FxWait.until(() -> robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("已导入"));
        var ledger = ctx.training().page(cn.huyang.training.LedgerFilter.year(2026),
                cn.huyang.training.LedgerSort.NEWEST_FIRST, 0, 10).rows();
        assertThat(ledger).extracting(cn.huyang.training.LedgerRow::counselor).containsExactly("赵磊");
    }

    @Test
    void theRosterExportsAsFilteredWithIdNumbersMasked(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        robot.clickOn("#searchField").write("钱");
        FxWait.until(() -> robot.lookup("#rosterTable").queryTableView().getItems().size() == 1);
        answer = dir.resolve("out.xlsx");
        robot.clickOn("#exportRosterButton");
        FxWait.until(() -> Files.exists(answer)
                && robot.lookup("#statusMessage").queryAs(Label.class).getText().startsWith("已导出 1 行"));
        List<List<String>> rows = read(answer);
        assertThat(rows).hasSize(2);
        int name = rows.get(0).indexOf("姓名");
        int id = rows.get(0).indexOf("身份证号");
        assertThat(rows.get(1).get(name)).isEqualTo("钱芳");
        assertThat(rows.get(1).get(id)).contains("********").hasSize(18);
    }

    @Test
    void theLedgerExportsEveryRowItsFilterSelects(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        for (Counselor c : ctx.roster().counselors()) {
            for (int i = 1; i <= 3; i++) {
                ctx.training().save(new cn.huyang.training.TrainingSession(null, "专题培训" + i, "学工部",
                        cn.huyang.training.TrainingLevel.SCHOOL, cn.huyang.training.TrainingCategory.ROUTINE,
                        LocalDate.of(2026, 3, i), LocalDate.of(2026, 3, i), new java.math.BigDecimal("4"), null,
                        null, List.of(new cn.huyang.training.TrainingSession.Attendee(null, c.id(), null, null,
                        null))));
            }
        }
        robot.clickOn("#trainingTab");
        FxWait.until(() -> window.tab(TrainingTab.class).view().ledger().loadedProperty().get());
        robot.clickOn("#trainingCounselorFilter").write("钱芳");
        FxWait.until(() -> robot.lookup("#ledgerTable").queryTableView().getItems().size() == 3);
        answer = dir.resolve("台账.xlsx");
        robot.clickOn("#exportLedgerButton");
        FxWait.until(() -> Files.exists(answer)
                && robot.lookup("#statusMessage").queryAs(Label.class).getText().startsWith("已导出 3 行"));
        List<List<String>> rows = read(answer);
        assertThat(rows).hasSize(4);
        int name = rows.get(0).indexOf("姓名");
        assertThat(rows.subList(1, 4)).allMatch(r -> r.get(name).equals("钱芳"));
    }

    @Test
    void theTemplateDownloadsFromTheDialog(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 2);
        robot.clickOn("#menuFile").clickOn("#menuImport");
        answer = dir.resolve("模板.xlsx");
        robot.clickOn("#importTemplateButton");
        FxWait.until(() -> robot.lookup("#importSummary").queryAs(Label.class).getText().startsWith("已保存导入模板"));
        assertThat(read(answer).get(0)).contains("姓名", "身份证号", "所在系部");
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
