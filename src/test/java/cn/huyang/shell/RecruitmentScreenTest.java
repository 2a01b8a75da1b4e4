package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.RecruitmentTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.recruitment.Drafts;
import cn.huyang.recruitment.Outcome;
import cn.huyang.recruitment.Post;
import cn.huyang.recruitment.RecruitmentViewModel;
import cn.huyang.recruitment.Round;
import cn.huyang.recruitment.RoundSheet;
import cn.huyang.recruitment.Stage;
import cn.huyang.recruitment.TrialResult;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 选聘 tab on screen (headless Monocle), on a real database: a candidate moved through every stage
 * to 聘用 (registered on the roster), an impossible score and a 公示 ending before it starts refused.
 */
@ExtendWith(ApplicationExtension.class)
class RecruitmentScreenTest {
    static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    RecruitmentViewModel vm;
    javafx.stage.Stage primary;

    @Start
    void start(javafx.stage.Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        Round r = ctx.recruitment().saveRound(Drafts.round("辅导员选聘（第一批）"));
        r = ctx.recruitment().notice(r.id(), r.version(), TODAY.minusDays(20), TODAY.minusDays(14));
        Post p = ctx.recruitment().savePost(new Post(null, r.id(), info.id(), PostType.FULL_TIME, 1, 0));
        ctx.recruitment().apply(Drafts.with(Drafts.candidate(r, p, "阿依古丽", LocalDate.of(1993, 4, 5), 3),
                b -> b.appliedOn = TODAY.minusDays(30)));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "recruitmentTab".equals(t.getId()))
                .findFirst().orElseThrow());
        vm = window.tab(RecruitmentTab.class).view().viewModel();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    private Stage stage() {
        return vm.selectedProperty().get().candidate().stage();
    }

    private void next(FxRobot robot, Stage expected) throws TimeoutException {
        robot.clickOn("#advanceButton");
        FxWait.until(() -> vm.selectedProperty().get() != null && stage() == expected
                || !message(robot).isEmpty());
        assertThat(message(robot)).as("moving to " + expected).isEmpty();
        assertThat(stage()).isEqualTo(expected);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#recruitmentMessage").queryAs(Label.class).getText();
    }

    @Test
    void aCandidateGoesThroughEveryStageToTheRosterAndImpossibleValuesAreRefused(FxRobot robot)
            throws TimeoutException {
        FxWait.until(() -> vm.rows().size() == 1);
        TableView<RoundSheet.CandidateRow> table = robot.lookup("#candidateTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        FxWait.until(() -> !vm.checks().isEmpty());
        assertThat(robot.lookup("#candidateDetail").queryAs(Label.class).getText()).startsWith("阿依古丽：报考 信息工程系专职")
                .endsWith("当前：报名与资格审查");
        TableView<?> conditions = robot.lookup("#conditionTable").queryTableView();
        assertThat(conditions.getItems()).hasSize(3);

        next(robot, Stage.WRITTEN);

        // A score above 100 is refused naming the field; nothing is stored, the typing stays.
        robot.doubleClickOn("#writtenField").write("100.5");
        robot.clickOn("#saveScoresButton");
        FxWait.until(() -> !message(robot).isEmpty());
        assertThat(message(robot)).isEqualTo("笔试成绩：应为 0—100 之间的数，最多一位小数");
        assertThat(robot.lookup("#writtenField").queryTextInputControl().getText()).isEqualTo("100.5");
        assertThat(vm.selectedProperty().get().candidate().writtenScore()).isNull();
        robot.interact(() -> vm.writtenProperty().set(""));
        robot.clickOn("#writtenField").write("88");
        robot.clickOn("#saveScoresButton");
        FxWait.until(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().candidate().writtenScore() != null);

        next(robot, Stage.INTERVIEW);
        robot.clickOn("#interviewField").write("91.5");
        robot.clickOn("#saveScoresButton");
        FxWait.until(() -> vm.selectedProperty().get() != null && vm.selectedProperty().get().placing() != null);
        assertThat(vm.selectedProperty().get().placing().total()).isEqualByComparingTo("90.10");
        assertThat(robot.lookup("#candidateDetail").queryAs(Label.class).getText())
                .contains("总成绩 90.10，岗位内第 1 名，在岗位数内");

        next(robot, Stage.NOTICE);
        // A 公示 ending before it starts is refused naming the field; the round keeps its dates.
        robot.interact(() -> {
            vm.noticeStartProperty().set("");
            vm.noticeEndProperty().set("");
        });
        robot.clickOn("#noticeStartField").write("2026-06-10");
        robot.clickOn("#noticeEndField").write("2026-06-01");
        robot.clickOn("#noticeButton");
        FxWait.until(() -> !message(robot).isEmpty());
        assertThat(message(robot)).isEqualTo("公示结束日期：不能早于开始日期 2026-06-10");
        assertThat(ctx.recruitment().round(vm.roundProperty().get().id()).noticeEnd())
                .isEqualTo(TODAY.minusDays(14));

        next(robot, Stage.TRIAL);
        robot.interact(() -> {
            vm.trialStartProperty().set(TODAY.minusDays(10).toString());
            vm.trialEndProperty().set(TODAY.minusDays(1).toString());
            vm.trialResultProperty().set(TrialResult.PASSED);
        });
        robot.clickOn("#saveTrialButton");
        FxWait.until(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().candidate().trialResult() == TrialResult.PASSED);

        int before = ctx.roster().counselors().size();
        next(robot, Stage.HIRED);
        assertThat(vm.selectedProperty().get().candidate().outcome()).isEqualTo(Outcome.HIRED);
        assertThat(ctx.roster().counselors()).hasSize(before + 1);
        Counselor hired = ctx.roster().counselor(vm.selectedProperty().get().candidate().counselorId()).orElseThrow();
        assertThat(hired.name()).isEqualTo("阿依古丽");
        assertThat(hired.entryDate()).isEqualTo(TODAY);

        // Hired: no further step.
        robot.clickOn("#advanceButton");
        FxWait.until(() -> !message(robot).isEmpty());
        assertThat(message(robot)).isEqualTo("环节：该人员已聘用，不能再办理");
        assertThat(ctx.roster().counselors()).hasSize(before + 1);
    }
}
