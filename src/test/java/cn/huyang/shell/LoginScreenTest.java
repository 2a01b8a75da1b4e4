package cn.huyang.shell;

import static cn.huyang.shell.GateFixture.M;
import static cn.huyang.shell.GateFixture.node;
import static cn.huyang.shell.GateFixture.windowWith;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Role;
import cn.huyang.app.AppContext;
import cn.huyang.common.ui.PasswordStrength;
import cn.huyang.testing.FxWait;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
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
 * The way in, on a real H2 store through {@code PlainGate}: the first-start wizard refuses a weak
 * password in the dialog with everything kept, then opens the window showing who works; the next
 * start asks for the login, refuses a wrong password inline with the password emptied; a first
 * password must be changed before the window opens.
 */
@ExtendWith(ApplicationExtension.class)
class LoginScreenTest {
    Stage primary;
    GateFixture f;
    final AtomicReference<AppContext> started = new AtomicReference<>();
    final AtomicBoolean cancelled = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        primary = stage;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private void begin(FxRobot robot) throws Exception {
        robot.interact(() -> {
            MainWindow window = f.window(primary);
            primary.show();
            new StartFlow(window, M, f.runner, new FxDialogService(M, f.dir), f.settings, f.clock, (t, n) -> null)
                    .begin(f.gate, f.dir.toString(), (ctx, loaded) -> started.set(ctx), () -> cancelled.set(true));
        });
    }

    @Test
    void theWizardRefusesAWeakPasswordKeepingTheInputThenOpensTheWindowShowingTheUser(FxRobot robot) throws Exception {
        f = new GateFixture();
        begin(robot);
        Window w = windowWith("#wizardUserName");
        TextField user = node(w, "#wizardUserName");
        PasswordField pw = node(w, "#wizardPassword");
        PasswordField again = node(w, "#wizardPasswordAgain");
        robot.interact(() -> {
            user.setText("admin");
            ((TextField) node(w, "#wizardDisplayName")).setText("王老师");
            pw.setText("abcdefgh");
            again.setText("abcdefgh");
        });
        assertThat(((PasswordStrength) node(w, "#passwordStrength")).text()).isEqualTo("密码强度：弱");
        robot.interact(() -> ((Button) node(w, "#wizardGo")).fire());
        Label errors = node(w, "#wizardErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("密码：须含两类以上字符（字母、数字、符号）");
        assertThat(w.isShowing()).isTrue();
        assertThat(user.getText()).isEqualTo("admin");
        assertThat(pw.getText()).isEqualTo("abcdefgh");
        assertThat(pw.getTooltip().getText()).contains("两类"); // the field is marked

        robot.interact(() -> {
            pw.setText("Huyang-2024!x");
            again.setText("Huyang-2024!y");
            ((Button) node(w, "#wizardGo")).fire();
        });
        FxWait.until(() -> errors.getText().startsWith("再次输入密码：两次输入的密码不一致"));
        robot.interact(() -> {
            again.setText("Huyang-2024!x");
            ((Button) node(w, "#wizardGo")).fire();
        });
        FxWait.until(() -> started.get() != null);
        assertThat(w.isShowing()).isFalse();
        assertThat(primary.getTitle()).endsWith("王老师（系统管理员）");
        assertThat(started.get().access().actor().userName()).isEqualTo("admin");
    }

    @Test
    void theNextStartAsksForTheLoginAndRefusesAWrongPasswordInline(FxRobot robot) throws Exception {
        f = new GateFixture();
        f.gate.create("admin", "王老师", GateFixture.ADMIN_PASSWORD.clone());
        f.settings.put(LoginDialog.LAST_USER, "admin");
        begin(robot);
        Window w = windowWith("#loginPassword");
        TextField user = node(w, "#loginUserName");
        PasswordField pw = node(w, "#loginPassword");
        assertThat(user.getText()).as("the last user name remembered").isEqualTo("admin");
        robot.interact(() -> {
            pw.setText("not-the-password-1");
            ((Button) node(w, "#loginButton")).fire();
        });
        Label errors = node(w, "#loginErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("用户名或密码不正确。");
        assertThat(pw.getText()).as("the password emptied").isEmpty();
        assertThat(user.getText()).as("the name kept").isEqualTo("admin");
        assertThat(started.get()).isNull();

        robot.interact(() -> {
            pw.setText(new String(GateFixture.ADMIN_PASSWORD));
            ((Button) node(w, "#loginButton")).fire();
        });
        FxWait.until(() -> started.get() != null);
        assertThat(primary.getTitle()).endsWith("王老师（系统管理员）");
    }

    @Test
    void aFirstPasswordMustBeChangedBeforeTheWindowOpens(FxRobot robot) throws Exception {
        f = new GateFixture();
        f.gate.create("admin", "王老师", GateFixture.ADMIN_PASSWORD.clone());
        new AppContext(f.db, M, f.clock).accounts().create("zhang", "张三", Role.OFFICE, null,
                "Erstes-Passwort-1".toCharArray());
        begin(robot);
        Window login = windowWith("#loginPassword");
        robot.interact(() -> {
            ((TextField) node(login, "#loginUserName")).setText("zhang");
            ((PasswordField) node(login, "#loginPassword")).setText("Erstes-Passwort-1");
            ((Button) node(login, "#loginButton")).fire();
        });
        Window change = windowWith("#newPasswordAgain");
        assertThat(started.get()).as("the window waits for the new password").isNull();
        robot.interact(() -> {
            ((PasswordField) node(change, "#currentPassword")).setText("Erstes-Passwort-1");
            ((PasswordField) node(change, "#newPassword")).setText("Zweites-Passwort-2");
            ((PasswordField) node(change, "#newPasswordAgain")).setText("Zweites-Passwort-2");
            ((Button) node(change, "#changePasswordButton")).fire();
        });
        FxWait.until(() -> started.get() != null);
        assertThat(primary.getTitle()).endsWith("张三（学工部）");
        assertThat(started.get().accounts().account("zhang").orElseThrow().mustChangePassword()).isFalse();
        assertThat(cancelled.get()).isFalse();
    }
}
