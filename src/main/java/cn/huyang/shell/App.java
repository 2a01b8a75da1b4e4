package cn.huyang.shell;

import cn.huyang.common.ui.DialogService;
import cn.huyang.app.AppContext;
import cn.huyang.app.Gate;
import cn.huyang.app.Gates;
import cn.huyang.app.ServerUnavailableException;
import cn.huyang.db.ServerStore;
import cn.huyang.common.FxBackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.db.BackupException;
import cn.huyang.db.BackupTexts;
import cn.huyang.db.DataFolder;
import cn.huyang.db.DatabaseInUseException;
import cn.huyang.db.SchemaTooNewException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: shows the shell at once, opens the data folder through its {@link Gate}
 * (the first-start wizard, the upgrade or the login: {@link StartFlow}) and loads the roster behind
 * it. With {@code -Dhuyang.startupProbe=true} it prints when the window showed and when the first tab
 * had loaded, then quits — the benchmarks' start-up measurement ({@link StartupProbe}).
 */
public class App extends Application {
    private static volatile Path requestedDataDir;
    private static volatile String requestedLang;

    private DataFolder folder;
    private Settings settings;
    private Messages messages;
    private FxBackgroundRunner runner;
    private MainWindow window;
    private volatile AppContext opened;

    /** Called by the command line with no command: blocks until the window closes. */
    public static int open(Path dataDir, String lang) {
        requestedDataDir = dataDir;
        requestedLang = lang;
        // Logging starts on another core while the toolkit starts: the window does not wait for it.
        Thread logging = new Thread(() -> LoggerFactory.getLogger(App.class), "logging-init");
        logging.setDaemon(true);
        logging.start();
        Application.launch(App.class);
        return 0;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(App.class);
    }

    @Override
    public void init() {
        // Runs on the launcher thread, not the JavaFX thread: the settings file is read here.
        folder = DataFolder.resolve(requestedDataDir);
        settings = Settings.load(folder.settingsFile());
        messages = Messages.forLanguage(requestedLang != null ? requestedLang : settings.get("lang").orElse("zh"));
    }

    @Override
    public void start(Stage stage) {
        runner = new FxBackgroundRunner();
        DialogService dialogs = new FxDialogService(messages, folder.logs());
        new UncaughtErrors(folder.logs().resolve("huyang.log"),
                logFile -> dialogs.error(messages.get("dialog.uncaught", logFile))).install();
        window = new MainWindow(stage, messages, runner, dialogs, settings);
        stage.setOnCloseRequest(e -> window.rememberPlacement());
        stage.show();
        StartupProbe probe = StartupProbe.ifAsked();

        Clock clock = Clock.systemDefaultZone();
        FxFilePicker files = new FxFilePicker(messages, settings);
        StartFlow flow = new StartFlow(window, messages, runner, dialogs, settings, clock,
                (title, name) -> files.saveText(stage, title, name));
        String autoUser = System.getenv("HUYANG_USER");
        String autoPassword = System.getenv("HUYANG_PASSWORD");
        if (autoUser != null && !autoUser.isBlank() && autoPassword != null && !autoPassword.isEmpty()) {
            flow.withLogin(autoUser.strip(), autoPassword.toCharArray());
        }
        runner.run(messages.get("startup.opening"), p -> Gates.atSavedLocation(folder, clock, messages), gate ->
                flow.begin(gate, folder.path().toString(), (ctx, loaded) -> {
                    opened = ctx;
                    // The day's first start backs up, once the first tab is on screen.
                    whenTrue(loaded, () -> dailyBackup(ctx, dialogs));
                    if (probe != null) {
                        whenTrue(loaded, probe::loaded);
                    }
                }, Platform::exit), e -> {
            if (e instanceof ServerUnavailableException server) {
                log().warn("The server {} cannot be used: {}", server.location(), server.getMessage());
                dialogs.error(messages.get("startup.server.unavailable", server.location(), server.getMessage(),
                        folder.path()));
            } else if (e instanceof cn.huyang.db.LocationUnreadableException unreadable) {
                log().warn("Refused: {}", unreadable.getMessage());
                dialogs.error(messages.get("startup.settings.unreadable", unreadable.file()));
            } else if (e instanceof DatabaseInUseException inUse) {
                dialogs.error(messages.get("error.inUse", inUse.folder()));
            } else if (e instanceof SchemaTooNewException tooNew) {
                log().warn("Refused: {}", tooNew.getMessage());
                dialogs.error(BackupTexts.schemaTooNew(tooNew, messages));
            } else {
                log().error("Could not open the database", e);
                dialogs.error(messages.get("error.openFailed", folder.path(), folder.logs()));
            }
            Platform.exit();
        });
    }

    /** Runs the action once, when the property is (or becomes) true. */
    private static void whenTrue(ReadOnlyBooleanProperty property, Runnable action) {
        if (property.get()) {
            action.run();
            return;
        }
        property.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean a, Boolean now) {
                if (now) {
                    property.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private void dailyBackup(AppContext ctx, DialogService dialogs) {
        if (Boolean.getBoolean(StartupProbe.PROPERTY) || ctx.store() instanceof ServerStore) {
            return; // the start-up measurement quits at once; the server is backed up by its own schedule
        }
        runner.run(messages.get("startup.dailyBackup"), p -> ctx.store().backups().dailyIfDue(), made -> { },
                e -> dialogs.error(e instanceof BackupException b ? BackupTexts.problem(b, messages)
                        : messages.get("dialog.unexpected", folder.logs())));
    }

    @Override
    public void stop() throws Exception {
        if (window != null) {
            settings.save();
        }
        if (window != null) {
            window.stopWatching();
        }
        if (runner != null) {
            runner.close();
        }
        if (opened != null) {
            opened.changes().close();
            opened.store().close();
        }
    }
}
