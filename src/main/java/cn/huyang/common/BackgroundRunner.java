package cn.huyang.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way work leaves the JavaFX thread. Work runs in the background; its success or failure
 * callback runs on the JavaFX thread. The status bar shows what runs and how far it is.
 * Tests use {@code ImmediateRunner}, which runs everything on the calling thread.
 */
public interface BackgroundRunner {

    <T> void run(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                 Consumer<Throwable> onFailure);

    /**
     * Work the user may stop: while it runs the status bar offers 取消, which sets {@code cancel}; the
     * work looks at it where it can stop cleanly (between pages) and ends with a
     * {@link java.util.concurrent.CancellationException}. A runner without a status bar runs it like
     * any other work.
     */
    default <T> void run(String description, Cancellation cancel, BackgroundWork<T> work,
                         Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        run(description, work, onSuccess, onFailure);
    }

    /** The cancellation of the running work the user may stop (the status bar's 取消), or null. */
    default ReadOnlyObjectProperty<Cancellation> cancellableProperty() {
        return new ReadOnlyObjectWrapper<Cancellation>().getReadOnlyProperty();
    }

    /** True while any work runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** The description of the latest running work, empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** 0..1 for work that reports progress, -1 for indeterminate, 0 when idle. */
    ReadOnlyDoubleProperty progressProperty();
}
