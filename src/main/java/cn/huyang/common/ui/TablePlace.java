package cn.huyang.common.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Where the user is in a table — the selected row and the row at the top of the view, by their
 * records' keys (ids) — kept across a reload that replaces every row (another PC changed data): the
 * same record is selected again and scrolled to the same place. Filters and the sort belong to the
 * list and the table, and a reload leaves them as they are.
 */
public final class TablePlace<T> {
    private final TableView<T> table;
    private final Function<T, ?> key;
    private ListChangeListener<T> pending;

    private TablePlace(TableView<T> table, Function<T, ?> key) {
        this.table = table;
        this.key = key;
    }

    public static <T> TablePlace<T> of(TableView<T> table, Function<T, ?> key) {
        return new TablePlace<>(table, key);
    }

    /**
     * Runs a reload that replaces the table's rows (in the background, perhaps) and, when the rows
     * arrive, selects the same record again and scrolls back to where the view was.
     */
    public void reloadKeeping(Runnable reload) {
        T selected = table.getSelectionModel().getSelectedItem();
        Object selectedKey = selected == null ? null : key.apply(selected);
        Object topKey = topKey();
        if (pending != null) {
            table.getItems().removeListener(pending);
        }
        pending = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends T> c) {
                table.getItems().removeListener(this);
                pending = null;
                Platform.runLater(() -> restore(selectedKey, topKey));
            }
        };
        table.getItems().addListener(pending);
        reload.run();
    }

    private void restore(Object selectedKey, Object topKey) {
        List<T> items = table.getItems();
        int top = indexOf(items, topKey);
        if (top >= 0) {
            table.scrollTo(top);
        }
        int selected = indexOf(items, selectedKey);
        if (selected >= 0) {
            table.getSelectionModel().clearAndSelect(selected);
        }
    }

    private int indexOf(List<T> items, Object wanted) {
        if (wanted == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(key.apply(items.get(i)), wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The key of the first row in view, or null (nothing shown yet). */
    private Object topKey() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return null;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        int index = first == null ? -1 : first.getIndex();
        return index >= 0 && index < table.getItems().size() ? key.apply(table.getItems().get(index)) : null;
    }

    /** Whether a node is on screen now: in a window, and it and every parent visible (its tab selected). */
    public static boolean showing(Node node) {
        if (node == null || node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n instanceof Parent p && p.getParent() == null && p != node.getScene().getRoot()) {
                return false; // detached
            }
        }
        return true;
    }
}
