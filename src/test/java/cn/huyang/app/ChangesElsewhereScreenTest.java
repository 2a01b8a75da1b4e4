package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.findings.TrackedFinding;
import cn.huyang.shell.FxDialogService;
import cn.huyang.shell.MainWindow;
import cn.huyang.shell.Settings;
import cn.huyang.testing.FxWait;
import cn.huyang.title.ApplicationRow;
import cn.huyang.title.Track;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window of client B follows A's changes on the tabs that were not hooked before: the title
 * review shows A's new application with the selected row kept, and the 合规提示 list loads again;
 * the status bar says the data was refreshed (headless Monocle, a real database).
 */
@ExtendWith(ApplicationExtension.class)
class ChangesElsewhereScreenTest {
    @TempDir
    Path dir;
    TwoClients two;
    MainWindow window;
    final FxBackgroundRunner runner = new FxBackgroundRunner();

    @Start
    void start(Stage stage) {
        two = new TwoClients(dir.resolve("data"));
        window = new MainWindow(stage, TwoClients.ZH, runner,
                new FxDialogService(TwoClients.ZH, dir.resolve("logs")), Settings.load(dir.resolve("s.properties")));
        window.attach(two.b);
        stage.show();
    }

    @AfterEach
    void close() {
        two.b.changes().close();
        two.close();
    }

    private void show(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTitleReviewShowsAnotherPcsApplicationKeepingTheSelection(FxRobot robot) throws Exception {
        two.a.titles().apply(2026, two.zhao.id(), Track.TITLE, "ASSOCIATE_PROFESSOR", LocalDate.of(2026, 5, 1));
        show(robot, "titleTab");
        @SuppressWarnings("unchecked")
        TableView<ApplicationRow> review = robot.lookup("#applicationTable").queryAs(TableView.class);
        FxWait.until(() -> review.getItems().size() == 1);
        robot.interact(() -> review.getSelectionModel().select(0));
        long selected = review.getSelectionModel().getSelectedItem().application().id();

        two.a.titles().apply(2026, two.qian.id(), Track.TITLE, "ASSOCIATE_PROFESSOR", LocalDate.of(2026, 5, 2));
        two.b.changes().poll();

        FxWait.until(() -> review.getItems().size() == 2);
        FxWait.until(() -> review.getSelectionModel().getSelectedItem() != null
                && review.getSelectionModel().getSelectedItem().application().id() == selected);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("已刷新");
    }

    @Test
    void theFindingsListLoadsAgainWhenAnotherPcChangesData(FxRobot robot) throws Exception {
        show(robot, "findingsTab");
        TableView<TrackedFinding> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        AtomicInteger loads = new AtomicInteger();
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> findings.getItems().addListener((ListChangeListener<TrackedFinding>) c -> loads.incrementAndGet()));
        findings.itemsProperty().addListener((o, a, b) -> loads.incrementAndGet());

        two.b.changes().poll();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loads).as("nothing changed, nothing loaded").hasValue(0);

        two.a.roster().leave(two.qian.id(), TwoClients.TODAY, "进修");
        two.b.changes().poll();
        FxWait.until(() -> loads.get() > 0);
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).contains("已刷新");
    }
}
