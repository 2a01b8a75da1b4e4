package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.FindingsTab;
import cn.huyang.app.OverviewTab;
import cn.huyang.app.TrainingTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.overview.Bar;
import cn.huyang.overview.Figures;
import cn.huyang.testing.FxWait;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.ComplianceViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 概览 on screen (headless): the first tab, its charts, and a click on a bar opening the filtered list. */
@ExtendWith(ApplicationExtension.class)
class OverviewScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 12, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    MainWindow window;
    Stage primary;
    AppContext ctx;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        ctx.demo().generate(new DemoDataGenerator.Request(150, 5, 3), false, Progress.NONE);
        window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        stage.setWidth(1366);
        stage.setHeight(768);
        window.attach(ctx);
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Figures figures() {
        return window.tab(OverviewTab.class).viewModel().figuresProperty().get();
    }

    @Test
    void theFirstTabShowsEveryFigureAndABarOpensTheShortList(FxRobot robot) throws TimeoutException {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(0).getId()).isEqualTo("overviewTab");
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        FxWait.until(() -> figures() != null);
        Figures f = figures();
        // the findings card is counted after the rest and fills in by itself
        var dashboard = window.tab(OverviewTab.class).viewModel();
        FxWait.until(() -> dashboard.findingsProperty().get() != null);
        cn.huyang.overview.FindingFigures counted = dashboard.findingsProperty().get();
        assertThat(counted.byClause()).isNotEmpty();
        assertThat(robot.lookup("#findingsCard").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList())
                .contains(Messages.forLanguage("zh").get("overview.note.findings", counted.open().size()));

        BarChart<String, Number> staffing = robot.lookup("#staffingChart").query();
        assertThat(staffing.getData()).hasSize(3);
        assertThat(staffing.getData().get(0).getData()).hasSize(f.staffing().size()).isNotEmpty();
        for (String id : new String[] {"#ageChart", "#educationChart", "#titleChart", "#flowChart", "#trainingChart",
                "#gradeChart", "#titlesChart", "#findingsChart"}) {
            BarChart<String, Number> chart = robot.lookup(id).query();
            assertThat(chart.getData()).as(id).isNotEmpty();
        }
        BarChart<String, Number> flows = robot.lookup("#flowChart").query();
        assertThat(flows.getData().get(0).getData()).hasSize(5);
        for (String id : new String[] {"#genderChart", "#ethnicityChart", "#politicalChart"}) {
            PieChart pie = robot.lookup(id).query();
            assertThat(pie.getData()).as(id).isNotEmpty();
        }

        // a department's bar of the training figure opens its counselors falling short
        Bar worst = f.training().shortByDepartment().stream().filter(b -> b.count() > 0)
                .max(java.util.Comparator.comparingDouble(Bar::value)).orElseThrow();
        BarChart<String, Number> training = robot.lookup("#trainingChart").query();
        XYChart.Data<String, Number> bar = training.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals(worst.label())).findFirst().orElseThrow();
        Node node = bar.getNode();
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#overviewScroll").query()).setVvalue(0));
        robot.clickOn(node);
        FxWait.until(() -> "trainingTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        ComplianceViewModel compliance = window.tab(TrainingTab.class).view().compliance();
        FxWait.until(() -> !compliance.shownRows().isEmpty());
        assertThat(compliance.departmentProperty().get()).isEqualTo(worst.label());
        assertThat(compliance.onlyShortProperty().get()).isTrue();
        assertThat(compliance.shownRows()).hasSize(worst.count())
                .allMatch(r -> r.department().equals(worst.label()) && r.shortOfAnything());
        assertThat(compliance.shownRows()).extracting(ComplianceRow::year).containsOnly(2026);

        // back to 概览: a clause's bar opens its open findings
        robot.interact(() -> tabs.getSelectionModel().select(0));
        Bar clause = counted.byClause().get(0);
        BarChart<String, Number> findings = robot.lookup("#findingsChart").query();
        Node clauseBar = findings.getData().get(0).getData().get(0).getNode();
        robot.interact(() -> clauseBar.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
        FxWait.until(() -> "findingsTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        var findingsVm = window.tab(FindingsTab.class).view().viewModel();
        assertThat(findingsVm.clauseProperty().get()).isEqualTo(clause.code());
        assertThat(findingsVm.yearProperty().get()).isEqualTo(2026);
    }

    @Test
    void aChangeWhileTheOverviewIsHiddenHasItsFindingsCountedAhead(FxRobot robot) throws TimeoutException {
        var dashboard = window.tab(OverviewTab.class).viewModel();
        FxWait.until(() -> dashboard.findingsProperty().get() != null);
        int year = dashboard.yearProperty().get();
        assertThat(ctx.findings().isCounted(year)).isTrue();
        robot.interact(() -> window.showTab("rosterTab"));
        var c = ctx.roster().counselors().get(0);
        ctx.roster().update(c.withPhone("13912345678"));
        assertThat(ctx.findings().isCounted(year)).isFalse(); // the data moved on
        robot.interact(window::reload); // what a tab's save asks of the others (F5 here)
        FxWait.until(() -> ctx.findings().isCounted(year)); // counted in the background, 概览 still hidden
        assertThat(robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("rosterTab");
    }
}
