package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.StudentsModule;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.students.Attention;
import cn.huyang.students.AttentionCategory;
import cn.huyang.students.AttentionDue;
import cn.huyang.students.AttentionStatus;
import cn.huyang.students.Student;
import cn.huyang.testing.FxWait;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/** 学生档案 on screen (headless): the attention list shows (overdue first); an impossible phone is refused in Chinese. */
@ExtendWith(ApplicationExtension.class)
class StudentsScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Stage primary;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        Counselor zhao = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21),
                LocalDate.of(2020, 9, 1));
        StudentsModule s = StudentsModule.of(ctx);
        Student late = s.students().save(new Student(null, "2024010101", "王芳", Gender.FEMALE, "汉族", "信息2401班",
                info.id(), null, null, null, zhao.id(), 0));
        Student soon = s.students().save(new Student(null, "2024010102", "李娜", Gender.FEMALE, "汉族", "信息2401班",
                info.id(), null, null, null, zhao.id(), 0));
        s.attention().open(new Attention(null, soon.id(), AttentionCategory.FINANCIAL, 3, "家庭经济困难", null,
                zhao.id(), TODAY.minusDays(2), AttentionStatus.ACTIVE, null, null, 0));
        s.attention().open(new Attention(null, late.id(), AttentionCategory.PSYCHOLOGICAL, 1, "情绪低落", null,
                zhao.id(), TODAY.minusDays(20), AttentionStatus.ACTIVE, null, null, 0));
        MainWindow window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
        TabPane tabs = (TabPane) stage.getScene().lookup("#mainTabs");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "studentsTab".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    @Test
    void theAttentionListShowsAndAnImpossiblePhoneIsRefusedInChinese(FxRobot robot) throws TimeoutException {
        TableView<AttentionDue> attention = robot.lookup("#attentionTable").queryTableView();
        FxWait.until(() -> attention.getItems().size() == 2);
        assertThat(attention.getItems()).extracting(d -> d.student().name()).containsExactly("王芳", "李娜");
        assertThat(attention.getItems().get(0).overdue()).isTrue();
        assertThat(attention.getItems().get(1).overdue()).isFalse();
        TableView<Student> list = robot.lookup("#studentTable").queryTableView();
        FxWait.until(() -> list.getItems().size() == 2);

        ComboBox<Department> dept = robot.lookup("#studentDepartment").queryComboBox();
        robot.interact(() -> {
            robot.lookup("#studentNew").queryAs(Button.class).fire();
            robot.lookup("#studentNo").queryAs(TextField.class).setText("2024010103");
            robot.lookup("#studentName").queryAs(TextField.class).setText("赵六");
            robot.lookup("#studentClass").queryAs(TextField.class).setText("信息2401班");
            dept.setValue(dept.getItems().get(0));
            robot.lookup("#studentPhone").queryAs(TextField.class).setText("12345");
            robot.lookup("#studentSave").queryAs(Button.class).fire();
        });
        Label error = robot.lookup("#studentError").queryAs(Label.class);
        FxWait.until(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("联系电话：应为 11 位手机号，或带区号的固定电话（如 0997-2345678）");
        assertThat(robot.lookup("#studentPhone").queryAs(TextField.class).getText()).isEqualTo("12345");
        assertThat(StudentsModule.of(ctx).students().students(null, null)).hasSize(2);

        robot.interact(() -> {
            robot.lookup("#studentPhone").queryAs(TextField.class).setText("13912345678");
            robot.lookup("#studentSave").queryAs(Button.class).fire();
        });
        FxWait.until(() -> list.getItems().size() == 3);
        FxWait.until(() -> error.getText().isEmpty());
        // the saved student's file is open: its phone shows, a part of the file is saved sealed
        TextField phone = robot.lookup("#studentPhone").queryAs(TextField.class);
        FxWait.until(() -> "13912345678".equals(phone.getText()));
        robot.interact(() -> {
            robot.lookup("#part_ACADEMIC").queryAs(javafx.scene.control.TextArea.class).setText("本学期绩点 3.1");
            robot.lookup("#partSave_ACADEMIC").queryAs(Button.class).fire();
        });
        long id = list.getItems().stream().filter(x -> x.studentNo().equals("2024010103")).findFirst()
                .orElseThrow().id();
        FxWait.until(() -> "本学期绩点 3.1".equals(StudentsModule.of(ctx).students().openFile(id)
                .section(cn.huyang.students.FilePart.ACADEMIC).body()));
        assertThat(ctx.audit().find(cn.huyang.access.AuditQuery.all())).anyMatch(e -> e.action().equals("VIEW_FILE"));
    }
}
