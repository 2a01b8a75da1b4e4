package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.RosterTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Department;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A 领导 sees the roster without 新增辅导员, 新增系部 and 导入; 学工部 sees them. Only a courtesy — the
 * services refuse either way (RightsMatrixTest) — but a button that can only fail is not shown.
 */
@ExtendWith(ApplicationExtension.class)
class RoleControlsScreenTest {
    @TempDir
    static Path dir;
    H2Store db;
    MainWindow window;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir.resolve("data-" + System.nanoTime())));
        Messages m = Messages.forLanguage("zh");
        Department d = new AppContext(db, m, Clock.systemDefaultZone()).roster()
                .saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        Session session = new Session(new Actor(9, "lingdao", "领导", Role.LEADER, null));
        window.attach(new AppContext(db, m, Clock.systemDefaultZone(), session));
        window.showTab("rosterTab"); // 概览 is the first tab
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLeaderSeesNoButtonsForStepsTheRoleMayNotTake(FxRobot robot) throws Exception {
        FxWait.until(() -> window.tab(RosterTab.class).viewModel().departments().size() == 1);
        assertThat(shown(robot, "#addButton")).isFalse();
        assertThat(shown(robot, "#addDepartmentButton")).isFalse();
        assertThat(shown(robot, "#importRosterButton")).isFalse();
        assertThat(shown(robot, "#rosterTable")).isTrue();

        Session office = new Session(new Actor(8, "xuegongbu", "学工部", Role.OFFICE, null));
        robot.interact(() -> window.attach(new AppContext(db, Messages.forLanguage("zh"), Clock.systemDefaultZone(),
                office)));
        FxWait.until(() -> shown(robot, "#addButton"));
        assertThat(shown(robot, "#addDepartmentButton")).isTrue();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }
}
