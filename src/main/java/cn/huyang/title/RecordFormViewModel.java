package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * What every add form of a counselor's records does the same way: reads what was typed, checks it
 * before going to the database (every refused field named at once), saves in the background, and
 * on a refusal marks the fields and keeps everything typed. Imports no control.
 *
 * @param <T> the record the form adds
 */
public abstract class RecordFormViewModel<T> {
    protected final TitleRecordsService service;
    protected final Messages messages;
    protected final long counselorId;
    private final BackgroundRunner runner;
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty errorText = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final Map<String, String> unparsable = new LinkedHashMap<>();

    protected RecordFormViewModel(TitleRecordsService service, BackgroundRunner runner, Messages messages, long counselorId) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.counselorId = counselorId;
    }

    /** The fields whose change makes the form worth asking about before it is closed. */
    protected final void watch(Observable... fields) {
        for (Observable f : fields) {
            f.addListener(o -> dirty.set(true));
        }
    }

    /** The record as the service takes it; what cannot be read at all (a number, a year) goes to {@code found}. */
    protected abstract T draft(List<FieldError> found);

    /** The service's own rules, without the database; throws the refusal. */
    protected abstract void check(T draft);

    /** Stores the record; runs in the background. */
    protected abstract T store(T draft);

    /** A date typed in a date field could not be read; refused on save with the field's name. */
    public void markUnparsable(String field, String text) {
        if (text == null || text.isBlank()) {
            unparsable.remove(field);
        } else {
            unparsable.put(field, text);
        }
    }

    /** Checks the form without the database and marks every refused field. True when nothing is refused. */
    public boolean validateLocally() {
        List<FieldError> found = new ArrayList<>();
        T d = draft(found);
        unparsable.keySet().forEach(f -> found.add(FieldError.of(f, "validation.date")));
        try {
            check(d);
        } catch (ValidationException v) {
            // A field that could not be read is named once, for that.
            List<String> unread = found.stream().map(FieldError::field).toList();
            v.errors().stream().filter(e -> !unread.contains(e.field())).forEach(found::add);
        }
        showErrors(found);
        return found.isEmpty();
    }

    /** Saves in the background; {@code onSaved} gets the stored record. A refusal stays in the form. */
    public void save(Consumer<? super T> onSaved, Consumer<Throwable> onFailure) {
        if (saving.get() || !validateLocally()) {
            return;
        }
        T d = draft(new ArrayList<>());
        saving.set(true);
        runner.run(messages.get("title.records.saving"), p -> store(d),
                saved -> {
                    saving.set(false);
                    dirty.set(false);
                    onSaved.accept(saved);
                },
                e -> {
                    saving.set(false);
                    if (e instanceof ValidationException v) {
                        showErrors(v.errors());
                    } else {
                        onFailure.accept(e);
                    }
                });
    }

    private void showErrors(List<FieldError> found) {
        Map<String, String> byField = FieldError.byField(found, messages);
        errors.clear();
        errors.putAll(byField);
        errorText.set(String.join("\n", byField.values()));
    }

    /** A number as offices type it (full-width digits, thousands commas), null when blank or unreadable. */
    protected static BigDecimal number(String raw, String field, List<FieldError> found) {
        String t = Text.clean(Text.halfWidth(raw));
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(FieldError.of(field, "validation.number"));
            return null;
        }
    }

    /** A year typed as digits; 0 when blank or unreadable (refused as out of range, or as unreadable). */
    protected static int year(String raw, String field, List<FieldError> found) {
        String t = Text.clean(Text.halfWidth(raw));
        if (t == null) {
            return 0;
        }
        try {
            return Integer.parseInt(t.replace("年", "").strip());
        } catch (NumberFormatException e) {
            found.add(FieldError.of(field, "validation.number"));
            return 0;
        }
    }

    public Messages messages() {
        return messages;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }
}
