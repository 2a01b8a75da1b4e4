package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.access.Actor;
import cn.huyang.access.Role;
import cn.huyang.access.Session;
import cn.huyang.app.AppContext;
import cn.huyang.app.OverviewTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.overview.DashboardViewModel;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 概览 for a 系部 user: the figures of its department arrive and stay. Choosing its only department used to
 * load the figures again, for ever (the chooser emptied by the new list chose again), and the tab stayed blank
 * with 正在统计 in the status bar — seen under Xvfb.
 */
@ExtendWith(ApplicationExtension.class)
class DepartmentOverviewScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    MainWindow window;
    Department info;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        AppContext program = new AppContext(db, m, CLOCK);
        info = program.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1200, true));
        Department other = program.roster().saveDepartment(new Department(null, "JD", "机电工程系", 900, true));
        program.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21), LocalDate.of(2020, 9, 1));
        program.roster().register(TestData.counselor("钱敏", other.id(), PostType.FULL_TIME, 23),
                LocalDate.of(2021, 9, 1));
        window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        Session xibu = new Session(new Actor(5, "xibu-xx", "信息工程系", Role.DEPARTMENT, info.id()));
        window.attach(new AppContext(db, m, CLOCK, xibu));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aDepartmentsFiguresArriveOnceAndStay(FxRobot robot) throws Exception {
        DashboardViewModel vm = window.tab(OverviewTab.class).viewModel();
        FxWait.until(() -> vm.figuresProperty().get() != null);
        assertThat(vm.figuresProperty().get().departmentId()).isEqualTo(info.id());
        assertThat(vm.departments()).extracting(Department::name).containsExactly("信息工程系");
        assertThat(vm.departmentProperty().get().name()).isEqualTo("信息工程系");
        FxWait.until(() -> vm.findingsProperty().get() != null);
        var shown = vm.figuresProperty().get();
        Thread.sleep(1500);
        assertThat(vm.figuresProperty().get()).isSameAs(shown); // not loaded again
        assertThat(vm.findingsProperty().get()).isNotNull();
    }
}
