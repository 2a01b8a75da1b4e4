package cn.huyang.print;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Screens;
import cn.huyang.common.ui.Styles;
import cn.huyang.common.ui.Toolbars;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print preview of any form: the pages as they will print, one at a time, with the first, the
 * previous, the next and the last page, a page number to jump to, the zoom (or the page's width)
 * and the print and close buttons. Only draws: the pages come laid out, the print action runs its
 * own work.
 */
public final class FormPreview {
    private static final int[] ZOOMS = {50, 75, 100, 125, 150, 200};

    private final Stage stage = new Stage();
    private final List<Layout.Page> pages;
    private final StackPane holder = new StackPane();
    private final ScrollPane scroll = new ScrollPane(holder);
    private final Label position = new Label();
    private final TextField pageField = new TextField();
    private final ComboBox<Integer> zoom = new ComboBox<>();
    private final Messages m;
    private int index;

    public FormPreview(Messages m, Window owner, String title, List<Layout.Page> pages, Runnable print) {
        this.m = m;
        this.pages = pages;
        Button first = button("previewFirst", "preview.first", () -> go(0));
        Button prev = button("previewPrev", "assessment.preview.prev", () -> go(index - 1));
        Button next = button("previewNext", "assessment.preview.next", () -> go(index + 1));
        Button last = button("previewLast", "preview.last", () -> go(pages.size() - 1));
        pageField.setId("previewPageField");
        pageField.setPrefColumnCount(4);
        pageField.setOnAction(e -> {
            try {
                go(Integer.parseInt(pageField.getText().strip()) - 1);
            } catch (NumberFormatException x) {
                pageField.setText(String.valueOf(index + 1));
            }
        });
        position.setId("previewPosition");
        zoom.setId("previewZoom");
        zoom.getItems().add(0); // 0: the page's width
        for (int z : ZOOMS) {
            zoom.getItems().add(z);
        }
        zoom.setConverter(cn.huyang.common.ui.Converters.of(z -> z == 0 ? m.get("preview.fitWidth") : z + " %", ""));
        zoom.setValue(0);
        zoom.valueProperty().addListener((o, a, b) -> go(index));
        Button printButton = button("previewPrint", "assessment.forms.print", print);
        Button close = button("previewClose", "common.close", stage::close);
        close.setCancelButton(true);
        var bar = Toolbars.row(first, prev, position, next, last, new Label(m.get("preview.goTo")), pageField,
                new Label(m.get("preview.zoom")), zoom, printButton, close);
        holder.setPadding(new Insets(12));
        holder.setStyle("-fx-background-color: #808890;");
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (zoom.getValue() != null && zoom.getValue() == 0 && (a == null || a.getWidth() != b.getWidth())) {
                go(index);
            }
        });
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        double width = pages.stream().anyMatch(Layout.Page::isLandscape) ? 940 : 760;
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.setOnKeyPressed(e -> {
            if (e.getTarget() == pageField) {
                return;
            }
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                go(index + 1);
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                go(index - 1);
            } else if (e.getCode() == KeyCode.HOME) {
                go(0);
            } else if (e.getCode() == KeyCode.END) {
                go(pages.size() - 1);
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), print);
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        Screens.fit(stage, owner, width, 900);
        go(0);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void go(int i) {
        if (pages.isEmpty()) {
            return;
        }
        index = Math.max(0, Math.min(pages.size() - 1, i));
        Pane page = FxPageRenderer.render(pages.get(index));
        double scale = scale(page);
        page.setScaleX(scale);
        page.setScaleY(scale);
        page.setEffect(new javafx.scene.effect.DropShadow(8, javafx.scene.paint.Color.gray(0, 0.5)));
        holder.getChildren().setAll(new Group(page));
        pageField.setText(String.valueOf(index + 1));
        position.setText(m.get("assessment.preview.page", index + 1, pages.size()));
    }

    /** The zoom chosen, or the scale that makes the page as wide as the window. */
    private double scale(Pane page) {
        Integer z = zoom.getValue();
        if (z != null && z > 0) {
            return z / 100.0;
        }
        double pageWidth = page.prefWidth(-1);
        double room = scroll.getViewportBounds().getWidth() - 24;
        return pageWidth <= 0 || room <= 0 ? 1.0 : Math.min(2.0, Math.max(0.3, room / pageWidth));
    }

    /** The page shown (from 0). */
    public int index() {
        return index;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
