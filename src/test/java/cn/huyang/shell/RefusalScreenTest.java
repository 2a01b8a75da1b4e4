package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.RosterTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.StaffingRow;
import cn.huyang.testing.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog that refuses a value stays open, says why above its fields and keeps what was typed:
 * 考核方案 (weights summing to 110), 十佳辅导员 (an 11th tick cannot be made), 新增系部 (no code),
 * 名额与标准 (posts not a number), 离职注销 (no reason) — on demo data, in the whole window; an
 * enrolment (在校生数) that is no whole number stays in its cell, refused above the table.
 */
@ExtendWith(ApplicationExtension.class)
class RefusalScreenTest {
    static Path dir;
    static H2Store db;
    static AppContext ctx;
    static final Messages M = Messages.forLanguage("zh");

    FxBackgroundRunner runner;
    MainWindow window;
    Stage primary;

    @BeforeAll
    static void demoData() throws Exception {
        dir = Files.createTempDirectory("huyang-refusal");
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, M, Clock.systemDefaultZone());
        ctx.demo().generate(new DemoDataGenerator.Request(240, 2, 5), false, Progress.NONE);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
        db = null; // the demo data goes with the test: the screen tests share one JVM
        ctx = null;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is no failure of the screens
        }
    }

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        window = new MainWindow(stage, M, runner, new FxDialogService(M, dir.resolve("logs")),
                Settings.load(dir.resolve("settings-" + System.nanoTime() + ".properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
    }

    @AfterEach
    void closeOthers(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
    }

    @Test
    void theSchemeWithWeightsSummingTo110StaysOpenWithTheWeightsMarkedAndKept(FxRobot robot) throws Exception {
        show(robot, "assessmentTab");
        Window d = open(() -> button(robot, "#assessmentScheme").fire());
        TextField office = (TextField) d.getScene().lookup("#weight-OFFICE");
        robot.interact(() -> office.setText(String.valueOf(Integer.parseInt(office.getText()) + 10)));
        String typed = office.getText();
        ok(d, "#dialogOk");
        Label errors = (Label) d.getScene().lookup("#dialogErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).startsWith("四方权重：四方权重之和应为 100，当前为 110");
        assertThat(d.isShowing()).isTrue();
        assertThat(office.getText()).isEqualTo(typed);
        assertThat(office.getTooltip().getText()).contains("当前为 110"); // the field is marked
    }

    @Test
    void theTopTenTakesNoEleventhTickAndChoosesTheFirstTenByRank(FxRobot robot) throws Exception {
        show(robot, "assessmentTab");
        // a confirmed earlier year has its 优秀
        robot.interact(() -> window.tab(cn.huyang.app.AssessmentTab.class).viewModel().yearProperty()
                .set(java.util.Collections.max(ctx.assessment().confirmedYears())));
        settle();
        Window d = open(() -> button(robot, "#assessmentTopTen").fire());
        Set<Node> boxes = d.getScene().getRoot().lookupAll(".check-box");
        assertThat(boxes.size()).as("more 优秀 than the Top Ten holds").isGreaterThan(10);
        robot.interact(() -> button(robot, "#topTenByRank").fire());
        assertThat(boxes.stream().filter(b -> ((CheckBox) b).isSelected()).count()).isEqualTo(10);
        CheckBox eleventh = (CheckBox) d.getScene().lookup("#topTen-11");
        assertThat(eleventh.isSelected()).isFalse();
        assertThat(eleventh.isDisabled()).as("an 11th tick cannot be made").isTrue();
        assertThat(((Label) d.getScene().lookup("#topTenCount")).getText()).startsWith("已选 10 人（最多 10 人）；已满");
    }

    @Test
    void aDepartmentWithoutCodeStaysOpenWithTheNameKept(FxRobot robot) throws Exception {
        show(robot, "rosterTab");
        Window d = open(() -> button(robot, "#addDepartmentButton").fire());
        TextField name = (TextField) d.getScene().lookup("#departmentNameField");
        robot.interact(() -> name.setText("马克思主义学院"));
        ok(d, "#departmentOkButton");
        Label errors = (Label) d.getScene().lookup("#departmentErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).startsWith("系部代码：");
        assertThat(d.isShowing()).isTrue();
        assertThat(name.getText()).isEqualTo("马克思主义学院");
    }

    @Test
    void postsThatAreNoNumberKeepThePlanDialogOpen(FxRobot robot) throws Exception {
        show(robot, "titleTab");
        TabPane inner = robot.lookup("#titleTabs").queryAs(TabPane.class);
        robot.interact(() -> inner.getSelectionModel().select(1));
        settle();
        TableView<?> targets = robot.lookup("#targetsTable").queryAs(TableView.class);
        FxWait.until(() -> !targets.getItems().isEmpty());
        robot.interact(() -> targets.getSelectionModel().select(0));
        Window d = open(() -> button(robot, "#editTargetButton").fire());
        TextField posts = (TextField) d.getScene().lookup("#targetPosts");
        robot.interact(() -> posts.setText("三个"));
        ok(d, "#targetOk");
        Label error = (Label) d.getScene().lookup("#targetError");
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(d.isShowing()).isTrue();
        assertThat(posts.getText()).isEqualTo("三个");
    }

    @Test
    void aDeregistrationWithoutReasonStaysOpenAndSaysItIsSavedAtOnce(FxRobot robot) throws Exception {
        show(robot, "rosterTab");
        var view = window.tab(RosterTab.class).view();
        FxWait.until(() -> !view.table().getItems().isEmpty());
        Window form = open(() -> view.openForm(view.table().getItems().get(0)));
        Window d = open(() -> ((ButtonBase) form.getScene().lookup("#actionDEREGISTER")).fire());
        assertThat(((Label) d.getScene().lookup("#dialogHeading")).getText()).startsWith("离职注销登记：");
        assertThat(((Label) d.getScene().lookup("#eventSavedAtOnce")).getText()).contains("立即保存");
        TextArea reason = (TextArea) d.getScene().lookup("#eventReasonArea");
        ok(d, "#eventOkButton");
        Label error = (Label) d.getScene().lookup("#eventError");
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(error.getText()).startsWith("原因：必填");
        assertThat(d.isShowing()).isTrue();
        assertThat(reason.getText()).isEmpty();
    }

    @Test
    void anEnrolmentThatIsNoWholeNumberStaysInItsCellRefusedAndNothingIsStored(FxRobot robot) throws Exception {
        show(robot, "rosterTab");
        TableView<StaffingRow> ratio = robot.lookup("#ratioTable").queryTableView();
        FxWait.until(() -> ratio.getItems().size() > 1);
        int year = window.tab(RosterTab.class).view().staffing().year();
        var stored = ctx.roster().enrolment(year);
        TableColumn<StaffingRow, ?> students = ratio.getColumns().stream()
                .filter(c -> "studentsColumn".equals(c.getId())).findFirst().orElseThrow();
        Label errors = robot.lookup("#ratioErrors").queryAs(Label.class);
        Set<Window> before = new HashSet<>(Window.getWindows());
        String[][] cases = {{"abc", "在校生数：请输入不小于 0 的整数"}, {"-5", "在校生数：不能为负数"}};
        for (String[] typedAndSaid : cases) {
            robot.interact(() -> ratio.edit(0, students));
            TextField editor = robot.lookup("#studentsEditor").queryAs(TextField.class);
            robot.interact(editor::clear);
            robot.clickOn(editor).write(typedAndSaid[0]).type(javafx.scene.input.KeyCode.ENTER);
            settle();
            assertThat(errors.getText()).isEqualTo(typedAndSaid[1]);
            assertThat(errors.isVisible()).isTrue();
            assertThat(editor.getText()).as("what was typed stays").isEqualTo(typedAndSaid[0]);
            assertThat(ratio.getEditingCell()).as("the cell stays open").isNotNull();
            assertThat(editor.getTooltip().getText()).isEqualTo(typedAndSaid[1]);
            assertThat(Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)))
                    .as("no pop-up").isEmpty();
        }
        assertThat(ctx.roster().enrolment(year)).isEqualTo(stored);
        robot.type(javafx.scene.input.KeyCode.ESCAPE); // puts back the stored number, the refusal goes
        settle();
        assertThat(ratio.getEditingCell()).isNull();
        assertThat(errors.getText()).isEmpty();
        assertThat(ctx.roster().enrolment(year)).isEqualTo(stored);

        robot.interact(() -> ratio.edit(0, students)); // a whole number is stored
        TextField editor = robot.lookup("#studentsEditor").queryAs(TextField.class);
        robot.interact(editor::clear);
        robot.clickOn(editor).write("900").type(javafx.scene.input.KeyCode.ENTER);
        settle();
        FxWait.until(() -> ratio.getItems().get(0).students() == 900);
        assertThat(ctx.roster().enrolment(year)).containsEntry(ratio.getItems().get(0).departmentId(), 900);
        assertThat(errors.getText()).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private void show(FxRobot robot, String tabId) throws TimeoutException {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
        settle();
    }

    private Window open(Runnable action) throws TimeoutException {
        Set<Window> before = new HashSet<>(Window.getWindows());
        Platform.runLater(action);
        FxWait.until(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && !before.contains(w)));
        settle();
        return Window.getWindows().stream().filter(w -> w.isShowing() && !before.contains(w)).findFirst()
                .orElseThrow();
    }

    /** Presses the dialog's OK as a click would, and lets the work it starts run. */
    private void ok(Window d, String id) throws TimeoutException {
        Platform.runLater(() -> ((ButtonBase) d.getScene().lookup(id)).fire());
        settle();
    }

    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ButtonBase button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ButtonBase.class);
    }
}
