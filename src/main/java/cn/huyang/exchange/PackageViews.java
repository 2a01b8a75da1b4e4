package cn.huyang.exchange;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Tables;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** What the package screens build alike: a path field with 浏览…, a spinner, tables of text and of numbers. */
final class PackageViews {
    private PackageViews() {
    }

    /** A field for a file's path (typed or chosen) and its 浏览… button, which fills it. */
    static HBox pathRow(Messages m, String id, StringProperty path, Supplier<String> choose) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(path);
        field.setPrefColumnCount(36);
        Button browse = new Button(m.get("package.ui.browse"));
        browse.setId(id + "Browse");
        browse.setMinWidth(Button.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            String chosen = choose.get();
            if (chosen != null) {
                path.set(chosen);
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(8, field, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A small spinner shown while {@code busy}. */
    static ProgressIndicator spinner(String id, ObservableBooleanValue busy) {
        ProgressIndicator p = new ProgressIndicator();
        p.setId(id);
        p.setPrefSize(20, 20);
        p.setMaxSize(20, 20);
        p.visibleProperty().bind(busy);
        p.managedProperty().bind(busy);
        return p;
    }

    /** A wrapped label bound to a text, taking no room while it is empty. */
    static Label text(String id, javafx.beans.value.ObservableStringValue text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

    static <T> TableView<T> table(String id, ObservableList<T> rows, Messages m, String emptyKey) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        t.setPlaceholder(new Label(m.get(emptyKey)));
        return t;
    }

    /** Fills the table's width once its columns are in, every header whole. */
    static void finish(TableView<?> t) {
        Tables.headersWhole(t);
        Tables.fillWidth(t);
    }

    static <T> TableColumn<T, String> column(Messages m, String key, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new SimpleObjectProperty<>(value.apply(x.getValue())));
        return c;
    }

    static <T> TableColumn<T, Integer> number(Messages m, String key, Function<T, Integer> value) {
        TableColumn<T, Integer> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(64);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(x -> new SimpleObjectProperty<>(value.apply(x.getValue())));
        return c;
    }
}
