package cn.huyang.guarantee;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;

/** The few controls the guarantee views build alike. */
final class GuaranteeControls {
    private GuaranteeControls() {
    }

    static ComboBox<Integer> yearBox(String id, ObservableList<Integer> years, ObjectProperty<Integer> year,
                                     Messages m) {
        ComboBox<Integer> box = new ComboBox<>(years);
        box.setId(id);
        box.setConverter(Converters.of(y -> m.get("findings.yearLabel", y), ""));
        box.valueProperty().bindBidirectional(year);
        return box;
    }

    /** The line that shows a refusal, in the form-errors style, wrapping. */
    static Label errorLine(String id, ReadOnlyStringProperty error) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("form-errors");
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(error);
        l.managedProperty().bind(error.isNotEmpty());
        l.visibleProperty().bind(error.isNotEmpty());
        return l;
    }

    static TextField field(String id, String prompt, double width) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount((int) width);
        return f;
    }

    /** A sentence that wraps and is never squeezed below its lines. */
    static Label sentence(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static Label label(String text) {
        return new Label(text);
    }

    static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
