package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.app.AppContext;
import cn.huyang.app.RosterTab;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Progress;
import cn.huyang.common.ui.Screens;
import cn.huyang.db.DataFolder;
import cn.huyang.db.H2Store;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.testing.FxWait;
import cn.huyang.testing.ScreenCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab, sub-tab and dialog of the window, with a few hundred demo counselors, at 1024×768 and
 * at 150 % on that screen: no label, button, tab or header shows its text cut to "…", every button
 * and field lies inside its window and no window is larger than the screen. Monocle's headless
 * screen cannot scale, so 150 % is emulated as what it leaves to lay out in: a 683×512 screen
 * ({@link Screens#emulate}) and window. The dialogs that refuse a value are in {@link RefusalScreenTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {
    static Path dir;
    static H2Store db;
    static AppContext ctx;
    static final Messages M = Messages.forLanguage("zh");

    FxBackgroundRunner runner;
    MainWindow window;
    Stage primary;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void demoData() throws Exception {
        dir = Files.createTempDirectory("huyang-fit");
        db = H2Store.open(new DataFolder(dir));
        ctx = new AppContext(db, M, Clock.systemDefaultZone());
        ctx.demo().generate(new DemoDataGenerator.Request(240, 3, 22), false, Progress.NONE);
    }

    @AfterAll
    static void closeDatabase() {
        db.close();
        db = null; // the demo data goes with the test: the screen tests share one JVM
        ctx = null;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder left behind is no failure of the screens
        }
    }

    @Start
    void start(Stage stage) {
        runner = new FxBackgroundRunner();
        window = new MainWindow(stage, M, runner, new FxDialogService(M, dir.resolve("logs")),
                Settings.load(dir.resolve("settings-" + System.nanoTime() + ".properties")));
        window.attach(ctx);
        primary = stage;
        stage.show();
    }

    @AfterEach
    void closeOthers(FxRobot robot) {
        Screens.emulate(null);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != primary).toList().forEach(Window::hide));
    }

    @Test
    void everyScreenFitsAt1024x768(FxRobot robot) throws Exception {
        tour(robot, new Rectangle2D(0, 0, 1024, 768));
    }

    @Test
    void everyScreenFitsAt150PercentOf1024x768(FxRobot robot) throws Exception {
        tour(robot, new Rectangle2D(0, 0, 683, 512));
    }

    @Test
    void everyScreenFitsInEnglishAt1024x768(FxRobot robot) throws Exception {
        Messages en = Messages.forLanguage("en");
        robot.interact(() -> {
            window = new MainWindow(primary, en, runner, new FxDialogService(en, dir.resolve("logs")),
                    Settings.load(dir.resolve("settings-en.properties")));
            window.attach(ctx);
        });
        tour(robot, new Rectangle2D(0, 0, 1024, 768));
    }

    private void tour(FxRobot robot, Rectangle2D screen) throws Exception {
        Screens.emulate(screen);
        robot.interact(() -> {
            primary.setMaximized(false);
            primary.setX(0);
            primary.setY(0);
            primary.setWidth(screen.getWidth());
            primary.setHeight(screen.getHeight());
        });
        settle();
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            settle();
            check(primary, tab.getText());
            Node content = tab.getContent();
            TabPane inner = content instanceof TabPane t ? t : null;
            if (inner != null) {
                for (Tab sub : List.copyOf(inner.getTabs())) {
                    robot.interact(() -> inner.getSelectionModel().select(sub));
                    settle();
                    check(primary, tab.getText() + " › " + sub.getText());
                }
                robot.interact(() -> inner.getSelectionModel().select(0));
            }
            dialogsOf(robot, tab.getId(), tab.getText(), inner);
        }
        dialog(robot, "使用说明", () -> fireMenu("menuUsage"));
        dialog(robot, "关于胡杨", () -> fireMenu("menuAbout"));
        dialog(robot, "导入", () -> window.spreadsheets().openImport());
        accountDialogs(robot);
        dataLocationDialog(robot);
        assertThat(problems).as("what is cut or outside at %s×%s", (int) screen.getWidth(), (int) screen.getHeight())
                .isEmpty();
    }

    /** The dialogs each tab opens, each checked and closed again. */
    private void dialogsOf(FxRobot robot, String id, String name, TabPane inner) throws Exception {
        switch (id) {
            case "rosterTab" -> {
                dialog(robot, name + " › 新增辅导员", () -> button(robot, "#addButton").fire());
                selectFirst(robot, "#rosterTable");
                var view = window.tab(RosterTab.class).view();
                Window form = open(robot, () -> view.openForm(view.table().getItems().get(0)));
                check(form, name + " › 编辑");
                dialog(robot, name + " › 离岗", () -> button(robot, "#actionLEAVE").fire());
                dialog(robot, name + " › 离职注销", () -> button(robot, "#actionDEREGISTER").fire());
                close(form);
                dialog(robot, name + " › 新增系部", () -> button(robot, "#addDepartmentButton").fire());
            }
            case "trainingTab" -> {
                dialog(robot, name + " › 登记培训", () -> button(robot, "#addTrainingButton").fire());
                selectFirst(robot, "#ledgerTable");
                dialog(robot, name + " › 删除记录", () -> button(robot, "#deleteRecordButton").fire());
            }
            case "titleTab" -> {
                dialog(robot, name + " › 申报", () -> button(robot, "#applyButton").fire());
                dialog(robot, name + " › 确认评审结果", () -> button(robot, "#confirmReviewButton").fire());
                robot.interact(() -> inner.getSelectionModel().select(1));
                settle();
                selectFirst(robot, "#targetsTable");
                dialog(robot, name + " › 编辑名额与标准", () -> button(robot, "#editTargetButton").fire());
                robot.interact(() -> inner.getSelectionModel().select(2));
                settle();
                selectFirst(robot, "#recordsCounselorList");
                for (String add : List.of("addPromotionButton", "addOutputButton", "addTeachingButton",
                        "addServiceButton")) {
                    dialog(robot, name + " › 个人档案 › " + add, () -> button(robot, "#" + add).fire());
                }
            }
            case "assessmentTab" -> {
                dialog(robot, name + " › 考核方案", () -> button(robot, "#assessmentScheme").fire());
                dialog(robot, name + " › 十佳辅导员", () -> button(robot, "#assessmentTopTen").fire());
                dialog(robot, name + " › 确认结果", () -> button(robot, "#assessmentConfirm").fire());
                @SuppressWarnings("unchecked")
                TableView<Object> grid = robot.lookup("#assessmentTable").queryAs(TableView.class);
                robot.interact(() -> grid.getSelectionModel().select(0, grid.getColumns().get(0)));
                settle();
                dialog(robot, name + " › 调整等次", () -> button(robot, "#assessmentOverride").fire());
                dialog(robot, name + " › 复核", () -> button(robot, "#assessmentReview").fire());
                Window forms = open(robot, () -> button(robot, "#assessmentForms").fire());
                check(forms, name + " › 考核登记表");
                Window preview = open(robot, () -> forms.getScene().getRoot().lookupAll(".button").stream()
                        .filter(b -> b instanceof Button x && "formsPreview".equals(x.getId())).findFirst()
                        .map(Button.class::cast).orElseThrow().fire());
                check(preview, name + " › 打印预览");
                close(preview);
            }
            case "findingsTab" -> {
                selectFirst(robot, "#findingsTable");
                dialog(robot, name + " › 处理", () -> button(robot, "#decideButton").fire());
                dialog(robot, name + " › 处理记录", () -> button(robot, "#historyButton").fire());
            }
            default -> { }
        }
    }

    /** The way in (wizard, key, login, recovery, password), the lock layer, 账户管理 and 操作日志. */
    private void accountDialogs(FxRobot robot) throws Exception {
        Messages m = messagesOf(primary);
        var gate = new cn.huyang.app.PlainGate(db, Clock.systemDefaultZone());
        dialog(robot, "首次启动", () -> new AdminWizard(m, runner, gate, false, dir.toString(),
                java.time.LocalDate.now(), (t, n) -> null, new FxDialogService(m, dir.resolve("logs")), e -> { }).showAndWait(primary));
        dialog(robot, "升级", () -> new AdminWizard(m, runner, gate, true, dir.toString(),
                java.time.LocalDate.now(), (t, n) -> null, new FxDialogService(m, dir.resolve("logs")), e -> { }).showAndWait(primary));
        dialog(robot, "恢复密钥", () -> {
            AdminWizard w = new AdminWizard(m, runner, gate, false, dir.toString(), java.time.LocalDate.now(),
                    (t, n) -> null, new FxDialogService(m, dir.resolve("logs")), e -> { });
            w.showKey(new cn.huyang.app.Opening(db, cn.huyang.access.Session.system(), cn.huyang.access.Credentials.NONE,
                    (u, p) -> { }, "K7QX-3MPA-9WZD-TR2H-6YBN-4CEF-8JSV-5LUG", null, false,
                    cn.huyang.security.TextCipher.random()));
            w.showAndWait(primary);
        });
        dialog(robot, "登录", () -> new LoginDialog(m, runner, gate, cn.huyang.common.Remembered.inMemory(), e -> { })
                .showAndWait(primary));
        dialog(robot, "用恢复密钥重设密码", () -> new RecoveryDialog(m, runner, gate, e -> { }).showAndWait(primary));
        dialog(robot, "修改密码", () -> new ChangePasswordDialog(m, runner, ctx.accounts(), true, e -> { })
                .showAndWait(primary));
        dialog(robot, "锁定", () -> new LockScreen(primary, m, "王老师（系统管理员）", p -> { }).show());
        Window accounts = open(robot, () -> fireMenu("menuAccounts"));
        settle();
        check(accounts, "账户管理");
        dialog(robot, "账户管理 › 新增账户", () -> button(robot, "#addAccountButton").fire());
        close(accounts);
        Window audit = open(robot, () -> fireMenu("menuAudit"));
        settle();
        check(audit, "操作日志");
        close(audit);
    }

    /** 数据位置, also with the server's fields in use and the long sentence of a refused connection test. */
    private void dataLocationDialog(FxRobot robot) throws Exception {
        Window w = open(robot, () -> fireMenu("menuDataLocation"));
        check(w, "数据位置");
        Button test = (Button) w.getScene().lookup("#testConnectionButton");
        javafx.scene.control.Label result = (javafx.scene.control.Label) w.getScene().lookup("#testConnectionResult");
        robot.interact(() -> {
            ((javafx.scene.control.RadioButton) w.getScene().lookup("#locationServer")).fire();
            ((javafx.scene.control.TextField) w.getScene().lookup("#serverHost")).setText("127.0.0.1");
            ((javafx.scene.control.TextField) w.getScene().lookup("#serverPort")).setText("1");
            ((javafx.scene.control.PasswordField) w.getScene().lookup("#serverPassword")).setText("x");
            test.fire();
        });
        FxWait.until(() -> !test.isDisabled() && !result.getText().isEmpty());
        settle();
        check(w, "数据位置 › 测试连接");
        close(w);
    }

    /** The language the window was built in (the English tour builds its own window). */
    private static Messages messagesOf(Stage stage) {
        return stage.getTitle() != null && stage.getTitle().startsWith("Huyang") ? Messages.forLanguage("en") : M;
    }

    // ---- opening, checking and closing ----------------------------------------------------------

    /** Opens a window with {@code action}, checks it, closes it. */
    private void dialog(FxRobot robot, String where, Runnable action) throws Exception {
        Window w = open(robot, action);
        check(w, where);
        close(w);
    }

    /** Runs {@code action} (which may block in showAndWait) and waits for the window it opens. */
    private Window open(FxRobot robot, Runnable action) throws TimeoutException {
        Set<Window> before = new HashSet<>(showing());
        Platform.runLater(action);
        FxWait.until(() -> showing().stream().anyMatch(w -> !before.contains(w)));
        settle();
        return showing().stream().filter(w -> !before.contains(w)).reduce((a, b) -> b).orElseThrow();
    }

    /** Closes a window as its 取消 / 关闭 button would (else hides it), and waits until it is gone. */
    private void close(Window w) throws TimeoutException {
        Platform.runLater(() -> w.getScene().getRoot().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.isCancelButton() && b.isVisible()).findFirst()
                .ifPresentOrElse(b -> ((Button) b).fire(), w::hide));
        FxWait.until(() -> !w.isShowing());
        settle();
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> !(w instanceof javafx.stage.PopupWindow)).toList();
    }

    private void check(Window w, String where) {
        problems.addAll(ScreenCheck.problems(w, where, Screens.primary()));
    }

    /** Waits for the background work to end and the screen to be laid out. */
    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.until(() -> !runner.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ButtonBase button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ButtonBase.class);
    }

    private void selectFirst(FxRobot robot, String query) throws TimeoutException {
        Node n = robot.lookup(query).query();
        FxWait.until(() -> n instanceof TableView<?> t ? !t.getItems().isEmpty()
                : !((javafx.scene.control.ListView<?>) n).getItems().isEmpty());
        robot.interact(() -> {
            if (n instanceof TableView<?> t) {
                t.getSelectionModel().select(0);
            } else {
                ((javafx.scene.control.ListView<?>) n).getSelectionModel().select(0);
            }
        });
        settle();
    }

    private void fireMenu(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) primary.getScene().getRoot()
                .lookup(".menu-bar");
        bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow().fire();
    }
}
