package cn.huyang.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.db.Store;
import cn.huyang.db.TestStores;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.shell.FxDialogService;
import cn.huyang.shell.MainWindow;
import cn.huyang.shell.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 打印… on the four lists in the window: the training compliance and the ledger, the staffing table
 * under the roster and the 合规提示 each have the button; a click reads and lays out the list in the
 * background and opens the print preview, titled after the list, with its pages.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ListPrintingScreenTest {
    @TempDir
    Path dir;
    Store db;
    MainWindow window;
    FxBackgroundRunner runner;
    Stage primary;
    final List<String> said = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Messages m = Messages.forLanguage("zh");
        db = TestStores.open(dir.resolve("data"));
        AppContext ctx = new AppContext(db, m, Clock.systemDefaultZone());
        ctx.demo().generate(new DemoDataGenerator.Request(80, 3, 7), false, Progress.NONE);
        FxDialogService dialogs = new FxDialogService(m, dir) {
            @Override
            public void error(String message) {
                said.add(message);
            }

            @Override
            public void info(String message) {
                said.add(message);
            }
        };
        runner = new FxBackgroundRunner();
        window = new MainWindow(stage, m, runner, dialogs, Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        runner.close();
        db.close();
    }

    private void show(FxRobot robot, String tabId) {
        robot.interact(() -> {
            TabPane tabs = (TabPane) primary.getScene().lookup("#mainTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The scene as a PNG under target/printed-lists, to look at. */
    private static void save(FxRobot robot, javafx.scene.Scene scene, String name) throws Exception {
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader r = shot[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Path out = Path.of("target", "printed-lists");
        java.nio.file.Files.createDirectories(out);
        javax.imageio.ImageIO.write(img, "png", out.resolve("screen-" + name + ".png").toFile());
    }

    /** Clicks the button and waits for the preview: returns its title and the page it says it shows. */
    private String[] preview(FxRobot robot, String buttonId) throws Exception {
        Button button = robot.lookup("#" + buttonId).queryButton();
        assertThat(button.getText()).isEqualTo("打印…");
        robot.interact(button::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> previewStage() != null);
        Stage stage = previewStage();
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, primary.getScene(), buttonId);
        save(robot, stage.getScene(), buttonId + "-preview");
        String[] out = new String[2];
        robot.interact(() -> {
            out[0] = stage.getTitle();
            out[1] = ((Label) stage.getScene().lookup("#previewPosition")).getText();
            stage.hide();
        });
        return out;
    }

    private Stage previewStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s != primary && s.isShowing()
                && s.getTitle() != null && s.getTitle().endsWith("打印预览")).map(Stage.class::cast).findFirst()
                .orElse(null);
    }

    @Test
    void eachOfTheFourListsOpensItsPrintPreview(FxRobot robot) throws Exception {
        show(robot, "rosterTab");
        int year = java.time.LocalDate.now().getYear();
        String[] ratio = preview(robot, "printRatioButton");
        assertThat(ratio[0]).isEqualTo(year + "年辅导员配备与师生比 · 打印预览");
        assertThat(ratio[1]).isEqualTo("第 1 页 / 共 1 页");

        show(robot, "trainingTab");
        String[] ledger = preview(robot, "printLedgerButton");
        assertThat(ledger[0]).isEqualTo("培训台账 · 打印预览");
        assertThat(ledger[1]).matches("第 1 页 / 共 \\d+ 页");
        String[] compliance = preview(robot, "printComplianceButton");
        assertThat(compliance[0]).isEqualTo(year + "年专职辅导员培训达标情况 · 打印预览");

        show(robot, "findingsTab");
        String[] findings = preview(robot, "printFindingsButton");
        assertThat(findings[0]).isEqualTo(year + "年待处理的合规提示 · 打印预览");
        assertThat(said).as("nothing went wrong").isEmpty();
    }
}
