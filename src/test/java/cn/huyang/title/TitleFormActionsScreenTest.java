package cn.huyang.title;

import cn.huyang.testing.FxWait;
import cn.huyang.shell.FxDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.print.Printer;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The title tab's print actions on screen (headless Monocle): the preview of a sheet and of the list, PDF export. */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class TitleFormActionsScreenTest {
    @TempDir
    Path dir;
    TitleFormsFixture f;
    TitleFormActions actions;
    Stage primary;
    final List<String> said = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        f = new TitleFormsFixture(dir.resolve("data")).populate();
        Messages m = f.forms.messages();
        DialogService dialogs = new FxDialogService(m, dir) {
            @Override
            public void error(String message) {
                said.add(message);
            }

            @Override
            public void info(String message) {
                said.add(message);
            }

            @Override
            public void notice(String message) {
                said.add(message);
            }
        };
        primary = stage;
        actions = new TitleFormActions(f.forms, new FxBackgroundRunner(), dialogs, () -> primary,
                cn.huyang.common.Remembered.inMemory());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        f.close();
    }


    private List<Stage> previews() {
        List<Stage> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w != primary && w instanceof Stage s && s.isShowing()) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void oneApplicantsSheetOpensInThePreviewPageByPage(FxRobot robot) throws Exception {
        long id = f.applications.get(0).id();
        robot.interact(() -> actions.previewSheets(TitleFormsFixture.YEAR, id));
        FxWait.until(() -> !previews().isEmpty());
        Stage preview = previews().get(0);
        assertThat(preview.getTitle()).isEqualTo("职称评审推荐表 · 打印预览");
        Label position = (Label) preview.getScene().lookup("#previewPosition");
        assertThat(position.getText()).isEqualTo("第 1 页 / 共 2 页");
        robot.interact(() -> preview.getScene().lookup("#previewNext").fireEvent(new javafx.event.ActionEvent()));
        assertThat(position.getText()).isEqualTo("第 2 页 / 共 2 页");
    }

    @Test
    void theListOpensInTheLandscapePreview(FxRobot robot) throws Exception {
        robot.interact(() -> actions.previewList(TitleFormsFixture.YEAR));
        FxWait.until(() -> !previews().isEmpty());
        Stage preview = previews().get(0);
        assertThat(preview.getTitle()).isEqualTo("职称评审名单 · 打印预览");
        javafx.scene.layout.Pane page = (javafx.scene.layout.Pane) robot.from(preview.getScene().getRoot())
                .lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.layout.Pane p
                        && p.getPrefWidth() > 800).query();
        assertThat(page.getPrefHeight()).isLessThan(page.getPrefWidth());
    }

    @Test
    void aYearWithoutApplicationsSaysSoInsteadOfAnEmptyPreview(FxRobot robot) throws Exception {
        robot.interact(() -> actions.previewSheets(2019, null));
        FxWait.until(() -> !said.isEmpty());
        assertThat(said).containsExactly("2019 年度没有职称评审申报");
        assertThat(previews()).isEmpty();
    }

    @Test
    void exportWritesTheSheetsAndTheListAndSaysWhere(FxRobot robot) throws Exception {
        Path out = dir.resolve("pdf");
        List<Path> written = new CopyOnWriteArrayList<>();
        robot.interact(() -> actions.exportPdf(TitleFormsFixture.YEAR, null, true, true, out, written::addAll));
        FxWait.until(() -> !written.isEmpty());
        assertThat(written).hasSize(2).allMatch(Files::exists);
        assertThat(said).containsExactly("已导出 2 个 PDF 文件到 " + out);
    }

    @Test
    void withoutAPrinterPrintingSaysSoPlainly(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Printer.getDefaultPrinter() == null, "a printer is installed here");
        robot.interact(() -> actions.printList(TitleFormsFixture.YEAR));
        FxWait.until(() -> !said.isEmpty());
        assertThat(said.get(0)).contains("没有安装打印机");
    }

    /** Writes the preview's first page as drawn by JavaFX to target/title-forms-sample, to compare with the PDF. */
    @Test
    void writeThePreviewToLookAt(FxRobot robot) throws Exception {
        robot.interact(() -> actions.previewSheets(TitleFormsFixture.YEAR, f.applications.get(3).id()));
        FxWait.until(() -> !previews().isEmpty());
        javafx.scene.layout.Pane page = (javafx.scene.layout.Pane) robot.from(previews().get(0).getScene().getRoot())
                .lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof javafx.scene.layout.Pane p
                        && p.getPrefWidth() > 500 && p.getPrefWidth() < 600).query();
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = page.snapshot(null, null));
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
        Path out = Path.of("target", "title-forms-sample");
        Files.createDirectories(out);
        javax.imageio.ImageIO.write(img, "png", out.resolve("preview-1.png").toFile());
        assertThat(w).isGreaterThan(500);
    }
}
