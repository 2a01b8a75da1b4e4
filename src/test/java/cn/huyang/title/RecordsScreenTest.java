package cn.huyang.title;

import cn.huyang.testing.FxWait;
import cn.huyang.shell.FxDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Styles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 个人档案 on screen (headless Monocle), hosted in a bare window over a real database in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class RecordsScreenTest {
    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Stage primary;
    RecordsView records;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, Clock.systemDefaultZone());
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        LocalDate entry = LocalDate.of(2018, 9, 1);
        String[] names = {"赵磊", "钱芳", "孙悦"};
        for (int i = 0; i < names.length; i++) {
            Counselor c = TestData.counselor(names[i], info.id(), PostType.FULL_TIME, 20 + i, entry);
            ctx.roster().register(c, entry);
        }
        DialogService dialogs = new FxDialogService(m, dir);
        records = new RecordsView(new RecordsViewModel(ctx.titles().records(), new FxBackgroundRunner(), m), m, dialogs,
                () -> stage);
        Scene scene = new Scene((javafx.scene.Parent) records.node(), 1100, 650);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        primary = stage;
        stage.show();
        records.showing();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void findACounselorAddAnOnlineCulturalWorkAndTwoIdeologicalPoliticalCoursesInOneSemester(FxRobot robot)
            throws TimeoutException {
        RecordsViewModel vm = records.viewModel();
        FxWait.until(() -> vm.rosterLoadedProperty().get());
        robot.clickOn("#recordsSearchField").write("钱芳");
        FxWait.until(() -> robot.lookup("#recordsCounselorList").queryListView().getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> vm.recordsLoadedProperty().get());
        assertThat(robot.lookup("#recordsHeading").queryAs(Label.class).getText()).startsWith("钱芳　信息工程系");

        robot.clickOn("#outputsTab");
        robot.clickOn("#addOutputButton");
        robot.interact(() -> RecordsScreenTest.<OutputKind>comboBox(robot, "#outputKindBox").getSelectionModel()
                .select(OutputKind.ONLINE_CULTURE));
        robot.clickOn("#outputCaptionField").write("胡杨精神系列微课");
        robot.clickOn("#recordSaveButton");
        FxWait.until(() -> robot.lookup("#outputTable").queryTableView().getItems().size() == 1);
        assertThat(cellTexts(robot, "#outputTable")).contains("网络文化成果", "胡杨精神系列微课", "校级",
                "第一作者/主持人");
        assertThat(robot.lookup("#outputSummary").queryAs(Label.class).getText())
                .startsWith("共 1 项成果，以第一作者或主持人身份 1 项（其中网络文化成果 1 项）");

        robot.clickOn("#teachingTab");
        robot.clickOn("#addTeachingButton");
        robot.interact(() -> RecordsScreenTest.<String>comboBox(robot, "#teachingCourseBox").getSelectionModel()
                .select("形势与政策"));
        robot.clickOn("#teachingHoursField").write("0");
        robot.clickOn("#recordSaveButton");
        FxWait.until(() -> !robot.lookup("#recordFormErrors").queryAs(Label.class).getText().isEmpty());
        // Refused, named, and the form stays open with what was typed.
        assertThat(robot.lookup("#recordFormErrors").queryAs(Label.class).getText()).startsWith("学时：");
        assertThat(RecordsScreenTest.<String>comboBox(robot, "#teachingCourseBox").getEditor().getText())
                .isEqualTo("形势与政策");
        TextField hours = robot.lookup("#teachingHoursField").queryAs(TextField.class);
        robot.interact(() -> hours.setText("16"));
        robot.clickOn("#recordSaveButton");
        FxWait.until(() -> robot.lookup("#teachingTable").queryTableView().getItems().size() == 1);

        robot.clickOn("#addTeachingButton");
        robot.clickOn(RecordsScreenTest.<String>comboBox(robot, "#teachingCourseBox").getEditor()).write("军事理论");
        robot.clickOn("#teachingHoursField").write("8");
        robot.clickOn("#recordSaveButton");
        FxWait.until(() -> robot.lookup("#teachingTable").queryTableView().getItems().size() == 2);

        Label note = robot.lookup("#teachingNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("⚠ ").contains("《形势与政策》、《军事理论》", "每学期不超过 1 门");
        assertThat(cellTexts(robot, "#teachingTable")).filteredOn(t -> t.startsWith("⚠ ")).hasSize(2);
        assertThat(cellTexts(robot, "#teachingTable")).contains("《形势与政策》", "《军事理论》", "16", "8", "✓");

        // Deleting asks first; once gone, the semester is no longer marked.
        TableView<TeachingRow> table = robot.lookup("#teachingTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.assignment().course().equals("军事理论")).findFirst().orElseThrow()));
        robot.clickOn("#deleteTeachingButton");
        FxWait.until(() -> !robot.lookup("#dialogMessage").queryAll().isEmpty());
        assertThat(robot.lookup("#dialogMessage").queryAs(Label.class).getText()).contains("《军事理论》");
        robot.clickOn("#destructiveButton"); // 删除; 取消 is the default button
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(note.isVisible()).isFalse();
        assertThat(cellTexts(robot, "#teachingTable")).noneMatch(t -> t.startsWith("⚠"));
    }

    private static java.util.List<String> cellTexts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> comboBox(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

}
