package cn.huyang.shell;

import cn.huyang.access.AccessGuard;
import cn.huyang.app.RoleControls;
import cn.huyang.app.TabSpec;
import cn.huyang.app.Ui;
import cn.huyang.common.ui.FeatureTab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

/**
 * The features behind the window's tabs, built as they are needed. When the database opens, only the
 * tab on screen is built at once (it loads once drawn: {@link #afterFirstFrame}); the others are built
 * one per turn of the JavaFX thread once it has loaded (building all eleven at once held that thread for
 * about 0.4 s, and the first tab's data waited behind it). A tab asked for before its turn (selected,
 * opened by a dashboard click, looked up) is built then. Runs on the JavaFX thread (a lookup by type
 * from another thread is handed to it).
 */
final class TabFeatures {
    private final Map<Tab, FeatureTab> built = new LinkedHashMap<>();
    private final Map<Tab, TabSpec> pending = new LinkedHashMap<>();
    private Ui ui;
    private AccessGuard guard;
    private long generation;

    /**
     * Forgets the features of the data opened before and builds the one of {@code now} (the tab on
     * screen, or the first one when none of these is).
     *
     * @param tabs the user's tabs and their specs, in their order
     * @return the feature of the first tab (start-up waits for it to load)
     */
    FeatureTab attach(Map<Tab, TabSpec> tabs, Tab now, Ui ui, AccessGuard guard) {
        this.ui = ui;
        this.guard = guard;
        generation++;
        built.clear();
        pending.clear();
        pending.putAll(tabs);
        Tab first = tabs.keySet().iterator().next();
        get(tabs.containsKey(now) ? now : first);
        return get(first);
    }

    /**
     * Runs the action once the JavaFX thread has drawn a frame with what is on screen now, if {@code still}
     * holds then and the window is still in use. The first tab's figures are counted after its view has been
     * styled and laid out: both at once held the JavaFX thread for 0.8–1.0 s at start-up (0.3–0.4 s this
     * way; the figures arrive 0.3–0.5 s later).
     */
    void afterFirstFrame(java.util.function.BooleanSupplier still, Runnable action) {
        long mine = generation;
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) { // the second frame starts: the first one, with the view, is done
                    stop();
                    if (mine == generation && still.getAsBoolean()) {
                        action.run();
                    }
                }
            }
        }.start();
    }

    /** The others, one per turn of the JavaFX thread, when {@code ready} (the first tab has loaded). */
    void buildRestWhen(ObservableValue<Boolean> ready) {
        long mine = generation;
        Runnable rest = () -> buildNext(mine);
        if (Boolean.TRUE.equals(ready.getValue())) {
            Platform.runLater(rest);
            return;
        }
        ready.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    ready.removeListener(this);
                    Platform.runLater(rest);
                }
            }
        });
    }

    /** The window is no longer used (closed, or its stage given another scene): nothing more is built. */
    void stop() {
        generation++;
        pending.clear();
    }

    private void buildNext(long mine) {
        if (mine != generation || pending.isEmpty()) {
            return;
        }
        get(pending.keySet().iterator().next());
        Platform.runLater(() -> buildNext(mine));
    }

    /** The tab's feature, built now if it was waiting; null for a tab that has none. */
    FeatureTab get(Tab tab) {
        FeatureTab feature = built.get(tab);
        if (feature != null || !pending.containsKey(tab)) {
            return feature;
        }
        feature = pending.remove(tab).create().apply(ui);
        tab.setContent(feature.node());
        RoleControls.apply(feature.node(), guard);
        built.put(tab, feature);
        return feature;
    }

    /** The feature of the tab of this id, built if it was waiting. */
    Optional<FeatureTab> withId(String id) {
        return java.util.stream.Stream.concat(built.keySet().stream(), pending.keySet().stream())
                .filter(t -> id.equals(t.getId())).findFirst().map(this::get);
    }

    /**
     * The feature of this type, the waiting ones built first if it is one of them (screen tests reach a
     * feature's view through it; asked from another thread, the JavaFX thread does it and is waited for).
     */
    <T extends FeatureTab> Optional<T> ofType(Class<T> type) {
        if (!Platform.isFxApplicationThread()) {
            FutureTask<Optional<T>> onFx = new FutureTask<>(() -> ofType(type));
            Platform.runLater(onFx);
            try {
                return onFx.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (built.values().stream().noneMatch(type::isInstance)) {
            new ArrayList<>(pending.keySet()).forEach(this::get);
        }
        return built.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The features built so far and their tabs: a waiting one has nothing to reload and nothing unsaved. */
    Map<Tab, FeatureTab> builtSoFar() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(built));
    }
}
