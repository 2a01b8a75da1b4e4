package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.AssessmentTab;
import cn.huyang.assessment.AssessmentViewModel;
import cn.huyang.cli.CliRunner;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.shell.FxDialogService;
import cn.huyang.shell.MainWindow;
import cn.huyang.shell.Settings;
import cn.huyang.title.TitleFormActions;
import cn.huyang.title.TitleForms;
import cn.huyang.title.TitleFormsFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 打印全部 in the window, through JavaFX printing to a real printer: CUPS with the cups-pdf driver,
 * which writes each job it receives to a PDF. Three appraisal forms (信息工程系, 2024) go out from
 * the assessment tab, one recommendation sheet from the title actions; each printed page, rendered to
 * an image, must match the same page of {@code forms --out} / {@code title-forms --out} — the printed
 * page and the PDF page come from one layout through two renderers.
 */
@PrintStack.Needed
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PrintedFormsScreenTest {
    private static final Pattern SENT = Pattern.compile("已发送 (\\d+) 份，共 (\\d+) 页，到打印机 (\\S+)");
    @TempDir
    static Path dir;
    static Path data;
    static long sheetApplication;

    H2Store db;
    AppContext ctx;
    MainWindow window;
    Settings settings;
    FxBackgroundRunner runner;
    FxDialogService dialogs;
    Stage primary;
    final List<String> said = new CopyOnWriteArrayList<>();

    /** The data, then the PDFs the commands write from it (before the window holds the data folder). */
    @BeforeAll
    static void data() {
        data = dir.resolve("data");
        try (TitleFormsFixture f = new TitleFormsFixture(data)) {
            f.populate();
            sheetApplication = f.applications().get(1).id();
        }
        CliRunner.Result forms = CliRunner.run("--data-dir", data.toString(), "forms", "--year", "2024", "--department",
                "JSJ", "--out", dir.resolve("forms").toString(), "--single-file");
        assertThat(forms.exitCode()).as(forms.err()).isZero();
        CliRunner.Result sheets = CliRunner.run("--data-dir", data.toString(), "title-forms", "--year", "2025", "--out",
                dir.resolve("sheets").toString());
        assertThat(sheets.exitCode()).as(sheets.err()).isZero();
    }

    @Start
    void start(Stage stage) {
        Messages m = Messages.forLanguage("zh");
        db = cn.huyang.cli.TestFolders.open(data);
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        settings = Settings.load(dir.resolve("settings.properties"));
        dialogs = new FxDialogService(m, dir) {
            @Override
            public void error(String message) {
                said.add(message);
            }

            @Override
            public void info(String message) {
                said.add(message);
            }
        };
        runner = new FxBackgroundRunner();
        window = new MainWindow(stage, m, runner, dialogs, settings);
        window.attach(ctx);
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "assessmentTab".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        runner.close();
        db.close();
    }

    @Test
    void threeAppraisalFormsFromTheAssessmentTabPrintAsTheirPdf(FxRobot robot) throws Exception {
        AssessmentViewModel vm = window.tab(AssessmentTab.class).viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.departments().isEmpty());
        robot.interact(() -> vm.yearProperty().set(2024));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 6);
        robot.interact(() -> vm.departmentProperty().set(vm.departments().stream()
                .filter(d -> d.code().equals("JSJ")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.shownRows().size() == 3);

        Jobs jobs = Jobs.now();
        robot.clickOn("#assessmentForms");
        robot.clickOn("#scope-DEPARTMENT");
        robot.clickOn("#formsPrintAll");
        String info = choosePrinterAndPrint(robot);
        assertThat(info).contains("3 份");

        Matcher sent = waitForSummary();
        assertThat(sent.group(1)).isEqualTo("3");
        assertThat(settings.get(PrintFlow.PRINTER_KEY)).contains(PrintStack.PRINTER);
        Path printed = PrintStack.printed(jobs.theNewOne());
        PrintedPages.assertAgree(printed, dir.resolve("forms").resolve("2024年度考核登记表-JSJ.pdf"),
                Integer.parseInt(sent.group(2)), "appraisal-forms");
    }

    @Test
    void oneRecommendationSheetPrintsAsItsPdfOnThePrinterUsedLast(FxRobot robot) throws Exception {
        settings.put(PrintFlow.PRINTER_KEY, PrintStack.PRINTER);
        TitleFormActions actions = new TitleFormActions(new TitleForms(ctx.titles(), ctx.assessment()::confirmedGrades),
                runner, dialogs, () -> primary, settings);
        Jobs jobs = Jobs.now();
        robot.interact(() -> actions.printAllSheets(TitleFormsFixture.YEAR, sheetApplication));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#printAllOk").tryQuery().isPresent());
        ComboBox<String> printer = robot.lookup("#printAllPrinter").queryComboBox();
        assertThat(printer.getValue()).as("the printer used last, preselected").isEqualTo(PrintStack.PRINTER);
        String info = choosePrinterAndPrint(robot);
        assertThat(info).contains("1 份");

        Matcher sent = waitForSummary();
        assertThat(sent.group(1)).isEqualTo("1");
        Path printed = PrintStack.printed(jobs.theNewOne());
        PrintedPages.assertAgree(printed, dir.resolve("sheets").resolve("2025-信息工程系-张伟-副教授.pdf"),
                Integer.parseInt(sent.group(2)), "recommendation-sheet");
    }

    @Test
    void cancelledBetweenPagesNothingReachesThePrinter(FxRobot robot) throws Exception {
        AssessmentViewModel vm = window.tab(AssessmentTab.class).viewModel();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.departments().isEmpty());
        robot.interact(() -> vm.yearProperty().set(2024));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.rows().size() == 6);
        Jobs jobs = Jobs.now();
        // 取消 as soon as the first page has gone to JavaFX: a click would come too late, warm JavaFX
        // prints twelve pages in a few hundred milliseconds. The listener runs on the JavaFX thread,
        // which each next page needs too, so the job stops within a page or two.
        javafx.scene.control.Button cancel = robot.lookup("#statusCancel").queryButton();
        robot.interact(() -> runner.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && cancel.isVisible() && !cancel.isDisabled()) {
                cancel.fire();
            }
        }));
        robot.clickOn("#assessmentForms");
        robot.clickOn("#scope-YEAR");
        robot.clickOn("#formsPrintAll");
        choosePrinterAndPrint(robot);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !said.isEmpty());
        assertThat(said).containsExactly("已取消打印，这次打印没有送到打印机。");
        Thread.sleep(2000);
        assertThat(jobs.added()).as("jobs that reached the printer's queue").isEmpty();
    }

    /** In the 打印全部 dialog: the cups-pdf printer, then 打印; returns what the dialog said it would print. */
    private String choosePrinterAndPrint(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#printAllOk").tryQuery().isPresent());
        ComboBox<String> printer = robot.lookup("#printAllPrinter").queryComboBox();
        robot.interact(() -> printer.setValue(PrintStack.PRINTER));
        String info = robot.lookup("#printAllInfo").queryAs(Label.class).getText();
        robot.clickOn("#printAllOk");
        return info;
    }

    private Matcher waitForSummary() throws Exception {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !said.isEmpty());
        Matcher sent = SENT.matcher(said.get(0));
        assertThat(sent.find()).as(said.get(0)).isTrue();
        assertThat(sent.group(3)).isEqualTo(PrintStack.PRINTER);
        return sent;
    }
}
