package cn.huyang.shell;

import cn.huyang.access.Actor;
import cn.huyang.access.Operation;
import cn.huyang.app.AppContext;
import cn.huyang.app.Opening;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.time.Duration;
import java.util.Map;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * What the window shows of the user working now: 文件 → 修改密码… and 锁定 (Ctrl+L), the name and
 * role in the title ("张三（学工部）"), the idle lock, and which of the window's own commands the
 * role may use (hidden otherwise — cosmetic: the services refuse anyway).
 */
final class UserMenu {
    private final Stage stage;
    private final Messages m;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Settings settings;
    private final MenuItem changePassword;
    private final MenuItem lock;
    private IdleLock.Ticker ticker = IdleLock.Ticker.timeline();
    private AppContext ctx;
    private IdleLock idleLock;

    UserMenu(Stage stage, Messages m, BackgroundRunner runner, DialogService dialogs, Settings settings) {
        this.stage = stage;
        this.m = m;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        changePassword = new MenuItem(m.get("menu.file.changePassword"));
        changePassword.setId("menuChangePassword");
        changePassword.setOnAction(e -> changePassword());
        lock = new MenuItem(m.get("menu.file.lock"));
        lock.setId("menuLock");
        lock.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        lock.setOnAction(e -> {
            if (idleLock != null) {
                idleLock.lock();
            }
        });
        // shown once a user has logged in (not for the program's own session of the tests)
        changePassword.setVisible(false);
        lock.setVisible(false);
    }

    MenuItem changePasswordItem() {
        return changePassword;
    }

    MenuItem lockItem() {
        return lock;
    }

    /** Screen tests move time on themselves. */
    void setTicker(IdleLock.Ticker ticker) {
        this.ticker = ticker;
    }

    /** The data is open: each of the window's commands shows only when the role may use it. */
    void attached(AppContext context, Map<MenuItem, java.util.List<Operation>> guarded) {
        this.ctx = context;
        guarded.forEach((item, ops) -> item.setVisible(ops.stream().anyMatch(context.access().guard()::may)));
    }

    /** A user logged in at the gate: who they are in the title, their password, the lock. */
    void signedIn(Opening.PasswordCheck check) {
        Actor a = ctx.access().actor();
        stage.setTitle(m.get("window.titleWithUser", m.get("app.title"), who(m, a)));
        changePassword.setVisible(true);
        lock.setVisible(true);
        if (idleLock != null) {
            idleLock.stop(); // reconnected after another PC's restore: one lock, the new connection's
        }
        idleLock = new IdleLock(stage, m, runner, dialogs, ctx, check, settings);
        idleLock.install(ticker, Duration.ofSeconds(20));
    }

    /** "张三（学工部）". */
    static String who(Messages m, Actor a) {
        return m.get("window.user", a.displayName(), a.role() == null ? "" : m.get(a.role().messageKey()));
    }

    IdleLock idleLock() {
        return idleLock;
    }

    private void changePassword() {
        if (new ChangePasswordDialog(m, runner, ctx.accounts(), false, dialogs::failure).showAndWait(stage)) {
            dialogs.notice(m.get("change.done"));
        }
    }
}
