package cn.huyang.shell;

import static cn.huyang.shell.GateFixture.node;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.AuditEntry;
import cn.huyang.access.AuditQuery;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.DataLocationModule;
import cn.huyang.server.DataLocation;
import cn.huyang.server.DataLocationDialog;
import cn.huyang.server.DataLocationViewModel;
import cn.huyang.server.LocationSettings;
import cn.huyang.server.PgServer;
import cn.huyang.server.ServerProbe;
import cn.huyang.testing.FxWait;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 文件 → 数据位置…: an administrator chooses 服务器, 测试连接 against a real PostgreSQL says it
 * connected, a wrong port says the server cannot be reached, and 保存 keeps it for the next start; a
 * 学工部 user has no such menu item and, given the dialog anyway, cannot save.
 */
@ExtendWith(ApplicationExtension.class)
class DataLocationScreenTest {
    @TempDir
    static Path work;
    static PgServer pg;

    Stage primary;
    GateFixture f;
    MainWindow window;

    @BeforeAll
    static void startServer() {
        pg = PgServer.start(work, false);
    }

    @AfterAll
    static void stopServer() {
        pg.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        primary = stage;
        f = new GateFixture();
        window = f.window(stage);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anAdministratorTestsTheServerAndSavesItForTheNextStart(FxRobot robot) throws Exception {
        AppContext[] opened = new AppContext[1];
        robot.interact(() -> opened[0] = f.adminWindow(window, (p, t) -> { }));
        AppContext ctx = opened[0];
        f.settle();
        Window dialog = GateFixture.open(() -> menuItem("menuDataLocation").fire());
        RadioButton local = node(dialog, "#locationLocal");
        FxWait.until(() -> local.isSelected());
        assertThat(((GridPane) node(dialog, "#serverHost").getParent()).isDisabled()).as("本机: no server fields").isTrue();
        Button test = node(dialog, "#testConnectionButton");
        assertThat(test.isDisabled()).isTrue();

        robot.interact(() -> {
            ((RadioButton) node(dialog, "#locationServer")).fire();
            ((TextField) node(dialog, "#serverHost")).setText("localhost");
            ((TextField) node(dialog, "#serverPort")).setText(String.valueOf(pg.port()));
            ((TextField) node(dialog, "#serverDatabase")).setText(PgServer.DATABASE);
            ((TextField) node(dialog, "#serverUser")).setText(PgServer.USER);
            ((PasswordField) node(dialog, "#serverPassword")).setText(PgServer.PASSWORD);
            test.fire();
        });
        Label result = node(dialog, "#testConnectionResult");
        FxWait.until(() -> !test.isDisabled() && result.getText().startsWith("连接成功"));
        assertThat(result.getText()).startsWith("连接成功：PostgreSQL 15.").contains("数据库“huyang”是空的");
        assertThat(result.getStyleClass()).contains("met");

        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        robot.interact(() -> {
            ((TextField) node(dialog, "#serverPort")).setText(String.valueOf(closed));
            test.fire();
        });
        FxWait.until(() -> !test.isDisabled() && result.getText().startsWith("无法连接服务器"));
        assertThat(result.getText()).startsWith("无法连接服务器：localhost 的端口 " + closed + " 拒绝连接。");
        assertThat(result.getStyleClass()).contains("finding-warning").doesNotContain("met");

        // refused first: the port is no number; the dialog stays with what was typed
        robot.interact(() -> {
            ((TextField) node(dialog, "#serverPort")).setText("port");
            ((Button) node(dialog, "#dataLocationSaveButton")).fire();
        });
        Label errors = node(dialog, "#dataLocationErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("端口：应为 1–65535 之间的整数");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(((TextField) node(dialog, "#serverHost")).getText()).isEqualTo("localhost");
        assertThat(LocationSettings.read(f.db.folder())).isEqualTo(DataLocation.local());

        robot.interact(() -> ((TextField) node(dialog, "#serverPort")).setText(String.valueOf(pg.port())));
        Window info = GateFixture.open(() -> ((Button) node(dialog, "#dataLocationSaveButton")).fire());
        String said = ((Label) info.getScene().getRoot().lookup("#dialogMessage")).getText();
        assertThat(said).isEqualTo("已保存：以后使用服务器 localhost:" + pg.port()
                + "/huyang 上的数据库。重新启动胡杨后生效；在此之前仍使用现在的数据。");
        assertThat(dialog.isShowing()).isFalse();
        Platform.runLater(info::hide);

        DataLocation location = LocationSettings.read(f.db.folder());
        assertThat(location.isServer()).isTrue();
        assertThat(location.server()).isEqualTo(pg.settings(cn.huyang.server.SslMode.PREFER));
        assertThat(Files.readString(f.db.folder().settingsFile())).doesNotContain(PgServer.PASSWORD);
        List<AuditEntry> rows = ctx.audit().find(AuditQuery.all()).stream()
                .filter(e -> "dataLocation".equals(e.entity())).toList();
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.userName()).isEqualTo("admin");
            assertThat(e.details()).contains("\"location\":[\"LOCAL\",\"SERVER\"]").doesNotContain(PgServer.PASSWORD);
        });

        // opened again: the saved server, its password not shown but kept
        Window again = GateFixture.open(() -> menuItem("menuDataLocation").fire());
        RadioButton server = node(again, "#locationServer");
        FxWait.until(server::isSelected);
        PasswordField password = node(again, "#serverPassword");
        assertThat(password.getText()).isEmpty();
        assertThat(password.getPromptText()).isEqualTo("已保存（不显示）；留空则不变");
        Button testAgain = node(again, "#testConnectionButton");
        Label resultAgain = node(again, "#testConnectionResult");
        robot.interact(testAgain::fire);
        FxWait.until(() -> !testAgain.isDisabled() && resultAgain.getText().startsWith("连接成功"));
    }

    @Test
    void anOfficeUserHasNoMenuItemAndCannotSave(FxRobot robot) throws Exception {
        f.gate.create("admin", "王老师", GateFixture.ADMIN_PASSWORD.clone());
        AppContext office = new AppContext(f.db, GateFixture.M, f.clock,
                new Session(new Actor(8, "xuegongbu", "学工部", Role.OFFICE, null)));
        robot.interact(() -> window.attach(office));
        f.settle();
        assertThat(menuItem("menuDataLocation").isVisible()).isFalse();

        Window dialog = GateFixture.open(() -> {
            DataLocationViewModel vm = new DataLocationViewModel(DataLocationModule.service(office, f.settings),
                    new ServerProbe(GateFixture.M)::test, f.runner, GateFixture.M);
            new DataLocationDialog(vm, GateFixture.M, f.dir.toString(), primary).show();
        });
        f.settle();
        robot.interact(() -> {
            ((RadioButton) node(dialog, "#locationServer")).fire();
            ((TextField) node(dialog, "#serverHost")).setText("localhost");
            ((TextField) node(dialog, "#serverPort")).setText(String.valueOf(pg.port()));
            ((PasswordField) node(dialog, "#serverPassword")).setText(PgServer.PASSWORD);
            ((Button) node(dialog, "#dataLocationSaveButton")).fire();
        });
        Label errors = node(dialog, "#dataLocationErrors");
        FxWait.until(() -> !errors.getText().isEmpty());
        assertThat(errors.getText()).isEqualTo("学工部无权更改数据位置。");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(f.settings.get(LocationSettings.LOCATION)).isEmpty();
        assertThat(LocationSettings.read(f.db.folder())).isEqualTo(DataLocation.local());
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) primary.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
