package cn.huyang.print;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Styles;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The print preview of any form: the pages as they will print, one at a time, with page navigation
 * and a print button. Only draws: the pages come laid out, the print action runs its own work.
 */
public final class FormPreview {
    private final Stage stage = new Stage();
    private final List<Layout.Page> pages;
    private final StackPane holder = new StackPane();
    private final Label position = new Label();
    private final Messages m;
    private int index;

    public FormPreview(Messages m, Window owner, String title, List<Layout.Page> pages, Runnable print) {
        this.m = m;
        this.pages = pages;
        Button prev = new Button(m.get("assessment.preview.prev"));
        prev.setId("previewPrev");
        prev.setOnAction(e -> go(index - 1));
        Button next = new Button(m.get("assessment.preview.next"));
        next.setId("previewNext");
        next.setOnAction(e -> go(index + 1));
        Button printButton = new Button(m.get("assessment.forms.print"));
        printButton.setOnAction(e -> print.run());
        position.setId("previewPosition");
        HBox bar = new HBox(10, prev, position, next, printButton);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(6));
        holder.setPadding(new Insets(12));
        holder.setStyle("-fx-background-color: #808890;");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = pages.stream().anyMatch(Layout.Page::isLandscape) ? 940 : 700;
        Scene scene = new Scene(root, Math.min(width, screen.getWidth() - 40), Math.min(900, screen.getHeight() - 60));
        scene.getStylesheets().add(Styles.stylesheet());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                go(index + 1);
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                go(index - 1);
            }
        });
        stage.setScene(scene);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setOnShown(e -> {
            stage.setY(Math.max(screen.getMinY(), stage.getY()));
            stage.setX(Math.max(screen.getMinX(), stage.getX()));
        });
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        go(0);
    }

    private void go(int i) {
        if (i < 0 || i >= pages.size()) {
            return;
        }
        index = i;
        Pane page = FxPageRenderer.render(pages.get(i));
        double scale = 1.0;
        page.setScaleX(scale);
        page.setScaleY(scale);
        page.setEffect(new javafx.scene.effect.DropShadow(8, javafx.scene.paint.Color.gray(0, 0.5)));
        holder.getChildren().setAll(new Group(page));
        position.setText(m.get("assessment.preview.page", i + 1, pages.size()));
    }

    public void show() {
        stage.show();
    }
}
