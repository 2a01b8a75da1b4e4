package cn.huyang.shell;

import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Styles;
import cn.huyang.AppContext;
import cn.huyang.assessment.AssessmentView;
import cn.huyang.assessment.AssessmentViewModel;
import cn.huyang.cli.VersionProvider;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.BackupException;
import cn.huyang.db.BackupTexts;
import cn.huyang.db.Backups;
import cn.huyang.db.StagedRestore;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.io.SpreadsheetActions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import cn.huyang.roster.RosterView;
import cn.huyang.roster.RosterViewModel;
import cn.huyang.title.TitleFormActions;
import cn.huyang.title.TitleView;
import cn.huyang.training.TrainingView;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menus, the four tabs, the status bar. Shown before the database opens; the
 * roster appears when it has loaded behind it.
 */
public class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 760;

    private final Stage stage;
    private final Messages m;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Settings settings;
    private final StatusBar statusBar;
    private final Tab rosterTab;
    private final Tab trainingTab;
    private final TabPane tabs;
    private TrainingView trainingView;
    private final Tab assessmentTab;
    private final Tab titleTab;
    private TitleView titleView;
    private final MenuItem demoItem;
    private final MenuItem refreshItem;
    private final MenuItem backupItem;
    private final MenuItem restoreItem;
    private final MenuItem importItem;
    private SpreadsheetActions spreadsheets;
    private final List<Runnable> reloadHooks = new ArrayList<>();
    private RosterViewModel rosterVm;
    private AssessmentViewModel assessmentVm;
    private AppContext context;

    public MainWindow(Stage stage, Messages m, BackgroundRunner runner, DialogService dialogs, Settings settings) {
        this.stage = stage;
        this.m = m;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.statusBar = new StatusBar(runner, m);
        this.demoItem = new MenuItem(m.get("menu.file.demo"));
        this.refreshItem = new MenuItem(m.get("menu.view.refresh"));
        this.backupItem = new MenuItem(m.get("menu.file.backup"));
        this.restoreItem = new MenuItem(m.get("menu.file.restore"));
        this.importItem = new MenuItem(m.get("io.menu.import"));

        rosterTab = tab("tab.roster", "rosterTab", placeholder(m.get("startup.opening")));
        trainingTab = tab("tab.training", "trainingTab", placeholder(m.get("startup.opening")));
        tabs = new TabPane(rosterTab, trainingTab,
                titleTab = tab("tab.title", "titleTab", placeholder(m.get("startup.opening"))),
                assessmentTab = tab("tab.assessment", "assessmentTab", placeholder(m.get("tab.assessment.placeholder"))));
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showingTab());

        BorderPane root = new BorderPane(tabs);
        root.setTop(menuBar());
        root.setBottom(statusBar.node());
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.setTitle(m.get("app.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        dialogs.setOwner(stage);
        place();
    }

    private Tab tab(String key, String id, Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        return t;
    }

    private Node placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder-text");
        l.setWrapText(true);
        return new StackPane(l);
    }

    private MenuBar menuBar() {
        demoItem.setId("menuDemo");
        demoItem.setDisable(true);
        demoItem.setOnAction(e -> offerDemo());
        MenuItem exit = new MenuItem(m.get("menu.file.exit"));
        exit.setOnAction(e -> {
            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        backupItem.setId("menuBackup");
        backupItem.setDisable(true);
        backupItem.setOnAction(e -> backup());
        restoreItem.setId("menuRestore");
        restoreItem.setDisable(true);
        restoreItem.setOnAction(e -> restore());
        importItem.setId("menuImport");
        importItem.setDisable(true);
        importItem.setOnAction(e -> spreadsheets.openImport());
        Menu file = new Menu(m.get("menu.file"), null, demoItem, importItem, new SeparatorMenuItem(), backupItem,
                restoreItem, new SeparatorMenuItem(), exit);
        file.setId("menuFile");

        refreshItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refreshItem.setDisable(true);
        refreshItem.setOnAction(e -> reload());
        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("简体中文");
        RadioMenuItem en = new RadioMenuItem("English");
        zh.setToggleGroup(langs);
        en.setToggleGroup(langs);
        (m.isChinese() ? zh : en).setSelected(true);
        zh.setOnAction(e -> chooseLanguage("zh"));
        en.setOnAction(e -> chooseLanguage("en"));
        Menu language = new Menu(m.get("menu.view.language"), null, zh, en);
        Menu view = new Menu(m.get("menu.view"), null, refreshItem, language);
        view.setId("menuView");

        MenuItem about = new MenuItem(m.get("menu.help.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> about());
        Menu help = new Menu(m.get("menu.help"), null, about);
        help.setId("menuHelp");
        return new MenuBar(file, view, help);
    }

    private void chooseLanguage(String lang) {
        settings.put("lang", lang);
        runner.run(m.get("status.savingSettings"), p -> {
            settings.save();
            return null;
        }, x -> dialogs.info(m.get("menu.view.language.restart")), dialogs::failure);
    }

    private void about() {
        String text = m.get("about.text", VersionProvider.version(),
                context == null ? "" : context.database().folder().path().toString(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "21"));
        dialogs.info(text);
    }

    /** The database is open: the roster loads behind the window already shown. */
    public RosterViewModel attach(AppContext ctx) {
        this.context = ctx;
        rosterVm = new RosterViewModel(ctx.roster(), ctx.rosterFindingSources(), runner, m);
        rosterVm.setOnFailure(dialogs::failure);
        RosterView view = new RosterView(rosterVm, dialogs, () -> stage, this::offerDemo);
        rosterTab.setContent(view.node());
        statusBar.setInfo(m.get("status.dataFolder", ctx.database().folder().path()));
        trainingView = new TrainingView(ctx.training(), runner, m, dialogs, () -> stage);
        trainingTab.setContent(trainingView.node());
        spreadsheets = new SpreadsheetActions(ctx.export(), ctx.rosterImport(), ctx.trainingImport(),
                ctx.scoresImport(), runner, m, dialogs, () -> stage,
                new FxFilePicker(m, settings), statusBar::notice, this::reload, ctx.roster()::today);
        spreadsheets.installExports(view, trainingView);
        // After F5, demo data or a restore: the training tab reloads what it shows, the rest when shown.
        addReloadHook(() -> {
            trainingView.invalidate();
            showingTab();
        });
        demoItem.setDisable(false);
        refreshItem.setDisable(false);
        backupItem.setDisable(false);
        restoreItem.setDisable(false);
        importItem.setDisable(false);
        rosterVm.load();
        showingTab();
        attachAssessment(ctx);
        attachTitles(ctx);
        return rosterVm;
    }

    /** Tabs load what they show when first selected, not at start-up. */
    private void showingTab() {
        if (trainingView != null && tabs.getSelectionModel().getSelectedItem() == trainingTab) {
            trainingView.showing();
        }
    }

    /** The assessment tab: built now, loaded the first time it is shown. */
    private void attachAssessment(AppContext ctx) {
        assessmentVm = new AssessmentViewModel(ctx.assessment(), runner, m);
        assessmentVm.setOnFailure(dialogs::failure);
        assessmentVm.setOnInfo(dialogs::info);
        AssessmentView view = new AssessmentView(assessmentVm, dialogs, () -> stage);
        spreadsheets.installExport(view);
        assessmentTab.setContent(view.node());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (assessmentVm.dirtyProperty().get() && !dialogs.confirm(m.get("assessment.discardOnClose"))) {
                e.consume();
            }
        });
        Runnable loadOnce = () -> {
            if (assessmentVm.sheetProperty().get() == null) {
                assessmentVm.load();
            }
        };
        if (assessmentTab.isSelected()) {
            loadOnce.run();
        }
        addReloadHook(() -> {
            if (assessmentVm.sheetProperty().get() != null) {
                assessmentVm.load();
            }
        });
        assessmentTab.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                loadOnce.run();
            }
        });
    }

    /** The title tab: built now, loaded when shown; a confirmed review changes the roster's titles. */
    private void attachTitles(AppContext ctx) {
        titleView = new TitleView(ctx.titles(), runner, m, dialogs, () -> stage);
        titleView.addPrinting(new TitleFormActions(ctx.titleForms(), runner, dialogs, () -> stage), m);
        titleView.setOnChanged(() -> {
            if (rosterVm != null) {
                rosterVm.refresh();
            }
        });
        titleTab.setContent(titleView.node());
        titleTab.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                titleView.showing();
            }
        });
        addReloadHook(() -> {
            titleView.invalidate();
            if (titleTab.isSelected()) {
                titleView.showing();
            }
        });
        if (titleTab.isSelected()) {
            titleView.showing();
        }
    }

    public TitleView titleView() {
        return titleView;
    }

    public AssessmentViewModel assessmentViewModel() {
        return assessmentVm;
    }

    private void offerDemo() {
        if (context == null || !dialogs.confirm(m.get("demo.confirm"))) {
            return;
        }
        DemoDataGenerator demo = context.demo();
        runner.run(m.get("demo.running"), p -> {
            boolean force = demo.databaseHoldsData();
            return demo.generate(new DemoDataGenerator.Request(200, 5, System.currentTimeMillis() % 100_000), force, p);
        }, summary -> reload(), dialogs::failure);
    }

    /**
     * Something to do when the data changed underneath the views (a restore, the demo data, F5):
     * each tab registers how it reloads. The roster reloads without registering.
     */
    public void addReloadHook(Runnable hook) {
        reloadHooks.add(hook);
    }

    /** Reloads every view from the database. */
    public void reload() {
        if (rosterVm != null) {
            rosterVm.refresh();
        }
        reloadHooks.forEach(Runnable::run);
    }

    private FileChooser backupChooser(String titleKey, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("backup.chooser.filter"), "*.zip"));
        Path start = settings.get("backup.lastFolder").map(Path::of).filter(Files::isDirectory).orElse(folder);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }

    /** 文件 → 备份: the whole database to a chosen file. */
    private void backup() {
        FileChooser chooser = backupChooser("backup.chooser.save", Path.of(System.getProperty("user.home")));
        chooser.setInitialFileName("胡杨备份-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath().getFileName().toString().toLowerCase().endsWith(".zip") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".zip");
        settings.put("backup.lastFolder", file.toAbsolutePath().getParent().toString());
        Backups backups = context.database().backups();
        runner.run(m.get("backup.running"), p -> backups.backupTo(file),
                info -> dialogs.info(m.get("backup.done", info.file(), info.counselors())), this::backupFailure);
    }

    /** 文件 → 恢复: checks the chosen backup, shows what it holds, asks, then replaces the database. */
    private void restore() {
        Backups backups = context.database().backups();
        File chosen = backupChooser("backup.chooser.open", backups.folder()).showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        runner.run(m.get("restore.checking"), p -> backups.prepareRestore(chosen.toPath()),
                staged -> confirmRestore(backups, staged), this::backupFailure);
    }

    private void confirmRestore(Backups backups, StagedRestore staged) {
        if (!dialogs.confirm(m.get("restore.confirm", BackupTexts.summary(staged.info(), m), backups.folder()))) {
            runner.run(m.get("restore.running"), p -> {
                staged.close();
                return null;
            }, x -> { }, this::backupFailure);
            return;
        }
        runner.run(m.get("restore.running"), p -> backups.restore(staged), before -> {
            reload();
            dialogs.info(m.get("restore.done", staged.info().counselors(), before.file()));
        }, e -> {
            staged.close();
            reload();
            backupFailure(e);
        });
    }

    private void backupFailure(Throwable e) {
        if (e instanceof BackupException b) {
            dialogs.error(BackupTexts.problem(b, m));
        } else {
            dialogs.failure(e);
        }
    }

    private void place() {
        List<javafx.geometry.Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .collect(Collectors.toList());
        WindowPlacement.from(settings).filter(p -> p.fitsOn(screens)).ifPresentOrElse(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        }, () -> {
            var b = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, b.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, b.getHeight()));
            stage.centerOnScreen();
        });
    }

    /** Remembers where the window is, for the next start. */
    public void rememberPlacement() {
        new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                .store(settings);
    }

    public Stage stage() {
        return stage;
    }

    public TrainingView trainingView() {
        return trainingView;
    }

    public RosterViewModel rosterViewModel() {
        return rosterVm;
    }

    /** The import dialog and the export buttons (null until the database is open). */
    public SpreadsheetActions spreadsheets() {
        return spreadsheets;
    }
}
