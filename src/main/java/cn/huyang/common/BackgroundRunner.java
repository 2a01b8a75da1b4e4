package cn.huyang.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The one way work leaves the JavaFX thread. Work runs in the background; its success or failure
 * callback runs on the JavaFX thread. The status bar shows what runs and how far it is.
 * Tests use {@code ImmediateRunner}, which runs everything on the calling thread.
 */
public interface BackgroundRunner {

    <T> void run(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                 Consumer<Throwable> onFailure);

    /** True while any work runs. */
    ReadOnlyBooleanProperty busyProperty();

    /** The description of the latest running work, empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** 0..1 for work that reports progress, -1 for indeterminate, 0 when idle. */
    ReadOnlyDoubleProperty progressProperty();
}
