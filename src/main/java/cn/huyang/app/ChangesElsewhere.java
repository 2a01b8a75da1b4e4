package cn.huyang.app;

import cn.huyang.common.ui.TablePlace;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;

/**
 * The one way a tab follows other PCs' changes told by {@link DataChanges}: when a change touches
 * what the tab shows, the tab on screen loads again at once, keeping the user's place, and the
 * status bar says so; a tab not on screen, or one holding typed work not yet saved, is marked stale
 * and loads when next shown (typed work is never overwritten).
 */
final class ChangesElsewhere {
    private ChangesElsewhere() {
    }

    /**
     * @param touches whether the changed entities concern the tab
     * @param typing whether the tab holds input not yet saved
     * @param stale marks the tab to load again when shown
     * @param reloadShown loads the shown part again now, keeping the place
     */
    static void follow(Ui ui, Node node, Predicate<Set<String>> touches, BooleanSupplier typing, Runnable stale,
                       Runnable reloadShown) {
        ui.app().changes().subscribe(entities -> Platform.runLater(() -> {
            if (!touches.test(entities)) {
                return;
            }
            if (!typing.getAsBoolean() && TablePlace.showing(node)) {
                reloadShown.run();
                ui.dialogs().notice(ui.messages().get("changes.reloaded"));
            } else {
                stale.run();
            }
        }));
    }

    /** Touches the tab when any of {@code shown} changed (or anything may have: {@link DataChanges#ALL}). */
    static Predicate<Set<String>> anyOf(Set<String> shown) {
        return entities -> entities.contains(DataChanges.ALL) || entities.stream().anyMatch(shown::contains);
    }
}
