package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.ui.Styles;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorFormDialog;
import cn.huyang.roster.CounselorFormViewModel;
import cn.huyang.shell.FxDialogService;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The counselor form of client B when client A saved the same counselor first (headless Monocle, a
 * real database): the conflict dialog names 张三 and the time, shows B's typing beside the stored
 * values, 取消 keeps the typing in the form, 用我的修改覆盖 saves it over A's version.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictScreenTest {
    @TempDir
    Path dir;
    TwoClients two;
    Stage primary;
    CounselorFormViewModel form;

    @Start
    void start(Stage stage) {
        two = new TwoClients(dir.resolve("data"));
        form = new CounselorFormViewModel(two.b.roster(), new FxBackgroundRunner(), TwoClients.ZH,
                two.b.roster().departments());
        form.edit(two.b.roster().counselor(two.zhao.id()).orElseThrow());
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        primary = stage;
        stage.show();
        new CounselorFormDialog(form, new FxDialogService(TwoClients.ZH, dir.resolve("logs")), stage, c -> { })
                .show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        two.close();
    }

    @Test
    void theConflictShowsBothValuesKeepsTheTypingAndOverwritesOnRequest(FxRobot robot) throws TimeoutException {
        FxWait.until(() -> form.history().size() == 1);
        TextArea note = robot.lookup("#noteArea").queryAs(TextArea.class);
        TextField phone = robot.lookup("#phoneField").queryAs(TextField.class);
        String phoneOnB = phone.getText();
        robot.interact(() -> note.setText("李四写的备注"));
        // meanwhile A saves the same counselor
        two.at(10, 42);
        two.a.roster().update(two.a.roster().counselor(two.zhao.id()).orElseThrow().withPhone("13800000042"));

        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#conflictDialog").query();
        assertThat(robot.from(dialog).lookup("#conflictMessage").queryAs(Label.class).getText())
                .isEqualTo("此记录已被 张三 于 10:42 修改，您的修改尚未保存。");
        List<String> texts = robot.from(dialog).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("您的修改", "当前记录", "联系电话", phoneOnB, "13800000042", "备注", "李四写的备注");
        assertThat(robot.from(dialog).lookup("#conflictOverwrite").queryButton().getText()).isEqualTo("用我的修改覆盖");
        assertThat(robot.from(dialog).lookup("#conflictTakeTheirs").queryButton().getText()).isEqualTo("采用当前记录");

        // 取消: back in the form, the typing kept, nothing stored
        robot.interact(() -> robot.from(dialog).lookup("#conflictCancel").queryButton().fire());
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isEmpty());
        assertThat(note.getText()).isEqualTo("李四写的备注");
        assertThat(phone.getText()).isEqualTo(phoneOnB);
        assertThat(stored().note()).isNull();
        assertThat(stored().phone()).isEqualTo("13800000042");

        // saved again: the dialog again, and 用我的修改覆盖 stores the typing over A's version
        robot.interact(() -> robot.lookup("#saveButton").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#conflictOverwrite").queryButton().fire());
        FxWait.until(() -> "李四写的备注".equals(stored().note()));
        assertThat(stored().phone()).as("B chose its own values over A's").isEqualTo(phoneOnB);
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    private Counselor stored() {
        return two.setup.roster().counselor(two.zhao.id()).orElseThrow();
    }
}
