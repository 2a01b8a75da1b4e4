package cn.huyang.policy;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The 政策参数 dialog's state: each parameter with the value in force today, the chosen one's
 * history, the change being typed (value, effective date, note, the reason a retroactive change
 * needs) with its refusals by field, and the unit's name. Everything is read and written in the
 * background; a refused change keeps what was typed. Imports no control.
 */
public class PolicyViewModel {
    /** The field key the new value's refusals are marked on (they name the parameter itself). */
    public static final String VALUE = "policy.field.value";

    private final PolicyService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObservableList<ParameterRow> parameters = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<ParameterRow> selected = new SimpleObjectProperty<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final BooleanProperty fromReadable = new SimpleBooleanProperty(true);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty unitName = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty errorText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private PolicyTimeline timeline = new PolicyTimeline(List.of());
    private LocalDate today;
    /** The versions of the unit's details as loaded: a save is refused when another PC saved one since. */
    private Map<UnitField, Integer> unitVersions;
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onChanged = () -> { };

    public PolicyViewModel(PolicyService service, BackgroundRunner runner, Messages m) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        this.today = service.today();
        selected.addListener((o, a, b) -> {
            showHistory();
            value.set(b == null ? "" : b.inForce().value()); // the value in force, to be changed
        });
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** After a change is stored: the other screens judge by the new values. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    private record Loaded(PolicyTimeline timeline, Map<UnitField, String> unit, Map<UnitField, Integer> versions,
                          LocalDate today) {
    }

    /** Reads every parameter's history and the unit's details. */
    public void load() {
        runner.run(m.get("policy.loading"), p -> new Loaded(service.timeline(), service.unit(), service.unitVersions(),
                        service.today()),
                this::show, onFailure);
    }

    private void show(Loaded l) {
        timeline = l.timeline();
        today = l.today();
        PolicyKey was = selected.get() == null ? null : selected.get().key();
        Policy now = timeline.at(today);
        List<ParameterRow> rows = new ArrayList<>();
        for (PolicyKey k : PolicyKey.values()) {
            rows.add(new ParameterRow(k, k.label(m), now.entry(k)));
        }
        parameters.setAll(rows);
        unitName.set(l.unit().getOrDefault(UnitField.NAME, ""));
        unitVersions = l.versions();
        selected.set(rows.stream().filter(r -> r.key() == was).findFirst().orElse(rows.get(0)));
        showHistory();
        loaded.set(true);
    }

    /** The chosen parameter's rows, newest first, each with its state today. */
    private void showHistory() {
        ParameterRow row = selected.get();
        if (row == null) {
            history.clear();
            return;
        }
        PolicyValue inForce = timeline.at(today).entry(row.key());
        List<HistoryRow> out = new ArrayList<>();
        for (PolicyValue v : timeline.history(row.key())) {
            String state = v.from().isAfter(today) ? "policy.state.future"
                    : timeline.superseded(v) ? "policy.state.superseded"
                    : v.equals(inForce) ? "policy.state.inForce" : "policy.state.past";
            out.add(0, new HistoryRow(v, m.get(state)));
        }
        history.setAll(out);
    }

    /** The date typed could (or could not) be read; an unreadable one is refused on saving. */
    public void dateTyped(String text, boolean readable) {
        fromReadable.set(readable);
    }

    /** Stores the change typed for the chosen parameter; a refusal keeps the input and names the field. */
    public void save() {
        ParameterRow row = selected.get();
        message.set("");
        if (row == null) {
            refused(List.of(FieldError.of("policy.field.key", "policy.noneSelected")));
            return;
        }
        if (!fromReadable.get()) {
            refused(List.of(FieldError.of("policy.field.from", "validation.date")));
            return;
        }
        PolicyKey key = row.key();
        String v = value.get();
        LocalDate date = from.get();
        String n = note.get();
        String r = reason.get();
        runner.run(m.get("policy.saving"), p -> service.set(key, v, date, n, r), saved -> {
            refused(List.of());
            message.set(m.get("policy.saved", key.label(m), saved.from().toString(), saved.value()));
            value.set("");
            from.set(null);
            note.set("");
            reason.set("");
            load();
            onChanged.run();
        }, this::failed);
    }

    /** Saves the unit's name (学校名称) printed on the forms. */
    public void saveUnit() {
        String name = unitName.get();
        Map<UnitField, Integer> seen = unitVersions;
        message.set("");
        runner.run(m.get("policy.saving"), p -> {
            service.saveUnit(Map.of(UnitField.NAME, name == null ? "" : name), seen);
            return null;
        }, ok -> {
            refused(List.of());
            message.set(m.get("unit.saved"));
            load();
            onChanged.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            refused(v.errors());
        } else if (cn.huyang.common.StaleRecordException.in(e) != null) {
            // saved on another PC first: nothing stored, the name typed stays
            message.set(cn.huyang.common.StaleRecordException.in(e).render(m));
        } else {
            onFailure.accept(e);
        }
    }

    /** Shows the refusals: all in the error text, each on its field (the value's under {@link #VALUE}). */
    private void refused(List<FieldError> refusals) {
        errors.clear();
        List<String> lines = new ArrayList<>();
        for (FieldError e : refusals) {
            String text = e.render(m);
            lines.add(text);
            String field = e.field().startsWith("policy.param.") ? VALUE : e.field();
            errors.merge(field, text, (a, b) -> a + "；" + b);
        }
        errorText.set(String.join("\n", lines));
    }

    public ObservableList<ParameterRow> parameters() {
        return parameters;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObjectProperty<ParameterRow> selectedProperty() {
        return selected;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    /** The refusals by field key ({@link #VALUE}, {@code policy.field.from}, …, {@code unit.field.NAME}). */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Every refusal in words, one a line (empty when none). */
    public StringProperty errorTextProperty() {
        return errorText;
    }

    /** What was last stored, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }

    /** A parameter with the value in force today. */
    public record ParameterRow(PolicyKey key, String label, PolicyValue inForce) {
    }

    /** A row of a parameter's history, with its state today (现行, 尚未生效, 已被取代, 已被同日更正). */
    public record HistoryRow(PolicyValue value, String state) {
    }
}
