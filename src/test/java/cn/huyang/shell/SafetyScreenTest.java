package cn.huyang.shell;

import cn.huyang.app.RosterTab;
import cn.huyang.testing.FxWait;
import cn.huyang.common.ui.DialogService;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.db.StagedRestore;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.roster.RosterViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Label;
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

/** The window after an uncaught error and after a restore (headless Monocle, real H2). */
@ExtendWith(ApplicationExtension.class)
class SafetyScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    MainWindow window;
    RosterViewModel vm;
    Stage primary;
    Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir.resolve("data")));
        Messages m = Messages.forLanguage("zh");
        AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
        ctx.demo().generate(new DemoDataGenerator.Request(12, 2, 3), false, Progress.NONE);
        DialogService dialogs = new FxDialogService(m, dir);
        window = new MainWindow(stage, m, new FxBackgroundRunner(), dialogs, Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        window.showTab("rosterTab"); // 概览 is the first tab
        vm = window.tab(RosterTab.class).viewModel();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        new UncaughtErrors(dir.resolve("logs").resolve("huyang.log"),
                log -> dialogs.error(m.get("dialog.uncaught", log))).install();
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void anUncaughtErrorShowsOnePlainDialogWithTheLogAndTheWindowKeepsWorking(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 12);
        AtomicInteger handled = new AtomicInteger();
        Platform.runLater(() -> {
            handled.incrementAndGet();
            throw new IllegalStateException("boom 1");
        });
        Platform.runLater(() -> {
            handled.incrementAndGet();
            throw new IllegalStateException("boom 2"); // while the first dialog is up: only logged
        });
        FxWait.until(() -> !robot.lookup("#dialogMessage").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dialogMessage").queryAll()).hasSize(1);
        String text = robot.lookup("#dialogMessage").queryAs(Label.class).getText();
        assertThat(text).contains("意外错误").contains(dir.resolve("logs").resolve("huyang.log").toString())
                .doesNotContain("IllegalStateException");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        // the program goes on: the JavaFX thread still runs events and the roster still loads
        window.reload();
        FxWait.until(() -> vm.rows().size() == 12 && primary.isShowing());
        assertThat(handled.get()).isEqualTo(2);
    }

    @Test
    void afterARestoreTheWindowShowsTheRestoredData(FxRobot robot) throws Exception {
        FxWait.until(() -> vm.rows().size() == 12);
        Path file = dir.resolve("other.zip");
        try (H2Store other = H2Store.open(new DataFolder(dir.resolve("other")))) {
            new AppContext(other, Messages.forLanguage("zh"), Clock.systemDefaultZone()).demo()
                    .generate(new DemoDataGenerator.Request(30, 2, 9), false, Progress.NONE);
            other.backups().backupTo(file);
        }
        try (StagedRestore staged = db.backups().prepareRestore(file)) {
            db.backups().restore(staged);
        }
        robot.interact(window::reload);
        FxWait.until(() -> vm.rows().size() == 30);
    }

}
