package cn.huyang.common.ui;

import cn.huyang.common.Messages;
import cn.huyang.common.Remembered;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * What every table does the same way: its columns use the room of a wide window (and keep their
 * width, scrolling sideways, in a narrow one), its headers keep their words, a right click offers
 * 编辑, 复制 and 导出所选…, and its sort order can be remembered from one start to the next.
 */
public final class Tables {
    /** A column's property holding how its cells read as text when copied (a Function of the row). */
    public static final String COPY_TEXT = "huyang.copyText";
    private static final String BASE = "huyang.baseWidth";

    private Tables() {
    }

    /**
     * The columns grow in proportion to fill a table wider than their own widths, and shrink back to
     * those widths (never below) when it narrows: a horizontal scroll bar then shows the rest. A column
     * the user drags keeps its new width as its own.
     */
    public static void fillWidth(TableView<?> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        boolean[] applying = {false};
        Runnable fit = () -> {
            List<? extends TableColumn<?, ?>> cols = table.getVisibleLeafColumns();
            if (cols.isEmpty() || table.getWidth() <= 0) {
                return;
            }
            double base = 0;
            for (TableColumn<?, ?> c : cols) {
                base += base(c);
            }
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 20;
            double factor = base <= 0 || room <= base ? 1 : room / base;
            applying[0] = true;
            for (TableColumn<?, ?> c : cols) {
                c.setPrefWidth(Math.floor(base(c) * factor));
            }
            applying[0] = false;
        };
        table.widthProperty().addListener((o, a, b) -> fit.run());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<?, ?>>) ch -> {
            for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
                if (!c.getProperties().containsKey(BASE)) {
                    c.getProperties().put(BASE, c.getPrefWidth());
                    c.widthProperty().addListener((o, a, w) -> {
                        // dragged by the user: the new width, without the stretch, is the column's own
                        if (!applying[0] && c.getPrefWidth() != w.doubleValue() && c.getTableView() != null) {
                            double stretch = c.getPrefWidth() / base(c);
                            c.getProperties().put(BASE, w.doubleValue() / (stretch > 0 ? stretch : 1));
                        }
                    });
                }
            }
            fit.run();
        });
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            c.getProperties().putIfAbsent(BASE, c.getPrefWidth());
        }
    }

    /**
     * Keeps the first column (the name) in view when the table is scrolled sideways: its cells and
     * header move with the scroll bar and are drawn above the others.
     */
    public static <T> void freezeFirstColumn(TableView<T> table) {
        javafx.beans.property.DoubleProperty offset = new javafx.beans.property.SimpleDoubleProperty();
        table.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(() -> {
            for (Node n : table.lookupAll(".scroll-bar")) {
                if (n instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                    offset.bind(bar.valueProperty());
                }
            }
            for (Node header : table.lookupAll(".column-header")) {
                if (header instanceof javafx.scene.control.skin.TableColumnHeader h
                        && h.getTableColumn() == table.getColumns().get(0)) {
                    freeze(header, offset);
                }
            }
        }));
        @SuppressWarnings("unchecked")
        TableColumn<T, Object> first = (TableColumn<T, Object>) table.getColumns().get(0);
        var cells = first.getCellFactory();
        first.setCellFactory(col -> {
            javafx.scene.control.TableCell<T, Object> cell = cells.call(col);
            freeze(cell, offset);
            return cell;
        });
    }

    private static void freeze(Node n, javafx.beans.value.ObservableDoubleValue offset) {
        n.translateXProperty().bind(offset);
        n.setViewOrder(-1);
        n.getStyleClass().add("frozen-cell");
    }

    private static double base(TableColumn<?, ?> c) {
        Object b = c.getProperties().get(BASE);
        return b instanceof Double d ? d : c.getPrefWidth();
    }

    /** Every column at least as wide as its header's words (and its pref width at least that). */
    public static void headersWhole(TableView<?> table) {
        table.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(() -> {
            for (Node header : table.lookupAll(".column-header")) {
                if (header instanceof javafx.scene.control.skin.TableColumnHeader h
                        && h.getTableColumn() instanceof TableColumn<?, ?> c && c.getColumns().isEmpty()
                        && header.lookup(".label") instanceof Label l) {
                    double need = l.prefWidth(-1) + 14;
                    if (c.getMinWidth() < need) {
                        c.setMinWidth(need);
                    }
                    if (base(c) < need) {
                        c.getProperties().put(BASE, need);
                        c.setPrefWidth(Math.max(c.getPrefWidth(), need));
                    }
                }
            }
        }));
    }

    /**
     * The right-click menu: 编辑 (the first selected row; null: none), 复制 (the selected rows as
     * tab-separated text, Ctrl+C too) and 导出所选… (null: none).
     */
    public static <T> void contextMenu(TableView<T> table, Messages m, Consumer<T> edit, Consumer<List<T>> export) {
        if (!table.getSelectionModel().isCellSelectionEnabled()) {
            table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        }
        ContextMenu menu = new ContextMenu();
        if (edit != null) {
            MenuItem e = new MenuItem(m.get("table.menu.edit"));
            e.setId("menuEditRow");
            e.setAccelerator(new KeyCodeCombination(KeyCode.ENTER));
            e.setOnAction(x -> {
                T row = table.getSelectionModel().getSelectedItem();
                if (row != null) {
                    edit.accept(row);
                }
            });
            menu.getItems().add(e);
        }
        MenuItem copy = new MenuItem(m.get("table.menu.copy"));
        copy.setId("menuCopyRows");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(x -> copy(table));
        menu.getItems().add(copy);
        if (export != null) {
            MenuItem ex = new MenuItem(m.get("table.menu.export"));
            ex.setId("menuExportRows");
            ex.setOnAction(x -> export.accept(selectedRows(table)));
            menu.getItems().addAll(new SeparatorMenuItem(), ex);
        }
        menu.setOnShowing(x -> menu.getItems().forEach(i -> i.setDisable(selectedRows(table).isEmpty())));
        table.setContextMenu(menu);
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(table);
                e.consume();
            }
        });
    }

    /** The selected rows (with cell selection: the rows of the selected cells), in the table's order. */
    public static <T> List<T> selectedRows(TableView<T> table) {
        List<T> out = new ArrayList<>();
        List<Integer> indices = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        indices.sort(null);
        for (Integer i : indices) {
            if (i != null && i >= 0 && i < table.getItems().size() && !out.contains(table.getItems().get(i))) {
                out.add(table.getItems().get(i));
            }
        }
        return out;
    }

    /** The selected rows as the clipboard takes them into Excel: a header line, tabs between the cells. */
    public static <T> String copy(TableView<T> table) {
        List<TableColumn<T, ?>> cols = new ArrayList<>(table.getVisibleLeafColumns());
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", cols.stream().map(c -> clean(c.getText())).toList())).append('\n');
        for (T row : selectedRows(table)) {
            List<String> cells = new ArrayList<>();
            for (TableColumn<T, ?> c : cols) {
                cells.add(clean(text(c, row)));
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(out.toString());
        Clipboard.getSystemClipboard().setContent(content);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> String text(TableColumn<T, ?> c, T row) {
        Object f = c.getProperties().get(COPY_TEXT);
        if (f instanceof Function<?, ?> fn) {
            Object v = ((Function<T, Object>) fn).apply(row);
            return v == null ? "" : v.toString();
        }
        Object v = c.getCellData(row);
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    /**
     * Remembers the table's sort (columns by id, each ascending or descending) under {@code key} and
     * sorts so again at the next start.
     */
    public static void rememberSort(TableView<?> table, Remembered remembered, String key) {
        remembered.get(key).ifPresent(saved -> restoreSort(table, saved));
        table.getSortOrder().addListener((ListChangeListener<TableColumn<?, ?>>) c -> store(table, remembered, key));
        for (TableColumn<?, ?> col : table.getColumns()) {
            col.sortTypeProperty().addListener((o, a, b) -> store(table, remembered, key));
        }
    }

    private static void store(TableView<?> table, Remembered remembered, String key) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getSortOrder()) {
            if (c.getId() != null) {
                parts.add(c.getId() + ":" + (c.getSortType() == TableColumn.SortType.ASCENDING ? "A" : "D"));
            }
        }
        remembered.put(key, parts.isEmpty() ? null : String.join(",", parts));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restoreSort(TableView table, String saved) {
        Map<String, TableColumn<?, ?>> byId = new HashMap<>();
        for (Object o : table.getColumns()) {
            TableColumn<?, ?> c = (TableColumn<?, ?>) o;
            if (c.getId() != null) {
                byId.put(c.getId(), c);
            }
        }
        List<TableColumn<?, ?>> order = new ArrayList<>();
        for (String part : saved.split(",")) {
            String[] idAndWay = part.split(":");
            TableColumn<?, ?> c = byId.get(idAndWay[0]);
            if (c != null && c.isSortable() && idAndWay.length == 2) {
                c.setSortType("D".equals(idAndWay[1]) ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                order.add(c);
            }
        }
        table.getSortOrder().setAll(order);
    }
}
