package cn.huyang.shell;

import cn.huyang.app.AssessmentTab;
import cn.huyang.testing.FxWait;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.assessment.AssessmentViewModel;
import cn.huyang.assessment.Grade;
import cn.huyang.assessment.GridRow;
import cn.huyang.assessment.Party;
import cn.huyang.assessment.Scheme;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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

/** The assessment tab on screen (headless Monocle): scores typed from the keyboard, on a real database. */
@ExtendWith(ApplicationExtension.class)
class AssessmentScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    AssessmentViewModel vm;
    Stage primary;
    int year;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        year = LocalDate.now().getYear();
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21), LocalDate.of(2020, 9, 1));
        ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.FULL_TIME, 22), LocalDate.of(2021, 9, 1));
        Scheme d = Scheme.defaults(year);
        ctx.assessment().saveScheme(new Scheme(year, d.weights(), d.bonusCap(), d.excellentFrom(), d.competentFrom(),
                d.basicFrom(), new BigDecimal("100"), d.vetoItems(), d.state(), false));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        vm = window.tab(AssessmentTab.class).viewModel();
        primary = stage;
        stage.show();
        window.showTab("assessmentTab");
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    private TableView<GridRow> table(FxRobot robot) {
        return robot.lookup("#assessmentTable").queryTableView();
    }

    /** Selects a score cell of a row, as a click would, so that typing starts editing it. */
    private void select(FxRobot robot, int row, String columnId) {
        TableView<GridRow> table = table(robot);
        robot.interact(() -> {
            TableColumn<GridRow, ?> col = table.getColumns().stream().filter(c -> columnId.equals(c.getId()))
                    .findFirst().orElseThrow();
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, col);
            table.getFocusModel().focus(row, col);
        });
    }

    private String cell(FxRobot robot, int row, String columnId) {
        return robot.lookup("#" + columnId).queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == row)
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .findFirst().orElse(null);
    }

    @Test
    void typeScoresIntoTheGridAndSeeTotalAndGrade(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 2);
        select(robot, 0, "edit-OFFICE");
        robot.write("95").push(KeyCode.TAB);
        robot.write("90").push(KeyCode.TAB);
        robot.write("92").push(KeyCode.TAB);
        robot.write("88").push(KeyCode.ENTER);
        // 0.3 × 95 + 0.3 × 90 + 0.3 × 92 + 0.1 × 88 = 91.90
        FxWait.until(() -> vm.rows().get(0).resultProperty().get().total() != null);
        GridRow zhao = vm.rows().get(0);
        assertThat(zhao.name()).isEqualTo("赵磊");
        assertThat(zhao.resultProperty().get().total()).isEqualByComparingTo("91.90");
        assertThat(zhao.resultProperty().get().grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(cell(robot, 0, "col-total")).isEqualTo("91.90");
        assertThat(cell(robot, 0, "col-grade")).isEqualTo("优秀");
        assertThat(cell(robot, 0, "col-rank")).isEqualTo("1");

        robot.clickOn("#assessmentSave");
        FxWait.until(() -> ctx.assessment().sheet(year).rows().get(0).entry().complete());
        assertThat(ctx.assessment().sheet(year).rows().get(0).entry().score(Party.STUDENTS))
                .isEqualByComparingTo("92");
    }

    @Test
    void anOutOfRangeScoreIsRefusedWithTheCellNamedAndKept(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 2);
        select(robot, 0, "edit-STUDENTS");
        robot.write("101").push(KeyCode.TAB);
        FxWait.until(() -> !robot.lookup("#assessmentErrors").queryAs(Label.class).getText().isEmpty());
        String errors = robot.lookup("#assessmentErrors").queryAs(Label.class).getText();
        assertThat(errors).isEqualTo("赵磊 · 学生测评：应在 0 到 100 之间，最多两位小数");
        assertThat(vm.rows().get(0).score(Party.STUDENTS).get()).isEqualTo("101");
        assertThat(cell(robot, 0, "edit-STUDENTS")).isEqualTo("101");

        robot.interact(vm::save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#assessmentErrors").queryAs(Label.class).getText()).startsWith("有数值不正确的单元格，未保存")
                .contains("赵磊 · 学生测评");
        assertThat(vm.rows().get(0).score(Party.STUDENTS).get()).isEqualTo("101");
        assertThat(ctx.assessment().sheet(year).rows().get(0).entry().scores()).isEmpty();
    }

}
