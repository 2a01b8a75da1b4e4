package cn.huyang.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.ui.Styles;
import cn.huyang.shell.FxDialogService;
import cn.huyang.testing.FxWait;
import cn.huyang.training.TrainingCategory;
import cn.huyang.training.TrainingFormDialog;
import cn.huyang.training.TrainingFormViewModel;
import cn.huyang.training.TrainingLevel;
import cn.huyang.training.TrainingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
 * The training form of client B when client A saved the same training first (headless Monocle, a
 * real database): the conflict names 张三 and the time and shows both versions, including the
 * attendees; 取消 keeps the typing, 采用当前记录 shows A's training in the form.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingConflictScreenTest {
    @TempDir
    Path dir;
    TwoClients two;
    Stage primary;
    TrainingFormViewModel form;
    long sessionId;

    @Start
    void start(Stage stage) {
        two = new TwoClients(dir.resolve("data"));
        LocalDate day = LocalDate.of(2026, 5, 20);
        sessionId = two.setup.training().save(new TrainingSession(null, "心理危机干预", "学工部", TrainingLevel.SCHOOL,
                TrainingCategory.ROUTINE, day, day, new BigDecimal("8"), null, null,
                List.of(new TrainingSession.Attendee(null, two.zhao.id(), null, null, null)), 0)).session().id();
        form = new TrainingFormViewModel(two.b.training(), new FxBackgroundRunner(), TwoClients.ZH);
        form.open(sessionId, e -> { });
        Scene scene = new Scene(new StackPane(), 400, 300);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        primary = stage;
        stage.show();
        new TrainingFormDialog(form, new FxDialogService(TwoClients.ZH, dir.resolve("logs")), stage, r -> { }).show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        two.close();
    }

    @Test
    void theConflictShowsBothTrainingsKeepsTheTypingAndTakesTheStoredOneOnRequest(FxRobot robot) throws Exception {
        FxWait.until(() -> form.readyProperty().get() && form.storedProperty().get() != null);
        TextField hours = robot.lookup("#hoursField").queryAs(TextField.class);
        robot.interact(() -> hours.setText("6"));
        // meanwhile A adds 钱二 to the same training
        two.at(10, 42);
        TrainingSession onA = two.a.training().session(sessionId).orElseThrow();
        two.a.training().save(onA.withAttendees(List.of(onA.attendees().get(0),
                new TrainingSession.Attendee(null, two.qian.id(), null, null, null))));

        robot.interact(() -> robot.lookup("#saveTrainingButton").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        Node dialog = robot.lookup("#conflictDialog").query();
        assertThat(robot.from(dialog).lookup("#conflictMessage").queryAs(Label.class).getText())
                .isEqualTo("此记录已被 张三 于 10:42 修改，您的修改尚未保存。");
        List<String> texts = robot.from(dialog).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts).contains("学时", "6", "8", "参训人员", "1 人：赵一", "2 人：赵一、钱二");

        robot.interact(() -> robot.from(dialog).lookup("#conflictCancel").queryButton().fire());
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isEmpty());
        assertThat(hours.getText()).as("the typing kept").isEqualTo("6");
        assertThat(stored().hours()).isEqualByComparingTo("8");

        robot.interact(() -> robot.lookup("#saveTrainingButton").queryAs(Button.class).fire());
        FxWait.until(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#conflictTakeTheirs").queryButton().fire());
        FxWait.until(() -> "8".equals(hours.getText()));
        assertThat(form.attendees()).hasSize(2);
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(stored().attendees()).hasSize(2);
    }

    private TrainingSession stored() {
        return two.setup.training().session(sessionId).orElseThrow();
    }
}
