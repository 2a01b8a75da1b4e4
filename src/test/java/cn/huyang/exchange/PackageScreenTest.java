package cn.huyang.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.shell.FxDialogService;
import cn.huyang.shell.MainWindow;
import cn.huyang.shell.Settings;
import cn.huyang.testing.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The package screens in the window (Monocle): 学工部 has 导出数据包…, 导入数据包… and 数据包冲突…, opens a
 * department's real package, and the preview shows its counts per table before 导入 writes it; a 系部
 * user has 导出数据包… and 导入数据包… (its office's packages) but no 数据包冲突…, and exports with the
 * office key file.
 */
@ExtendWith(ApplicationExtension.class)
class PackageScreenTest {
    static final Messages M = Messages.forLanguage("zh");
    @TempDir
    Path dir;
    Stage stage;
    PackageScene s;
    MainWindow window;
    final FxBackgroundRunner runner = new FxBackgroundRunner();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        Platform.runLater(() -> showing().stream().filter(w -> w != stage).forEach(Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        if (window != null) {
            window.stopWatching();
        }
        if (s != null) {
            s.close();
        }
    }

    private void open(FxRobot robot, AppContext ctx) throws Exception {
        robot.interact(() -> {
            window = new MainWindow(stage, M, runner, new FxDialogService(M, dir.resolve("logs")),
                    Settings.load(dir.resolve("settings.properties")));
            window.attach(ctx);
            stage.show();
        });
        settle();
    }

    @Test
    void theOfficePreviewsARealPackageAndImportsIt(FxRobot robot) throws Exception {
        s = new PackageScene(dir);
        Path p1 = s.first();
        AppContext office = s.officeUser();
        open(robot, office);
        assertThat(item("menuPackageImport").isVisible()).isTrue();
        assertThat(item("menuPackageImport").isDisable()).isFalse();
        assertThat(item("menuPackageConflicts").isVisible()).isTrue();
        assertThat(item("menuPackageExport").isVisible()).as("学工部 sends packages to departments").isTrue();

        Window dialog = opened(() -> item("menuPackageImport").fire());
        Button apply = node(dialog, "#packageApplyButton");
        assertThat(apply.isDisabled()).as("nothing to import before a preview").isTrue();
        robot.interact(() -> {
            ((TextField) node(dialog, "#packageFile")).setText(p1.toString());
            ((Button) node(dialog, "#packagePreviewButton")).fire();
        });
        TableView<PackageImportViewModel.Counts> counts = node(dialog, "#packageCounts");
        FxWait.until(() -> !counts.getItems().isEmpty());
        settle();
        PackageImportViewModel.Counts counselors = counts.getItems().stream()
                .filter(c -> c.table().equals("counselor")).findFirst().orElseThrow();
        assertThat(counselors.label()).isEqualTo("辅导员");
        assertThat(counselors.added()).isEqualTo(2);
        assertThat(texts(counts, ".column-header .label")).contains("表", "新增", "修改", "未变", "冲突", "删除");
        assertThat(texts(counts, ".table-cell")).as("the counselors' row as drawn").containsSequence("辅导员", "2", "0");
        assertThat(((Label) node(dialog, "#packageManifest")).getText()).startsWith("来自 xibu-jsj（系部，计算机系），第 1 号数据包");
        assertThat(((Label) node(dialog, "#packageStatus")).getText()).startsWith("预览：新增 ");
        TableView<PackageImportViewModel.Line> lines = node(dialog, "#packageLines");
        assertThat(lines.getItems()).extracting(PackageImportViewModel.Line::record).contains("张三", "李四");
        assertThat(office.roster().counselors()).isEmpty();
        assertThat(apply.isDisabled()).isFalse();

        robot.interact(apply::fire);
        Label status = node(dialog, "#packageStatus");
        FxWait.until(() -> status.getText().startsWith("已导入"));
        settle();
        assertThat(apply.isDisabled()).isTrue();
        assertThat(office.roster().counselors()).extracting(Counselor::name).containsExactlyInAnyOrder("张三", "李四");
        assertThat(dialog.isShowing()).isTrue();
    }

    @Test
    void aDepartmentUserHasNoConflictsListAndSendsWithTheOfficeKey(FxRobot robot) throws Exception {
        s = new PackageScene(dir);
        AppContext dept = s.departmentUser();
        dept.roster().register(cn.huyang.roster.TestData.counselor("王五", s.jsj.departmentId("JSJ"),
                cn.huyang.roster.PostType.FULL_TIME, 3), java.time.LocalDate.of(2026, 6, 1));
        open(robot, dept);
        assertThat(item("menuPackageExport").isVisible()).isTrue();
        assertThat(item("menuPackageExport").isDisable()).isFalse();
        assertThat(item("menuPackageImport").isVisible()).as("its office's packages").isTrue();
        assertThat(item("menuPackageConflicts").isVisible()).isFalse();
        assertThat(((Node) node(opened(() -> item("menuPackageImport").fire()), "#dialogHeading")))
                .extracting(n -> ((Label) n).getText()).isEqualTo("导入学工部发来的数据包");

        Window dialog = opened(() -> item("menuPackageExport").fire());
        Path out = dir.resolve("jsj.hypkg");
        robot.interact(() -> {
            ((TextField) node(dialog, "#packageTarget")).setText(out.toString());
            ((Button) node(dialog, "#packageExportButton")).fire();
        });
        Label error = node(dialog, "#packageExportError");
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(error.getText()).startsWith("本机还没有学工部的公钥");
        assertThat(Files.exists(out)).isFalse();

        robot.interact(() -> {
            ((TextField) node(dialog, "#packageOfficeKey")).setText(s.key.toString());
            ((Button) node(dialog, "#packageExportButton")).fire();
        });
        Label summary = node(dialog, "#packageExportSummary");
        FxWait.until(() -> !summary.getText().isEmpty());
        assertThat(summary.getText()).startsWith("已导出第 1 号数据包");
        assertThat(error.getText()).isEmpty();
        assertThat(Files.exists(out)).isTrue();
        TableView<PackageExportViewModel.TableRows> rows = node(dialog, "#packageExportRows");
        assertThat(rows.getItems()).contains(new PackageExportViewModel.TableRows("counselor", "辅导员", 1));
    }

    private MenuItem item(String id) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static List<String> texts(Node root, String selector) {
        return root.lookupAll(selector).stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T node(Window w, String id) {
        return (T) w.getScene().lookup(id);
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> !(w instanceof javafx.stage.PopupWindow)).toList();
    }

    /** Runs {@code action} later and waits for the window it opens. */
    private static Window opened(Runnable action) throws Exception {
        Set<Window> before = new HashSet<>(showing());
        Platform.runLater(action);
        FxWait.until(() -> showing().stream().anyMatch(w -> !before.contains(w)));
        return showing().stream().filter(w -> !before.contains(w)).reduce((a, b) -> b).orElseThrow();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
