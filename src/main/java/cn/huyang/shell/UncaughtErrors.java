package cn.huyang.shell;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler for errors nobody caught, on any thread: the stack trace goes to the log, the user
 * gets one plain Chinese dialog naming the log file (not one per repeat), and the program keeps
 * running — the JavaFX thread goes on with its next event.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Path logFile;
    private final Consumer<Path> show;
    private final AtomicBoolean showing = new AtomicBoolean();

    /** {@code show} puts up the dialog for the log file; it runs on the JavaFX thread. */
    public UncaughtErrors(Path logFile, Consumer<Path> show) {
        this.logFile = logFile;
        this.show = show;
    }

    /** Installs this for every thread, the JavaFX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        try {
            LOG.error("Uncaught in {}", t.getName(), e);
        } catch (Throwable ignored) {
            e.printStackTrace();
        }
        if (e instanceof OutOfMemoryError || !showing.compareAndSet(false, true)) {
            return;
        }
        Runnable dialog = () -> {
            try {
                show.accept(logFile);
            } catch (Throwable again) {
                LOG.error("Could not show the error dialog", again);
            } finally {
                showing.set(false);
            }
        };
        try {
            // never inside a running layout or animation pulse: show it as the next event
            Platform.runLater(dialog);
        } catch (IllegalStateException toolkitGone) {
            showing.set(false);
        }
    }

    /** True while the dialog for an earlier error is up (further errors only go to the log). */
    boolean showing() {
        return showing.get();
    }
}
