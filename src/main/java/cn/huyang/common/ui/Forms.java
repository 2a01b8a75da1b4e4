package cn.huyang.common.ui;

import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/** What every form dialog does the same way: its error label, its date fields, its field marks. */
public final class Forms {
    private static final GraphicValidationDecoration DECORATION = new GraphicValidationDecoration();

    private Forms() {
    }

    /** The red label above a form listing every refusal; it takes no room while empty. */
    public static Label errorLabel(String id, StringProperty text) {
        Label errors = new Label();
        errors.setId(id);
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        errors.textProperty().bind(text);
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.managedProperty());
        return errors;
    }

    /**
     * A date field that reads dates as offices type them; {@code parsed} hears (text, readable).
     * Typed text is committed when the field loses focus, so a typed date is never silently dropped.
     */
    public static void lenientDate(DatePicker p, String prompt, BiConsumer<String, Boolean> parsed) {
        p.setPromptText(prompt);
        p.setConverter(Converters.lenientDate(parsed));
        p.setMaxWidth(Double.MAX_VALUE);
        p.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                LocalDate value = p.getConverter().fromString(p.getEditor().getText());
                p.setValue(value);
            }
        });
    }

    /** Marks each refused field (field key → control) with the ControlsFX sign and its message as tooltip. */
    public static void mark(Map<String, Control> controls, Map<String, String> errors) {
        for (Map.Entry<String, Control> e : controls.entrySet()) {
            Control c = e.getValue();
            DECORATION.removeDecorations(c);
            String error = errors.get(e.getKey());
            if (error != null) {
                DECORATION.applyValidationDecoration(ValidationMessage.error(c, error));
                c.setTooltip(new Tooltip(error));
            } else {
                c.setTooltip(null);
            }
        }
    }

    /**
     * Shows a refusal in a dialog that stays open: every refusal in {@code errors} (the red label
     * above the fields) and each refused field marked.
     *
     * @return false when {@code e} is no refusal of a value (the caller reports it otherwise)
     */
    public static boolean showRefusal(Throwable e, Messages m, Label errors, Map<String, Control> fields) {
        if (!(e instanceof ValidationException refused)) {
            return false;
        }
        errors.setText(refused.render(m));
        mark(fields, FieldError.byField(refused.errors(), m));
        if (errors.getScene() != null && errors.getScene().getWindow() != null) {
            errors.getScene().getWindow().sizeToScene();
        }
        return true;
    }

    /** The red label of a small dialog: takes no room while empty, never cut. */
    public static Label dialogErrors(String id) {
        Label errors = new Label();
        errors.setId(id);
        errors.getStyleClass().add("form-errors");
        errors.setWrapText(true);
        errors.setMinHeight(Label.USE_PREF_SIZE);
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.managedProperty());
        return errors;
    }
}
