package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.FindingsTab;
import cn.huyang.assessment.Entry;
import cn.huyang.assessment.Party;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.findings.DecisionKind;
import cn.huyang.findings.FindingStatus;
import cn.huyang.findings.FindingsViewModel;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/** 合规提示 on screen (headless): a two-years-不合格 finding of 2025 decided in 2026, a refusal first. */
@ExtendWith(ApplicationExtension.class)
class FindingsScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    FindingsViewModel vm;
    Stage primary;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        List<Counselor> people = List.of(
                ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21), LocalDate.of(2020, 9, 1)),
                ctx.roster().register(TestData.counselor("钱芳", info.id(), PostType.FULL_TIME, 22), LocalDate.of(2021, 9, 1)));
        for (int year : new int[] {2024, 2025}) {
            List<Entry> es = new ArrayList<>();
            for (Counselor c : people) {
                Map<Party, BigDecimal> s = new EnumMap<>(Party.class);
                for (Party p : Party.values()) {
                    s.put(p, new BigDecimal(c == people.get(0) ? "50" : "85"));
                }
                es.add(new Entry(year, c.id(), s, null, null, null, null, null, null));
            }
            ctx.assessment().saveEntries(year, es);
            ctx.assessment().confirm(year);
        }
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        vm = window.tab(FindingsTab.class).view().viewModel();
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "findingsTab".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    private TrackedFinding twoYears() {
        return vm.shown().stream().filter(t -> t.finding().code().equals("TWO_YEARS_INCOMPETENT")).findFirst()
                .orElse(null);
    }

    @Test
    void decideACarriedFindingAfterARefusalThatKeepsTheInput(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> twoYears() != null);
        // the filters stay at 全部 when the year's clauses and departments arrive
        assertThat(vm.clauseProperty().get()).isNull();
        assertThat(vm.departmentProperty().get()).isNull();
        assertThat(robot.lookup("#findingsClause").queryComboBox().getItems()).startsWith((Object) null)
                .contains("三(四)3");
        TableView<TrackedFinding> table = robot.lookup("#findingsTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(twoYears()));
        // the clause's sentence from the seed
        String clause = robot.lookup("#clauseText").queryAs(TextArea.class).getText();
        assertThat(clause).startsWith("实施细则 三(四)3：").contains("连续两年年度考核不合格的，可以解除聘用合同");
        // a clause link shows its own clause, whichever row its cell showed before (cells are reused)
        javafx.scene.control.Hyperlink other = robot.lookup(".clause-link").queryAllAs(javafx.scene.control.Hyperlink.class)
                .stream().filter(l -> l.isVisible() && !l.getText().equals("三(四)3")).findFirst().orElseThrow();
        String otherClause = other.getText();
        robot.interact(other::fire);
        assertThat(robot.lookup("#clauseText").queryAs(TextArea.class).getText()).startsWith("实施细则 " + otherClause + "：");
        robot.interact(() -> table.getSelectionModel().select(twoYears()));

        robot.clickOn("#decideButton");
        ComboBox<DecisionKind> kind = robot.lookup("#decisionKind").queryComboBox();
        assertThat(kind.getItems()).containsExactly(DecisionKind.CONTRACT_ENDED, DecisionKind.CONTRACT_RENEWED);
        robot.interact(() -> kind.setValue(DecisionKind.CONTRACT_RENEWED));
        robot.clickOn("#decisionBy").write("学工部 李老师");
        robot.clickOn("#decisionDocument").write("学工〔2026〕7号");
        robot.clickOn("#decisionOkButton");
        FxWait.until(() -> !robot.lookup("#decisionError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#decisionError").queryAs(Label.class).getText()).contains("说明（理由）：必填");
        assertThat(robot.lookup("#decisionBy").queryAs(TextField.class).getText()).isEqualTo("学工部 李老师");

        robot.clickOn("#decisionNote").write("已调整工作方式，续签一年");
        robot.clickOn("#decisionOkButton");
        FxWait.until(() -> robot.lookup("#decisionOkButton").tryQuery().isEmpty());
        // 2026 no longer carries it; 2025 with 全部 shows it decided, with the decision
        FxWait.until(() -> twoYears() == null);
        robot.interact(() -> {
            vm.statusProperty().set(null);
            vm.yearProperty().set(2025);
        });
        FxWait.until(() -> twoYears() != null);
        assertThat(twoYears().status()).isEqualTo(FindingStatus.DECIDED);
        assertThat(twoYears().decision().decision().note()).isEqualTo("已调整工作方式，续签一年");
        assertThat(ctx.findings().history(twoYears().key())).hasSize(1);
    }
}
