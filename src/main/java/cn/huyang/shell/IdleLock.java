package cn.huyang.shell;

import cn.huyang.access.AuditAction;
import cn.huyang.access.LoginRefusedException;
import cn.huyang.app.AppContext;
import cn.huyang.app.Opening;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.PasswordFields;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Locks the window after some minutes without a key or the mouse in any of the program's windows
 * (15 unless an administrator set another number in 账户管理; kept in the settings as
 * {@code access.LockPolicy}), or at once from 文件 → 锁定. The lock layer lies over the window; the
 * other windows (open forms) turn invisible, keeping everything typed, until the password of the
 * user working now is given again. Lock and unlock are audited. Time comes from the context's
 * clock and the checks from a {@link Ticker}, so a test can move time on without waiting.
 */
public final class IdleLock {
    /** What calls the idle check now and then: a JavaFX timeline, or the test. */
    @FunctionalInterface
    public interface Ticker {
        void every(Duration period, Runnable tick);

        /** Every period on the JavaFX thread, for as long as the program runs. */
        static Ticker timeline() {
            return (period, tick) -> {
                Timeline t = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
                t.setCycleCount(Timeline.INDEFINITE);
                t.play();
            };
        }
    }

    private final Stage stage;
    private final Messages m;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final AppContext ctx;
    private final Opening.PasswordCheck check;
    private final Remembered settings;
    private final LockScreen screen;
    private final Map<Window, Double> hidden = new IdentityHashMap<>();
    private final EventHandler<Event> activity = e -> touched();
    private long lastInput;
    private boolean locked;
    /** Replaced by the lock of a new connection (after another PC's restore): it no longer locks. */
    private boolean stopped;

    public IdleLock(Stage stage, Messages m, BackgroundRunner runner, DialogService dialogs, AppContext ctx,
                    Opening.PasswordCheck check, Remembered settings) {
        this.stage = stage;
        this.m = m;
        this.runner = runner;
        this.dialogs = dialogs;
        this.ctx = ctx;
        this.check = check;
        this.settings = settings;
        var actor = ctx.access().actor();
        this.screen = new LockScreen(stage, m, m.get("window.user", actor.displayName(),
                actor.role() == null ? "" : m.get(actor.role().messageKey())), this::attempt);
    }

    /** Starts listening to every window of the program and checking every {@code period}. */
    public void install(Ticker ticker, Duration period) {
        lastInput = ctx.clock().millis();
        Window.getWindows().forEach(this::listen);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::listen);
            }
        });
        ticker.every(period, this::tick);
    }

    private void listen(Window w) {
        if (w == screen.stage()) {
            return;
        }
        w.addEventFilter(KeyEvent.KEY_PRESSED, activity);
        w.addEventFilter(MouseEvent.MOUSE_MOVED, activity);
        w.addEventFilter(MouseEvent.MOUSE_PRESSED, activity);
        w.addEventFilter(ScrollEvent.SCROLL, activity);
    }

    private void touched() {
        if (!locked) {
            lastInput = ctx.clock().millis();
        }
    }

    /** The idle minutes in force (the settings', 15 when none or unreadable). */
    public int idleMinutes() {
        return cn.huyang.access.LockPolicy.idleMinutes(settings);
    }

    /** Locks when the user has been away long enough. */
    public void tick() {
        if (!stopped && !locked && ctx.clock().millis() - lastInput >= Duration.ofMinutes(idleMinutes()).toMillis()) {
            lock();
        }
    }

    /** Locks at once (文件 → 锁定, Ctrl+L). */
    public void lock() {
        if (locked || stopped) {
            return;
        }
        locked = true;
        for (Window w : Window.getWindows()) {
            if (w != stage && w != screen.stage() && !(w instanceof PopupWindow) && w.isShowing()) {
                hidden.put(w, w.getOpacity());
                w.setOpacity(0);
            }
        }
        screen.show();
        audit(AuditAction.LOCK);
    }

    /** No more locking: a new connection's lock took over. */
    void stop() {
        stopped = true;
    }

    public boolean isLocked() {
        return locked;
    }

    private void attempt(char[] password) {
        String user = ctx.access().actor().userName();
        runner.run(m.get("lock.checking"), p -> {
            try {
                check.check(user, password);
                return Boolean.TRUE;
            } finally {
                PasswordFields.wipe(password);
            }
        }, ok -> unlock(), e -> {
            if (e instanceof LoginRefusedException refused) {
                screen.refuse(refused.render(m));
            } else {
                screen.refuse("");
                dialogs.failure(e);
            }
        });
    }

    private void unlock() {
        screen.hide();
        hidden.forEach(Window::setOpacity);
        hidden.clear();
        locked = false;
        lastInput = ctx.clock().millis();
        audit(AuditAction.UNLOCK_SCREEN);
    }

    private void audit(AuditAction action) {
        runner.run(m.get("status.ready"), p -> {
            ctx.audit().record(action, "session", ctx.access().actor().userName(), (String) null);
            return null;
        }, x -> { }, dialogs::failure);
    }

    LockScreen screen() {
        return screen;
    }
}
