package cn.huyang.exchange;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 文件 → 数据包冲突… without a screen (学工部, administrators): the open conflicts — a record a package
 * changed that was changed here too — each with the fields in which the two versions differ, side by
 * side; per record, 保留本处的版本 or 采用数据包的版本, or per field (the package's values of the fields
 * ticked, this office's of the rest) — in the background, then the list again.
 */
public final class PackageConflictsViewModel {
    /**
     * A conflict as listed: its table and record in words, the fields that differ, both versions;
     * {@code mergeable} when both versions are there (a field may be taken from each).
     */
    public record Row(long id, String table, String record, String fields, String from, String created,
                      List<Field> values, boolean mergeable) {
    }

    /** A field of a conflict: its column, its name in words, this office's value and the package's. */
    public record Field(String column, String field, String office, String pkg) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ConflictService conflicts;
    private final PackageTexts texts;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<String, BooleanProperty> taken = new HashMap<>();
    private final ReadOnlyBooleanWrapper fieldsChosen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Runnable onResolved = () -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };

    public PackageConflictsViewModel(ConflictService conflicts, PackageTexts texts, BackgroundRunner runner) {
        this.conflicts = conflicts;
        this.texts = texts;
        this.runner = runner;
        this.m = texts.messages();
        selected.addListener((o, a, r) -> {
            taken.clear();
            fieldsChosen.set(false);
            fields.setAll(r == null ? List.of() : r.values());
        });
    }

    /** After a conflict was resolved (the window reloads its tabs). */
    public void setOnResolved(Runnable onResolved) {
        this.onResolved = onResolved;
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /** Reads the open conflicts in the background; the one selected before stays selected if still open. */
    public void load() {
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        runner.run(m.get("package.ui.loadingConflicts"), p -> conflicts.list(true).stream().map(this::row).toList(),
                list -> {
                    busy.set(false);
                    rows.setAll(list);
                    count.set(list.isEmpty() ? m.get("package.ui.noConflicts")
                            : m.get("package.ui.conflictCount", list.size()));
                    selected.set(list.stream().filter(r -> Objects.equals(r.id(), keep)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0)));
                }, this::failed);
    }

    /** Resolves the selected conflict by keeping this office's version or taking the package's. */
    public void resolve(ConflictService.Take take) {
        Row r = selected.get();
        if (r == null || busy.get()) {
            return;
        }
        error.set("");
        busy.set(true);
        runner.run(m.get("package.ui.resolving"), p -> conflicts.resolve(r.id(), take), c -> {
            busy.set(false);
            selected.set(null);
            onNotice.accept(m.get("package.ui.resolved." + take.name(), r.id(), r.record()));
            onResolved.run();
            load();
        }, this::failed);
    }

    /** Whether the package's value of this field of the selected conflict is taken (by {@link #resolveFields}). */
    public BooleanProperty takeField(String column) {
        return taken.computeIfAbsent(column, c -> {
            BooleanProperty p = new SimpleBooleanProperty(false);
            p.addListener((o, a, b) -> fieldsChosen.set(taken.values().stream().anyMatch(BooleanProperty::get)));
            return p;
        });
    }

    /** Resolves the selected conflict field by field: the package's values of the fields ticked, this office's of the rest. */
    public void resolveFields() {
        Row r = selected.get();
        Set<String> columns = new LinkedHashSet<>();
        taken.forEach((c, p) -> {
            if (p.get()) {
                columns.add(c);
            }
        });
        if (r == null || !r.mergeable() || columns.isEmpty() || busy.get()) {
            return;
        }
        String names = r.values().stream().filter(f -> columns.contains(f.column())).map(Field::field)
                .collect(java.util.stream.Collectors.joining("、"));
        error.set("");
        busy.set(true);
        runner.run(m.get("package.ui.resolving"), p -> conflicts.resolveFields(r.id(), columns), c -> {
            busy.set(false);
            selected.set(null);
            onNotice.accept(m.get("package.ui.resolved.FIELDS", r.id(), r.record(), names));
            onResolved.run();
            load();
        }, this::failed);
    }

    private Row row(ConflictService.Opened o) {
        Conflict c = o.conflict();
        Map<UUID, String> names = new HashMap<>();
        PackageTexts.collectNames(c.entity(), c.rowUid(), o.local(), names);
        PackageTexts.collectNames(c.entity(), c.rowUid(), o.incoming(), names);
        Map<String, String> any = o.incoming() != null ? o.incoming() : o.local();
        Set<String> differ = new LinkedHashSet<>();
        if (c.fields() != null && !c.fields().isBlank()) {
            differ.addAll(Arrays.stream(c.fields().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        if (o.local() == null || o.incoming() == null || differ.isEmpty()) {
            differ.addAll(any == null ? List.of() : any.keySet()); // deleted on one side: the whole record
        }
        if (any != null) { // in the table's column order
            List<String> order = new ArrayList<>(any.keySet());
            List<String> sorted = new ArrayList<>(differ);
            sorted.sort(java.util.Comparator.comparingInt(k -> order.contains(k) ? order.indexOf(k) : order.size()));
            differ = new LinkedHashSet<>(sorted);
        }
        List<Field> values = new ArrayList<>();
        for (String column : differ) {
            values.add(new Field(column, texts.column(column), side(c.entity(), column, o.local()),
                    side(c.entity(), column, o.incoming())));
        }
        String fieldNames = values.stream().map(Field::field).collect(java.util.stream.Collectors.joining("、"));
        if (o.local() == null) {
            fieldNames = m.get("package.ui.deletedHere");
        } else if (o.incoming() == null) {
            fieldNames = m.get("package.ui.deletedThere");
        }
        return new Row(c.id(), texts.table(c.entity()), texts.caption(c.entity(), c.rowUid(), any, names), fieldNames,
                m.get("package.ui.fromPackage", c.sequence()), c.createdAt().format(WHEN), values,
                o.local() != null && o.incoming() != null);
    }

    private String side(String table, String column, Map<String, String> version) {
        return version == null ? m.get("package.ui.deleted") : texts.value(table, column, version.get(column));
    }

    private void failed(Throwable e) {
        busy.set(false);
        String sentence = PackageProblems.sentence(e, m);
        if (sentence != null) {
            error.set(sentence);
        } else {
            onFailure.accept(e);
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The selected conflict's fields, both versions side by side. */
    public ObservableList<Field> fields() {
        return fields;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "2 条待处理的冲突" or "没有待处理的冲突". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True when at least one field of the selected conflict is ticked to be taken from the package. */
    public ReadOnlyBooleanProperty fieldsChosenProperty() {
        return fieldsChosen.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
