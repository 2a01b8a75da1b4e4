package cn.huyang.shell;

import cn.huyang.app.TitleTab;
import cn.huyang.testing.FxWait;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.roster.TitleRank;
import cn.huyang.title.ApplicationRow;
import cn.huyang.title.Criterion;
import cn.huyang.title.CriterionCheck;
import cn.huyang.title.TitleReviewViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The title tab on screen (headless Monocle), on a real database: apply, see each criterion ✓/✗, score. */
@ExtendWith(ApplicationExtension.class)
class TitleScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    TitleReviewViewModel vm;
    Stage primary;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21)
                .withTitle(TitleRank.ASSISTANT, LocalDate.of(2020, 1, 1)), LocalDate.of(2018, 9, 1));
        ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.FULL_TIME, 22), LocalDate.of(2021, 9, 1));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
        window.showTab("titleTab");
        vm = window.tab(TitleTab.class).view().review();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void applyThenSeeEachCriterionMetOrNotWithTheShortfallAndScore(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> vm.reviewProperty().get() != null);
        robot.clickOn("#applyButton");
        FxWait.until(() -> robot.lookup("#applySearch").tryQuery().isPresent());
        robot.clickOn("#applySearch").write("赵磊");
        ListView<?> matches = robot.lookup("#applyMatches").queryListView();
        FxWait.until(() -> matches.getItems().size() == 1);
        robot.interact(() -> matches.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ComboBox<cn.huyang.title.Target> target = robot.lookup("#applyTarget").queryAs(ComboBox.class);
        robot.interact(() -> target.getSelectionModel().select(target.getItems().stream()
                .filter(t -> t.target().equals("LECTURER")).findFirst().orElseThrow()));
        robot.clickOn("#applyOk");
        FxWait.until(() -> vm.rows().size() == 1);

        TableView<ApplicationRow> table = robot.lookup("#applicationTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        FxWait.until(() -> !vm.checks().isEmpty());
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText())
                .isEqualTo("赵磊（信息工程系）：助教（2020-01-01） → 讲师");
        assertThat(robot.lookup("#detailSummary").queryAs(Label.class).getText())
                .isEqualTo("✗ 2 项条件不符合（见下表“差距”）");
        TableView<CriterionCheck> criteria = robot.lookup("#criteriaTable").queryTableView();
        assertThat(criteria.getItems()).filteredOn(c -> c.criterion() == Criterion.CURRENT_POSITION)
                .singleElement().satisfies(c -> assertThat(c.met()).isTrue());
        assertThat(criteria.getItems()).filteredOn(c -> c.criterion() == Criterion.TRAINING).singleElement()
                .satisfies(c -> {
                    assertThat(c.met()).isFalse();
                    assertThat(c.shortfall()).contains("差 16 学时");
                });
        assertThat(robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> cell && "✗".equals(cell.getText()))
                .count()).isEqualTo(2);

        // Applying twice on the same line is refused in the dialog, which stays open with the reason.
        robot.clickOn("#applyButton");
        FxWait.until(() -> robot.lookup("#applySearch").tryQuery().isPresent());
        robot.clickOn("#applySearch").write("赵磊");
        ListView<?> again = robot.lookup("#applyMatches").queryListView();
        FxWait.until(() -> again.getItems().size() == 1);
        robot.clickOn("#applyOk");
        FxWait.until(() -> !robot.lookup("#applyError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#applyError").queryAs(Label.class).getText())
                .isEqualTo("申报人：赵磊 在 " + LocalDate.now().getYear()
                        + " 年度已申报专业技术职务（职称），每条线每年只能申报一次");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));

        // The panel's scores: an unreadable one is refused naming the field; then saved, weighted 70/30.
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.doubleClickOn("#scoreWorkField").write("八十");
        robot.doubleClickOn("#scoreResearchField").write("80");
        robot.clickOn("#saveReviewButton");
        FxWait.until(() -> !vm.messageProperty().get().isEmpty());
        assertThat(robot.lookup("#titleMessage").queryAs(Label.class).getText())
                .isEqualTo("工作实绩得分：请输入数字，如 16 或 12.5");
        robot.interact(() -> vm.workProperty().set("88"));
        robot.clickOn("#saveReviewButton");
        FxWait.until(() -> vm.rows().get(0).total() != null);
        assertThat(vm.rows().get(0).total()).isEqualByComparingTo("85.60");
        assertThat(robot.lookup("#scoreResearchField").queryTextInputControl().getText()).isEqualTo("80");

        // Decided, confirmed and unlocked again: the header keeps the reason.
        robot.interact(() -> {
            vm.verdictProperty().set(cn.huyang.title.Verdict.FAILED);
            vm.save();
        });
        FxWait.until(() -> vm.rows().get(0).application().verdict() != null);
        robot.interact(() -> vm.confirm(LocalDate.now(), refusal -> { }));
        FxWait.until(() -> vm.lockedProperty().get());
        assertThat(robot.lookup("#applyButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> vm.unlock("结果录入有误", refusal -> { }));
        FxWait.until(() -> !vm.lockedProperty().get());
        assertThat(robot.lookup("#titleHeader").queryAs(Label.class).getText())
                .endsWith(" · 曾解锁 1 次，最近一次原因：结果录入有误");
    }

}
