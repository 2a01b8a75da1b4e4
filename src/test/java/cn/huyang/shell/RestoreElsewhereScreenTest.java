package cn.huyang.shell;

import static cn.huyang.shell.GateFixture.M;
import static cn.huyang.shell.GateFixture.node;
import static cn.huyang.shell.GateFixture.windowWith;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Account;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.roster.Department;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two PCs on one database (a real H2 store, as the server's stand-in): when the other PC restores a
 * backup, this window says who restored and when, then reconnects — a new context for the same user,
 * watching again — while the restoring PC's own watcher is not told.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreElsewhereScreenTest {
    Stage primary;
    GateFixture f;
    final CopyOnWriteArrayList<AppContext> started = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        primary = stage;
    }

    @AfterEach
    void close() {
        started.forEach(c -> c.changes().close());
        if (f != null) {
            f.close();
        }
    }

    @Test
    void anotherPcsRestoreIsToldAndTheWindowReconnectsForTheSameUser(FxRobot robot) throws Exception {
        f = new GateFixture();
        f.gate.create("admin", "王老师", GateFixture.ADMIN_PASSWORD.clone());
        robot.interact(() -> {
            MainWindow window = f.window(primary);
            primary.show();
            new StartFlow(window, M, f.runner, new FxDialogService(M, f.dir), f.settings, f.clock, (t, n) -> null)
                    .withLogin("admin", GateFixture.ADMIN_PASSWORD.clone())
                    .begin(f.gate, f.dir.toString(), (ctx, loaded) -> started.add(ctx), () -> { });
        });
        FxWait.until(() -> started.size() == 1);
        AppContext here = started.get(0);
        f.settle();

        // the other PC: another administrator backs up, 张三 adds a department, then the backup is restored
        Account wang = here.accounts().create("wangwu", "王五", Role.ADMIN, null, GateFixture.ADMIN_PASSWORD.clone());
        AppContext there = new AppContext(f.db, M, f.clock, new Session(wang.actor()));
        Path backup = f.dir.resolve("before.zip");
        there.backups().backupTo(backup);
        Account zhang = here.accounts().create("zhangsan", "张三", Role.OFFICE, null, GateFixture.ADMIN_PASSWORD.clone());
        new AppContext(f.db, M, f.clock, new Session(zhang.actor())).roster()
                .saveDepartment(new Department(null, "JSJ", "计算机系", 1, true));
        there.changes().mark();
        there.backups().restore(there.backups().prepareRestore(backup, null));
        assertThat(there.changes().poll()).as("the restoring PC's own restore is no news to it").isEmpty();

        here.changes().poll();
        Window notice = windowWith("#dialogMessage");
        String text = ((Label) node(notice, "#dialogMessage")).getText();
        assertThat(text).contains("王五").contains("从备份恢复").contains("重新连接");
        assertThat(here.changes().running()).as("the old connection stops watching").isFalse();
        robot.interact(() -> ((Button) ((DialogPane) notice.getScene().getRoot())
                .lookupButton(((DialogPane) notice.getScene().getRoot()).getButtonTypes().stream()
                        .filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).findFirst().orElseThrow()))
                .fire());

        FxWait.until(() -> started.size() == 2);
        AppContext reconnected = started.get(1);
        assertThat(reconnected).isNotSameAs(here);
        assertThat(reconnected.access().actor().userName()).isEqualTo("admin");
        assertThat(reconnected.changes().running()).as("the new connection watches again").isTrue();
        assertThat(reconnected.roster().departments()).as("the restored data").isEmpty();
        assertThat(primary.getTitle()).endsWith("王老师（系统管理员）");
    }
}
