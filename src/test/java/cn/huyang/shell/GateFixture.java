package cn.huyang.shell;

import cn.huyang.app.AppContext;
import cn.huyang.app.Opening;
import cn.huyang.app.PlainGate;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.testing.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the screen tests of the gate share: a fresh data folder with a real H2 store opened through
 * {@link PlainGate}, a clock the test moves on, the window, and ways to wait for a window.
 */
final class GateFixture implements AutoCloseable {
    static final Messages M = Messages.forLanguage("zh");
    static final char[] ADMIN_PASSWORD = "Huyang-2024!".toCharArray();

    final Path dir;
    final H2Store db;
    final MovableClock clock = new MovableClock();
    final PlainGate gate;
    final Settings settings;
    final FxBackgroundRunner runner = new FxBackgroundRunner();

    GateFixture() throws Exception {
        dir = Files.createTempDirectory("huyang-gate");
        db = H2Store.open(new DataFolder(dir));
        gate = new PlainGate(db, clock);
        settings = Settings.load(dir.resolve("settings.properties"));
    }

    /** The window on {@code stage}, not yet attached. */
    MainWindow window(Stage stage) {
        return new MainWindow(stage, M, runner, new FxDialogService(M, dir.resolve("logs")), settings);
    }

    /** The first administrator, logged in: the window attached and signed in, the lock ticked by the test. */
    AppContext adminWindow(MainWindow window, IdleLock.Ticker ticker) {
        Opening o = gate.create("admin", "王老师", ADMIN_PASSWORD.clone());
        AppContext ctx = new AppContext(o, M, clock);
        window.setLockTicker(ticker);
        window.attach(ctx);
        window.signedIn(o.passwordCheck());
        return ctx;
    }

    static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> !(w instanceof javafx.stage.PopupWindow)).toList();
    }

    /** The showing window holding a node of this id. */
    static Window windowWith(String id) throws TimeoutException {
        FxWait.until(() -> showing().stream().anyMatch(w -> w.getScene().lookup(id) != null));
        return showing().stream().filter(w -> w.getScene().lookup(id) != null).reduce((a, b) -> b).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static <T extends Node> T node(Window w, String id) {
        return (T) w.getScene().lookup(id);
    }

    /** Runs {@code action} later (it may block in showAndWait) and waits for the window it opens. */
    static Window open(Runnable action) throws TimeoutException {
        Set<Window> before = new HashSet<>(showing());
        Platform.runLater(action);
        FxWait.until(() -> showing().stream().anyMatch(w -> !before.contains(w)));
        WaitForAsyncUtils.waitForFxEvents();
        return showing().stream().filter(w -> !before.contains(w)).reduce((a, b) -> b).orElseThrow();
    }

    void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        Platform.runLater(() -> showing().stream().filter(w -> !(w instanceof Stage s && s.getOwner() == null
                && s.getScene() != null && s.getScene().lookup("#mainTabs") != null)).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is no failure of the screens
        }
    }

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
