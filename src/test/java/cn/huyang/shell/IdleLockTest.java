package cn.huyang.shell;

import static cn.huyang.shell.GateFixture.node;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.app.AppContext;
import cn.huyang.testing.FxWait;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After 15 idle minutes (moved on by the test's clock, not waited for) the lock layer lies over the
 * window while a half-typed counselor form stays open with its text; a wrong password is refused in
 * the layer, the right one unlocks; both are in the audit log.
 */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {
    Stage primary;
    GateFixture f;
    MainWindow window;
    AppContext ctx;
    final AtomicReference<Runnable> tick = new AtomicReference<>();

    @Start
    void start(Stage stage) throws Exception {
        primary = stage;
        f = new GateFixture();
        window = f.window(stage);
        ctx = f.adminWindow(window, (period, t) -> tick.set(t));
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void fifteenIdleMinutesLockTheWindowKeepingTheFormAndThePasswordUnlocksIt(FxRobot robot) throws Exception {
        f.settle();
        Window form = GateFixture.open(() -> robot.lookup("#addButton").queryAs(ButtonBase.class).fire());
        TextField typed = form.getScene().getRoot().lookupAll(".text-field").stream()
                .filter(n -> n instanceof TextField t && t.isEditable() && t.isVisible()).map(TextField.class::cast)
                .findFirst().orElseThrow();
        robot.interact(() -> typed.setText("半填的内容"));

        f.clock.advance(Duration.ofMinutes(14));
        robot.interact(() -> tick.get().run());
        assertThat(window.idleLock().isLocked()).as("14 minutes are not yet 15").isFalse();
        f.clock.advance(Duration.ofMinutes(1));
        robot.interact(() -> tick.get().run());
        assertThat(window.idleLock().isLocked()).isTrue();
        Stage layer = window.idleLock().screen().stage();
        assertThat(layer.isShowing()).isTrue();
        assertThat(layer.getX()).isEqualTo(primary.getX());
        assertThat(layer.getY()).isEqualTo(primary.getY());
        assertThat(layer.getWidth()).isEqualTo(primary.getWidth());
        assertThat(layer.getHeight()).isEqualTo(primary.getHeight());
        assertThat(form.isShowing()).as("the form stays open").isTrue();
        assertThat(form.getOpacity()).as("but unseen").isZero();
        assertThat(typed.getText()).isEqualTo("半填的内容");

        PasswordField pw = node(layer, "#lockPassword");
        Label errors = node(layer, "#lockErrors");
        robot.interact(() -> {
            pw.setText("wrong-password-1");
            ((Button) node(layer, "#unlockButton")).fire();
        });
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("用户名或密码不正确。");
        assertThat(pw.getText()).isEmpty();
        assertThat(window.idleLock().isLocked()).isTrue();

        robot.interact(() -> {
            pw.setText(new String(GateFixture.ADMIN_PASSWORD));
            ((Button) node(layer, "#unlockButton")).fire();
        });
        FxWait.until(() -> !window.idleLock().isLocked());
        assertThat(layer.isShowing()).isFalse();
        assertThat(form.getOpacity()).isEqualTo(1.0);
        assertThat(typed.getText()).isEqualTo("半填的内容");
        f.settle();
        List<String> actions = ctx.audit().find(AuditQuery.all()).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("LOCK", "UNLOCK_SCREEN");
    }

    @Test
    void theMenuLocksAtOnceAndInputKeepsTheWindowOpen(FxRobot robot) throws Exception {
        f.settle();
        f.clock.advance(Duration.ofMinutes(10));
        robot.moveTo(primary.getX() + 200, primary.getY() + 200).moveBy(5, 5); // input: the idle time starts again
        f.clock.advance(Duration.ofMinutes(10));
        robot.interact(() -> tick.get().run());
        assertThat(window.idleLock().isLocked()).as("10 minutes since the last input").isFalse();
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) primary.getScene().getRoot()
                .lookup(".menu-bar");
        robot.interact(() -> bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(i -> "menuLock".equals(i.getId())).findFirst().orElseThrow().fire());
        assertThat(window.idleLock().isLocked()).isTrue();
    }
}
