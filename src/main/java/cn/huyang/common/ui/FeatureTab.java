package cn.huyang.common.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/**
 * A tab of the main window, as a feature builds it. The window knows tabs only through this
 * contract: it shows the node, says when the tab is shown, asks it to refresh when the data changed
 * underneath, and asks before closing whether anything typed is still unsaved.
 */
public interface FeatureTab {
    /** What the tab shows. */
    Node node();

    /** The tab became visible (also at start when it is the selected one): load what is stale. */
    void shown();

    /** The data changed underneath (another tab, F5, demo data, a restore): reload now or when next shown. */
    void refresh();

    /** Ctrl+F: the cursor goes to the search box of what the tab shows (nothing when it has none). */
    default void find() {
    }

    /**
     * Shows the list a request names, filtered as it asks (the dashboard's click on a bar): the year, the
     * department, and what {@link ListRequest#what()} means to this tab. A tab that has no such list ignores it.
     */
    default void open(ListRequest request) {
    }

    /** Typed work that is not saved yet: the window asks before closing and before a reload. */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /** True once the tab has loaded what it shows the first time (start-up waits for the first tab). */
    default ReadOnlyBooleanProperty loadedProperty() {
        return new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    }
}
