package cn.huyang.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a small pool of daemon threads, in order, and reports back on the JavaFX thread. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundRunner.class);

    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Cancellation> cancellable = new ReadOnlyObjectWrapper<>();

    public FxBackgroundRunner() {
        AtomicInteger count = new AtomicInteger();
        // Leave a core to the JavaFX thread: on a two-core office PC one background thread.
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "huyang-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        run(description, null, work, onSuccess, onFailure);
    }

    @Override
    public <T> void run(String description, Cancellation cancel, BackgroundWork<T> work,
                        Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        started(description, cancel);
        executor.execute(() -> {
            long start = System.nanoTime();
            try {
                T result = work.run((done, total) -> Platform.runLater(
                        () -> progress.set(total <= 0 ? -1 : Math.min(1.0, (double) done / total))));
                LOG.debug("{} took {} ms", description, (System.nanoTime() - start) / 1_000_000);
                Platform.runLater(() -> {
                    finished(cancel);
                    onSuccess.accept(result);
                });
            } catch (Throwable e) {
                LOG.warn("Background work failed: {}", description, e);
                Platform.runLater(() -> {
                    finished(cancel);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void started(String description, Cancellation cancel) {
        running.incrementAndGet();
        Runnable update = () -> {
            busy.set(true);
            message.set(description);
            progress.set(-1);
            if (cancel != null) {
                cancellable.set(cancel);
            }
        };
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    private void finished(Cancellation cancel) {
        if (cancel != null && cancellable.get() == cancel) {
            cancellable.set(null);
        }
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            message.set("");
            progress.set(0);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Cancellation> cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
