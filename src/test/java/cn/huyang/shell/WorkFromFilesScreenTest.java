package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.AssessmentTab;
import cn.huyang.app.StudentsModule;
import cn.huyang.app.StudentsTab;
import cn.huyang.app.WorklogModule;
import cn.huyang.app.WorklogTab;
import cn.huyang.assessment.GridRow;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.print.AppraisalForm;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.PostType;
import cn.huyang.roster.TestData;
import cn.huyang.students.Student;
import cn.huyang.students.StudentsViewModel;
import cn.huyang.testing.FxWait;
import cn.huyang.worklog.RecordKind;
import cn.huyang.worklog.StudentRef;
import cn.huyang.worklog.WorkRecord;
import cn.huyang.worklog.WorklogViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * Work records with the student files (headless): 新建谈话记录 from a file opens a talk with the student picked,
 * and the file's timeline then shows it; a typed name of a listed student is linked; the other kinds are
 * entered on screen; the year's counts stand beside the 学工部 score and in the appraisal form's 备注.
 */
@ExtendWith(ApplicationExtension.class)
class WorkFromFilesScreenTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 6, 15).atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    H2Store db;
    AppContext ctx;
    Counselor zhao;
    Student ayi;
    Student wang;
    MainWindow window;
    Stage primary;

    @Start
    void start(Stage stage) {
        db = H2Store.open(new DataFolder(dir));
        Messages m = Messages.forLanguage("zh");
        ctx = new AppContext(db, m, CLOCK);
        Department info = ctx.roster().saveDepartment(new Department(null, "XX", "信息工程系", 1, true));
        ctx.roster().register(TestData.counselor("钱敏", info.id(), PostType.FULL_TIME, 23), LocalDate.of(2021, 9, 1));
        zhao = ctx.roster().register(TestData.counselor("赵磊", info.id(), PostType.FULL_TIME, 21),
                LocalDate.of(2020, 9, 1));
        StudentsModule s = StudentsModule.of(ctx);
        ayi = s.students().save(new Student(null, "2024010101", "阿依古丽", Gender.FEMALE, "维吾尔族", "信息2401班",
                info.id(), null, null, null, zhao.id(), 0));
        wang = s.students().save(new Student(null, "2024010102", "王芳", Gender.FEMALE, "汉族", "信息2401班",
                info.id(), null, null, null, zhao.id(), 0));
        window = new MainWindow(stage, m, new FxBackgroundRunner(), new FxDialogService(m, dir),
                Settings.load(dir.resolve("settings.properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
        db.close();
    }

    private void select(FxRobot robot, String tabId) {
        robot.interact(() -> window.showTab(tabId));
    }

    private List<WorkRecord> june() {
        return WorklogModule.of(ctx).records().month(zhao.id(), YearMonth.of(2026, 6));
    }

    @Test
    void aTalkStartedFromAStudentsFileNamesTheStudentAndFillsTheTimeline(FxRobot robot) throws TimeoutException {
        select(robot, "studentsTab");
        StudentsViewModel files = window.tab(StudentsTab.class).model();
        robot.interact(() -> files.open(ayi.id()));
        FxWait.until(() -> files.fileProperty().get() != null);
        robot.clickOn("#studentNewTalk");

        TabPane tabs = (TabPane) primary.getScene().lookup("#mainTabs");
        FxWait.until(() -> "worklogTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        WorklogViewModel vm = window.tab(WorklogTab.class).viewModel();
        FxWait.until(() -> vm.students().picked().size() == 1);
        assertThat(vm.counselorProperty().get().name()).isEqualTo("赵磊");
        assertThat(vm.kindProperty().get()).isEqualTo(RecordKind.TALK);
        assertThat(vm.dateProperty().get()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(vm.students().picked()).containsExactly(new StudentRef(ayi.id(), "阿依古丽"));
        // the other student of the counselor's list is typed by name: linked too; a stranger stays typed
        robot.clickOn("#worklogStudents").write("王芳，李明");
        robot.clickOn("#worklogField-reason").write("学业预警谈话");
        robot.clickOn("#worklogSave");
        FxWait.until(() -> vm.lines().size() == 1);
        assertThat(june().get(0).students()).containsExactly(new StudentRef(ayi.id(), "阿依古丽"),
                new StudentRef(wang.id(), "王芳"), new StudentRef(null, "李明"));
        assertThat(vm.students().picked()).isEmpty();

        select(robot, "studentsTab");
        robot.interact(() -> files.open(ayi.id()));
        FxWait.until(() -> files.fileProperty().get() != null && !files.fileProperty().get().contacts().isEmpty());
        assertThat(files.fileProperty().get().contacts().get(0).summary()).contains("学业预警谈话");
    }

    @Test
    void aStudentPickedFromTheListCanBeTakenOffAgain(FxRobot robot) throws TimeoutException {
        select(robot, "worklogTab");
        WorklogViewModel vm = window.tab(WorklogTab.class).viewModel();
        robot.interact(() -> vm.counselorProperty().set(vm.counselors().stream()
                .filter(c -> c.id().equals(zhao.id())).findFirst().orElseThrow()));
        FxWait.until(() -> vm.students().choices().size() == 2);
        @SuppressWarnings("unchecked")
        ComboBox<cn.huyang.worklog.StudentChoice> pick = robot.lookup("#worklogStudentPick").queryAs(ComboBox.class);
        assertThat(pick.getConverter().toString(pick.getItems().get(0))).isEqualTo("信息2401班 阿依古丽（2024010101）");
        robot.interact(() -> pick.setValue(pick.getItems().get(1)));
        FxWait.until(() -> vm.students().picked().size() == 1);
        robot.clickOn("王芳 ✕");
        FxWait.until(() -> vm.students().picked().isEmpty());
    }

    @Test
    void eachOtherKindIsEnteredOnScreenAndCountedBesideTheOfficeScore(FxRobot robot) throws TimeoutException {
        select(robot, "worklogTab");
        WorklogViewModel vm = window.tab(WorklogTab.class).viewModel();
        robot.interact(() -> vm.counselorProperty().set(vm.counselors().stream()
                .filter(c -> c.id().equals(zhao.id())).findFirst().orElseThrow()));
        FxWait.until(() -> vm.students().choices().size() == 2);
        robot.clickOn("#worklogClass").write("信息2401班");
        robot.clickOn("#worklogPlace").write("信息楼301");
        enter(robot, RecordKind.CLASS_VISIT, LocalDate.of(2026, 6, 10), "course", "高等数学");
        enter(robot, RecordKind.DORM_VISIT, LocalDate.of(2026, 6, 11), "building", "3号学生公寓");
        robot.clickOn("#worklogField-rooms").write("305");
        robot.clickOn("#worklogSave");
        FxWait.until(() -> vm.lines().size() == 2);
        enter(robot, RecordKind.CLASS_MEETING, LocalDate.of(2026, 6, 12), "theme", "诚信考试主题班会");
        FxWait.until(() -> vm.lines().size() == 3);
        assertThat(june()).extracting(WorkRecord::kind).containsExactlyInAnyOrder(RecordKind.CLASS_VISIT,
                RecordKind.DORM_VISIT, RecordKind.CLASS_MEETING);
        assertThat(june()).filteredOn(r -> r.kind() == RecordKind.CLASS_MEETING).singleElement()
                .satisfies(r -> assertThat(r.detail("theme")).isEqualTo("诚信考试主题班会"));
        FxWait.until(() -> vm.summaryProperty().get().contains("听课 1 次"));

        select(robot, "assessmentTab");
        TableView<?> grid = robot.lookup("#assessmentTable").queryAs(TableView.class);
        var rows = window.tab(AssessmentTab.class).viewModel().shownRows();
        FxWait.until(() -> rows.stream().anyMatch(r -> r.counselorId() == zhao.id() && !r.work().isEmpty()));
        GridRow row = rows.stream().filter(r -> r.counselorId() == zhao.id()).findFirst().orElseThrow();
        assertThat(row.work()).isEqualTo("谈心0 听课1 宿舍1 班会1");
        assertThat(grid.getColumns().get(3).getText()).isEqualTo("本年工作记录");
        List<AppraisalForm> forms = ctx.assessment().forms(2026, null, zhao.id());
        assertThat(forms).singleElement().extracting(f -> f.remarks()).asString()
                .contains("本年度工作记录：谈心谈话 0 次、听课 1 次、走访宿舍 1 次、班会 1 次");
    }

    @Test
    void theSummarySubTabCountsTheMonthByCounselorAndByDepartment(FxRobot robot) throws TimeoutException {
        var records = WorklogModule.of(ctx).records();
        for (int day : new int[] {3, 10}) {
            records.add(new WorkRecord(null, zhao.id(), RecordKind.TALK, LocalDate.of(2026, 6, day), null, "办公室",
                    "信息2401班", "DAILY", null, false, false, java.util.Map.of("way", "FACE", "reason", "学业"),
                    List.of(new StudentRef(ayi.id(), "阿依古丽")), 0));
        }
        select(robot, "worklogTab");
        WorklogTab tab = window.tab(WorklogTab.class);
        FxWait.until(() -> tab.viewModel().monthProperty().get() != null && !tab.viewModel().counselors().isEmpty());
        TabPane views = robot.lookup("#worklogViews").queryAs(TabPane.class);
        robot.interact(() -> views.getSelectionModel().select(2));
        var summary = tab.summaryViewModel();
        FxWait.until(() -> summary.rows().size() == 2);
        assertThat(summary.rows()).filteredOn(r -> "赵磊".equals(r.counselor())).singleElement()
                .satisfies(r -> assertThat(r.counts().talks()).isEqualTo(2))
                .satisfies(r -> assertThat(r.counts().students()).isEqualTo(1));
        assertThat(robot.lookup("#worklogSummaryTitle").queryAs(Label.class).getText()).isEqualTo("2026-06：2 名辅导员");
        robot.interact(() -> summary.byDepartmentProperty().set(true));
        FxWait.until(() -> summary.rows().size() == 1 && summary.rows().get(0).counselor() == null);
        assertThat(summary.rows().get(0).counts().talks()).isEqualTo(2);
        robot.interact(() -> summary.wholeYearProperty().set(true));
        FxWait.until(() -> robot.lookup("#worklogSummaryTitle").queryAs(Label.class).getText()
                .equals("2026 年：1 个系部"));
    }

    /** Chooses the kind and the day, types the required text, and (but for the dormitory's second field) saves. */
    private void enter(FxRobot robot, RecordKind kind, LocalDate day, String field, String text) {
        @SuppressWarnings("unchecked")
        ChoiceBox<RecordKind> kinds = robot.lookup("#worklogKind").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            kinds.setValue(kind);
            robot.lookup("#worklogDate").queryAs(DatePicker.class).setValue(day);
        });
        robot.clickOn("#worklogField-" + field).write(text);
        if (kind != RecordKind.DORM_VISIT) {
            robot.clickOn("#worklogSave");
            Label error = robot.lookup("#worklogError").queryAs(Label.class);
            assertThat(error.getText()).isEmpty();
        }
    }
}
