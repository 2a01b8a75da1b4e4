package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.FeatureModule;
import cn.huyang.app.Kernel;
import cn.huyang.app.Modules;
import cn.huyang.app.TabSpec;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The architecture's promise, kept as a test: a new tab is one module class, registered in one list.
 * The window shows it in its place, tells it when it is shown, refreshes it on F5 and asks before
 * closing while it holds unsaved input.
 */
@ExtendWith(ApplicationExtension.class)
class ModuleExtensionTest {
    /** The whole of a new feature's wiring: a module with a tab. */
    static final class NoticeBoardModule implements FeatureModule {
        int built;
        int shown;
        int refreshed;
        boolean unsaved;
        long counselors = -1;

        @Override
        public void start(Kernel kernel) {
            // A real module builds its repositories and services on the store here.
        }

        @Override
        public Optional<TabSpec> tab() {
            return Optional.of(new TabSpec("noticeBoardTab", "app.title", "startup.opening", 15, ui -> new FeatureTab() {
                private final Label label = new Label("公告栏");

                {
                    built++;
                }

                @Override
                public Node node() {
                    return label;
                }

                @Override
                public void shown() {
                    shown++;
                    counselors = ui.app().roster().counselors().size();
                }

                @Override
                public void refresh() {
                    refreshed++;
                }

                @Override
                public boolean hasUnsavedChanges() {
                    return unsaved;
                }
            }));
        }
    }

    @TempDir
    Path dir;
    H2Store db;
    MainWindow window;
    final NoticeBoardModule board = new NoticeBoardModule();
    final List<String> asked = new ArrayList<>();
    Messages m;
    List<FeatureModule> modules;
    FxDialogService dialogs;
    int builtAtAttach;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        m = Messages.forLanguage("zh");
        modules = new ArrayList<>(Modules.standard());
        modules.add(board); // the one registration
        dialogs = new FxDialogService(m, dir) {
            @Override
            public boolean confirm(String message) {
                asked.add(message);
                return false;
            }

            @Override
            public boolean confirmDestructive(String message, String action) {
                asked.add(message);
                return false;
            }
        };
        window = new MainWindow(stage, m, new FxBackgroundRunner(), dialogs,
                Settings.load(dir.resolve("settings.properties")), modules);
        window.attach(new AppContext(db, m, Clock.systemDefaultZone(), modules));
        builtAtAttach = board.built;
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aModuleWithATabIsShownInItsPlaceAndLoadedWhenSelected(FxRobot robot) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        List<String> ids = tabs.getTabs().stream().map(Tab::getId).toList();
        assertThat(ids).containsExactly("overviewTab", "rosterTab", "noticeBoardTab", "trainingTab", "titleTab",
                "assessmentTab", "recruitmentTab", "guaranteeTab", "studentsTab", "worklogTab", "findingsTab");
        assertThat(board.shown).isZero();

        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertThat(board.shown).isEqualTo(1);
        assertThat(board.counselors).isZero();
        assertThat(robot.lookup("公告栏").tryQuery()).isPresent();

        robot.interact(() -> window.reload());
        assertThat(board.refreshed).isEqualTo(1);
        assertThat(board.shown).isEqualTo(2);
    }

    @Test
    void onlyTheTabOnScreenIsBuiltAtOnceTheOthersWhenItHasLoaded(FxRobot robot) throws Exception {
        assertThat(builtAtAttach).isZero();
        // 概览 loads behind the window; then the other tabs are built, one per turn of the JavaFX thread
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("公告栏").tryQuery().isPresent());
        assertThat(board.built).isEqualTo(1);
        assertThat(board.shown).isZero();
    }

    @Test
    void aTabChosenBeforeItsTurnIsBuiltThenAndLoaded(FxRobot robot) {
        int[] counts = new int[4];
        robot.interact(() -> {
            Stage other = new Stage();
            MainWindow second = new MainWindow(other, m, new FxBackgroundRunner(), dialogs,
                    Settings.load(dir.resolve("other.properties")), modules);
            int before = board.built;
            second.attach(new AppContext(db, m, Clock.systemDefaultZone(), modules));
            counts[0] = board.built - before;
            int shownBefore = board.shown;
            second.showTab("noticeBoardTab");
            counts[1] = board.built - before;
            counts[2] = board.shown - shownBefore;
            second.stopWatching();
            other.close();
        });
        assertThat(counts[0]).as("built when the data opened").isZero();
        assertThat(counts[1]).as("built when chosen").isEqualTo(1);
        assertThat(counts[2]).as("loaded when chosen").isEqualTo(1);
    }

    @Test
    void unsavedInputInTheNewTabIsGuardedOnClose(FxRobot robot) {
        robot.interact(() -> window.showTab("noticeBoardTab")); // where the input was typed
        board.unsaved = true;
        robot.interact(() -> window.stage().fireEvent(new javafx.stage.WindowEvent(window.stage(),
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(asked).singleElement().asString().contains("胡杨");
        assertThat(window.stage().isShowing()).isTrue();
    }
}
