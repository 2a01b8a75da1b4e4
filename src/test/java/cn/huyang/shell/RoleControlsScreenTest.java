package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.RosterTab;
import cn.huyang.app.WorklogTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import cn.huyang.worklog.WorklogViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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

    @Test
    void aCounselorsAccountHasOnlyItsWorkRecordsAndStudentsTabs(FxRobot robot) throws Exception {
        Messages m = Messages.forLanguage("zh");
        AppContext program = new AppContext(db, m, Clock.systemDefaultZone());
        Department d = program.roster().departments().get(0);
        Counselor zhao = program.roster().register(TestData.counselor("赵磊", d.id(), PostType.FULL_TIME, 21),
                LocalDate.of(2020, 9, 1));
        Session own = new Session(new Actor(7, "fudaoyuan", "赵磊", Role.COUNSELOR, null, zhao.id()));
        robot.interact(() -> window.attach(new AppContext(db, m, Clock.systemDefaultZone(), own)));
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(Tab::getId).containsExactly("studentsTab", "worklogTab");
        WorklogViewModel vm = window.tab(WorklogTab.class).viewModel();
        robot.interact(() -> window.showTab("worklogTab"));
        FxWait.until(() -> vm.counselors().size() == 1);
        assertThat(vm.counselors().get(0).name()).isEqualTo("赵磊");

        Session office = new Session(new Actor(8, "xuegongbu", "学工部", Role.OFFICE, null));
        robot.interact(() -> window.attach(new AppContext(db, m, Clock.systemDefaultZone(), office)));
        assertThat(tabs.getTabs()).extracting(Tab::getId).startsWith("overviewTab", "rosterTab")
                .containsSubsequence("studentsTab", "worklogTab").hasSizeGreaterThan(8);
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }
}
