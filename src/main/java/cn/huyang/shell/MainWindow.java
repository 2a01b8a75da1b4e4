package cn.huyang.shell;

import cn.huyang.app.AppContext;
import cn.huyang.app.FeatureModule;
import cn.huyang.app.MenuAction;
import cn.huyang.app.Modules;
import cn.huyang.app.TabSpec;
import cn.huyang.app.Ui;
import cn.huyang.common.AppVersion;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.ClippedText;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.FeatureTab;
import cn.huyang.common.ui.Styles;
import cn.huyang.demo.DemoDataGenerator;
import cn.huyang.io.SpreadsheetActions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: menus, one tab per feature module, the status bar. Shown before the database
 * opens, each tab with a placeholder; the modules' tabs replace them when it has opened. The
 * window knows tabs only as {@link FeatureTab}s: it never names a feature's view.
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
    private final TabPane tabs = new TabPane();
    private final TabFeatures features = new TabFeatures();
    private final List<MenuItem> needData = new ArrayList<>();
    private final BackupActions backups;
    private final UserMenu user;
    private final Map<MenuItem, List<cn.huyang.access.Operation>> guarded = new LinkedHashMap<>();
    private final List<FeatureModule> modules; // the tabs are theirs: placeholders at first, then each user's own
    private SpreadsheetActions spreadsheets;
    private AppContext context;
    private Ui ui;

    public MainWindow(Stage stage, Messages m, BackgroundRunner runner, DialogService dialogs, Settings settings) {
        this(stage, m, runner, dialogs, settings, Modules.standard());
    }

    /** @param modules the modules whose tabs show (as placeholders until {@link #attach}) */
    public MainWindow(Stage stage, Messages m, BackgroundRunner runner, DialogService dialogs, Settings settings,
                      List<FeatureModule> modules) {
        this.stage = stage;
        this.m = m;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.modules = List.copyOf(modules);
        this.statusBar = new StatusBar(runner, m);
        this.user = new UserMenu(stage, m, runner, dialogs, settings);
        if (dialogs instanceof FxDialogService fx) {
            fx.setNotices(statusBar::notice);
        }
        this.backups = new BackupActions(stage, m, runner, dialogs, settings, () -> context.backups(),
                () -> context.access().actor().userName(), () -> context.clock(), this::reload);
        for (TabSpec spec : tabSpecs(modules, s -> true)) {
            Tab t = new Tab(m.get(spec.titleKey()), placeholder(m.get(spec.placeholderKey())));
            t.setId(spec.id());
            tabs.getTabs().add(t);
        }
        tabs.setId("mainTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected());

        BorderPane root = new BorderPane(tabs);
        root.setTop(menuBar());
        root.setBottom(statusBar.node());
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.setTitle(m.get("app.title"));
        // 150 % on a 1024×768 screen leaves 683×512: the window must still fit there.
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        javafx.event.EventHandler<WindowEvent> guard = this::guardUnsaved;
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, guard);
        // A stage given another window's scene forgets this one (and lets its tabs and data go).
        stage.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != scene) {
                    stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, guard);
                    stage.sceneProperty().removeListener(this);
                    stopWatching();
                }
            }
        });
        dialogs.setOwner(stage);
        ClippedText.installEverywhere(); // a text cut to "…" shows whole when the mouse rests on it
        place();
    }

    private static List<TabSpec> tabSpecs(List<FeatureModule> modules, java.util.function.Predicate<TabSpec> shown) {
        return modules.stream().map(FeatureModule::tab).flatMap(Optional::stream).filter(shown)
                .sorted(Comparator.comparingInt(TabSpec::order)).toList();
    }

    private Node placeholder(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("placeholder-text");
        l.setWrapText(true);
        return new StackPane(l);
    }

    /** An item enabled once the data is open, and shown only to a role that may do one of {@code ops} (none: all). */
    private MenuItem dataItem(String key, String id, Runnable action, cn.huyang.access.Operation... ops) {
        MenuItem item = new MenuItem(m.get(key));
        if (ops.length > 0) {
            guarded.put(item, List.of(ops));
        }
        item.setId(id);
        item.setDisable(true);
        item.setOnAction(e -> action.run());
        needData.add(item);
        return item;
    }

    /**
     * 文件 (import, backup, restore, exit), 视图 (find, refresh, language) and 帮助 (使用说明 with the
     * data folder, demo data for a trial, about); each shortcut shows beside its item.
     */
    private MenuBar menuBar() {
        MenuItem importItem = dataItem("io.menu.import", "menuImport", () -> spreadsheets.openImport(),
                cn.huyang.access.Operation.IMPORT);
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem backupItem = dataItem("menu.file.backup", "menuBackup", backups::backup,
                cn.huyang.access.Operation.BACKUP);
        MenuItem restoreItem = dataItem("menu.file.restore", "menuRestore", backups::restore,
                cn.huyang.access.Operation.RESTORE);
        MenuItem exit = new MenuItem(m.get("menu.file.exit"));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu(m.get("menu.file"), null, importItem);
        // the modules' items (政策参数…): shown at once, opened by the started module's action
        for (FeatureModule module : modules) {
            for (MenuAction action : module.fileMenu()) {
                file.getItems().add(dataItem(action.textKey(), action.id(), () -> openMenuAction(action.id()),
                        action.shownFor().toArray(new cn.huyang.access.Operation[0])));
            }
        }
        file.getItems().addAll(new SeparatorMenuItem(), backupItem, restoreItem, new SeparatorMenuItem(),
                user.changePasswordItem(), user.lockItem(), new SeparatorMenuItem(), exit);
        file.setId("menuFile");

        MenuItem findItem = dataItem("menu.view.find", "menuFind", this::find);
        findItem.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem refreshItem = dataItem("menu.view.refresh", "menuRefresh", this::reload);
        refreshItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("简体中文");
        RadioMenuItem en = new RadioMenuItem("English");
        zh.setToggleGroup(langs);
        en.setToggleGroup(langs);
        (m.isChinese() ? zh : en).setSelected(true);
        zh.setOnAction(e -> chooseLanguage("zh"));
        en.setOnAction(e -> chooseLanguage("en"));
        Menu language = new Menu(m.get("menu.view.language"), null, zh, en);
        Menu view = new Menu(m.get("menu.view"), null, findItem, refreshItem, new SeparatorMenuItem(), language);
        view.setId("menuView");

        MenuItem usage = new MenuItem(m.get("menu.help.usage"));
        usage.setId("menuUsage");
        usage.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        usage.setOnAction(e -> new HelpWindow(stage, m, context == null ? null
                : context.store().location()).show());
        // Demo data is for a trial: under 帮助, not at the top of the real 文件 menu.
        MenuItem demoItem = dataItem("menu.file.demo", "menuDemo", this::offerDemo,
                cn.huyang.access.Operation.DEMO_DATA);
        MenuItem about = new MenuItem(m.get("menu.help.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> about());
        Menu help = new Menu(m.get("menu.help"), null, usage, new SeparatorMenuItem(), demoItem,
                new SeparatorMenuItem(), about);
        help.setId("menuHelp");
        return new MenuBar(file, view, help);
    }

    private void openMenuAction(String id) {
        context.modules().stream().flatMap(module -> module.fileMenu().stream())
                .filter(action -> action.id().equals(id)).findFirst()
                .ifPresent(action -> action.open().accept(ui));
    }

    /** Ctrl+F: the cursor goes to the search box of the tab shown. */
    private void find() {
        FeatureTab shown = features.get(tabs.getSelectionModel().getSelectedItem());
        if (shown != null) {
            shown.find();
        }
    }

    private void chooseLanguage(String lang) {
        settings.put("lang", lang);
        runner.run(m.get("status.savingSettings"), p -> {
            settings.save();
            return null;
        }, x -> dialogs.info(m.get("menu.view.language.restart")), dialogs::failure);
    }

    private void about() {
        String text = m.get("about.text", AppVersion.display(m),
                context == null ? "" : context.store().location(),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "21"));
        dialogs.info(text);
    }

    /**
     * The database is open: each module builds its tab in place of its placeholder (the one on screen at
     * once, the others when it has loaded: {@link TabFeatures}); the one on screen loads once drawn.
     *
     * @return true once the first tab has loaded what it shows
     */
    public ReadOnlyBooleanProperty attach(AppContext ctx) {
        this.context = ctx;
        spreadsheets = new SpreadsheetActions(ctx.export(), ctx.rosterImport(), ctx.trainingImport(),
                ctx.scoresImport(), runner, m, dialogs, () -> stage,
                new FxFilePicker(m, settings), statusBar::notice, this::reload, () -> java.time.LocalDate.now(ctx.clock()));
        ui = new Ui(ctx, m, runner, dialogs, () -> stage, spreadsheets, settings, this::offerDemo, this::changedBy, this::open);
        List<TabSpec> specs = tabSpecs(ctx.modules(), s -> s.shownTo(ctx.access().guard()));
        tabs.getTabs().removeIf(t -> specs.stream().noneMatch(s -> s.id().equals(t.getId()))); // not the user's
        Map<Tab, TabSpec> userTabs = new LinkedHashMap<>();
        for (TabSpec spec : specs) {
            Tab tab = tabs.getTabs().stream().filter(t -> t.getId().equals(spec.id())).findFirst().orElseGet(() -> {
                Tab t = new Tab(m.get(spec.titleKey()));
                t.setId(spec.id());
                tabs.getTabs().add(Math.min(specs.indexOf(spec), tabs.getTabs().size()), t);
                return t;
            });
            userTabs.put(tab, spec);
        }
        FeatureTab first = features.attach(userTabs, tabs.getSelectionModel().getSelectedItem(), ui,
                ctx.access().guard());
        statusBar.setInfo(m.get(ctx.store() instanceof cn.huyang.db.ServerStore ? "status.server" : "status.dataFolder",
                ctx.store().location()));
        needData.forEach(item -> item.setDisable(false));
        ctx.changes().start(); // other PCs' changes reach the lists (every 10 s at most)
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stopWatching());
        user.attached(ctx, guarded);
        Tab onScreen = tabs.getSelectionModel().getSelectedItem(); // another chosen meanwhile loads when chosen
        features.afterFirstFrame(() -> tabs.getSelectionModel().getSelectedItem() == onScreen, this::showSelected);
        features.buildRestWhen(first.loadedProperty());
        return first.loadedProperty();
    }

    /**
     * The data was opened by a user at the gate (after {@link #attach}): their name and role in the
     * title, 修改密码… and 锁定, and the idle lock, which asks for their password again.
     */
    public void signedIn(cn.huyang.app.Opening.PasswordCheck check) {
        user.signedIn(check);
    }

    /** Screen tests tick the idle lock themselves (before {@link #signedIn}). */
    public void setLockTicker(IdleLock.Ticker ticker) {
        user.setTicker(ticker);
    }

    /** The idle lock once a user signed in, else null. */
    public IdleLock idleLock() {
        return user.idleLock();
    }

    /** No more looking for other PCs' changes: the window closed (or gave its stage to another). */
    public void stopWatching() {
        features.stop();
        if (context != null) {
            context.changes().close();
        }
    }

    /** The selected tab loads what it shows. */
    private void showSelected() {
        FeatureTab selected = features.get(tabs.getSelectionModel().getSelectedItem());
        if (selected != null) {
            selected.shown();
            // sub-tabs build their content when first shown: their buttons are looked at again
            javafx.application.Platform.runLater(() -> cn.huyang.app.RoleControls.apply(selected.node(),
                    context.access().guard()));
        }
    }

    /** Selects the tab of this id (概览 is selected at start; screen tests of another tab go there first). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    /** Another tab asks for a filtered list (the dashboard's clicks): its tab is selected and filtered. */
    private void open(cn.huyang.common.ui.ListRequest request) {
        showTab(request.tabId());
        features.withId(request.tabId()).ifPresent(f -> f.open(request));
    }

    /** A tab wrote data that others show: they reload (the hidden ones when next shown). */
    private void changedBy(FeatureTab source) {
        features.builtSoFar().values().stream().filter(f -> f != source).forEach(FeatureTab::refresh);
    }

    /** Reloads every tab from the database (after F5, demo data or a restore). */
    public void reload() {
        features.builtSoFar().values().forEach(FeatureTab::refresh);
        showSelected();
    }

    /** One guard for every tab: typed work not saved is never dropped without asking. */
    private void guardUnsaved(WindowEvent e) {
        String unsaved = features.builtSoFar().entrySet().stream().filter(f -> f.getValue().hasUnsavedChanges())
                .map(f -> f.getKey().getText()).collect(Collectors.joining("、"));
        if (!unsaved.isEmpty() && !dialogs.confirmDestructive(m.get("window.discardOnClose", unsaved),
                m.get("window.discardAndClose"))) {
            e.consume();
        }
    }

    private void offerDemo() {
        if (context == null || !dialogs.confirmDestructive(m.get("demo.confirm"), m.get("demo.action"))) {
            return;
        }
        DemoDataGenerator demo = context.demo();
        runner.run(m.get("demo.running"), p -> {
            boolean force = demo.databaseHoldsData();
            return demo.generate(new DemoDataGenerator.Request(200, 5, System.currentTimeMillis() % 100_000), force, p);
        }, summary -> reload(), dialogs::failure);
    }

    /** The tab of the given type, once attached (screen tests reach a feature's view through it). */
    public <T extends FeatureTab> T tab(Class<T> type) {
        return features.ofType(type).orElseThrow(() -> new IllegalStateException("No tab " + type.getSimpleName()));
    }

    private void place() {
        List<javafx.geometry.Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .collect(Collectors.toList());
        WindowPlacement p = WindowPlacement.on(WindowPlacement.from(settings).orElse(null), screens,
                cn.huyang.common.ui.Screens.primary(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
    }

    /** Remembers where the window is, for the next start. */
    public void rememberPlacement() {
        if (stage.isMaximized()) {
            // The size to go back to when un-maximised is the one remembered before, not the screen's.
            WindowPlacement before = WindowPlacement.from(settings).orElse(new WindowPlacement(stage.getX(),
                    stage.getY(), Math.min(DEFAULT_WIDTH, stage.getWidth()), Math.min(DEFAULT_HEIGHT, stage.getHeight()),
                    true));
            new WindowPlacement(before.x(), before.y(), before.width(), before.height(), true).store(settings);
            return;
        }
        new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false).store(settings);
    }

    public Stage stage() {
        return stage;
    }

    /** The import dialog and the export buttons (null until the database is open). */
    public SpreadsheetActions spreadsheets() {
        return spreadsheets;
    }
}
