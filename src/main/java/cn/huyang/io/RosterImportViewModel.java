package cn.huyang.io;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state and commands: choose a file → its visible sheets are listed and the
 * first one is checked at once (off the JavaFX thread, cancellable) → the mapping, the plan and the
 * refusals are shown → a change of sheet, mapping or option checks again → import. Only the latest
 * check counts: a slower earlier one that finishes late is dropped.
 */
public class RosterImportViewModel {
    private final RosterImportService service;
    private final ExportService export;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final BooleanProperty update = new SimpleBooleanProperty(false);
    private final BooleanProperty createDepartments = new SimpleBooleanProperty(false);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ObservableList<ImportColumn<RosterField>> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RosterImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PlannedRow> planned = FXCollections.observableArrayList();
    private final ObservableList<Refusal> refused = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importable = new ReadOnlyBooleanWrapper(false);
    /** The user's mapping (column index → field, null to ignore); null while the headers decide. */
    private Map<Integer, RosterField> mapping;
    private AtomicBoolean cancel = new AtomicBoolean();
    private int generation;
    private int running;
    private Consumer<ImportOutcome> onImported = o -> { };

    public RosterImportViewModel(RosterImportService service, ExportService export, BackgroundRunner runner,
                                 Messages messages) {
        this.service = service;
        this.export = export;
        this.runner = runner;
        this.m = messages;
        sheet.addListener((o, a, b) -> {
            mapping = null; // another sheet has other columns
            columns.clear();
            checkAgain();
        });
        update.addListener((o, a, b) -> checkAgain());
        createDepartments.addListener((o, a, b) -> checkAgain());
        skipInvalid.addListener((o, a, b) -> updateImportable());
        preview.addListener((o, a, b) -> updateImportable());
    }

    /** Runs after an import has written, on the JavaFX thread (the window reloads its views). */
    public void setOnImported(Consumer<ImportOutcome> onImported) {
        this.onImported = onImported;
    }

    /** A file was chosen: its sheets are read and the first one is checked. */
    public void choose(Path chosen) {
        file.set(chosen);
        mapping = null;
        columns.clear();
        dropPreview();
        outcome.set(null);
        sheets.clear();
        work(m.get("io.dialog.reading"), p -> service.sheets(chosen), list -> {
            sheets.setAll(list);
            String first = list.isEmpty() ? null : list.get(0);
            if (java.util.Objects.equals(sheet.get(), first)) {
                preview();
            } else {
                sheet.set(first); // checks through the listener
            }
        });
    }

    /** The user mapped a column (by its index in the file) to a field, or to none (null: ignored). */
    public void mapColumn(int index, RosterField field) {
        Map<Integer, RosterField> next = new HashMap<>();
        for (ImportColumn<RosterField> c : columns) {
            next.put(c.index(), c.field());
        }
        if (field != null) {
            next.replaceAll((i, f) -> f == field ? null : f); // a field is read from one column only
        }
        next.put(index, field);
        mapping = next;
        columns.replaceAll(c -> new ImportColumn<>(c.index(), c.header(), next.get(c.index())));
        checkAgain();
    }

    /** Reads and checks the file as chosen; nothing is written. */
    public void preview() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        cancel.set(true);
        cancel = new AtomicBoolean();
        AtomicBoolean stop = cancel;
        ImportOptions options = new ImportOptions(sheet.get(), update.get(), createDepartments.get(), mapping);
        work(m.get("io.dialog.checking"), p -> service.preview(f, options, stop::get), result -> {
            preview.set(result);
            columns.setAll(result.columns());
            planned.setAll(result.rows());
            refused.setAll(result.refused());
            status.set(m.get("io.import.summary", result.rows().size() + result.refusedRows(),
                    result.count(PlannedRow.Action.NEW), result.count(PlannedRow.Action.UPDATE),
                    result.count(PlannedRow.Action.UNCHANGED), result.count(PlannedRow.Action.SKIP),
                    result.refusedRows(), result.newDepartments().size())
                    + (result.hasRefusals() ? m.get("io.dialog.refusedHint") : ""));
        });
    }

    /** Stops a check under way (the reader looks every 256 rows). */
    public void cancel() {
        cancel.set(true);
    }

    /** True when the preview may be written: there is one, and no row is refused or the refused are skipped. */
    public boolean canImport() {
        RosterImportPreview p = preview.get();
        return p != null && (!p.hasRefusals() || skipInvalid.get());
    }

    /** Writes the preview (backup first, one transaction). */
    public void importNow() {
        RosterImportPreview p = preview.get();
        if (!canImport()) {
            return;
        }
        boolean skip = skipInvalid.get();
        work(m.get("io.dialog.writing"), x -> service.apply(p, skip), result -> {
            dropPreview();
            outcome.set(result);
            status.set(m.get("io.dialog.done", result.created(), result.updated(), result.unchanged(),
                    result.skipped(), result.refusedRows(), result.departmentsCreated(),
                    result.backup() == null ? "-" : result.backup()));
            onImported.accept(result);
        });
    }

    /** Writes the blank roster template (headers, an example row, drop-down lists). */
    public void writeTemplate(Path target) {
        runner.run(m.get("io.dialog.writingTemplate"), p -> {
            export.rosterTemplate(target);
            return target;
        }, written -> status.set(m.get("io.dialog.templateDone", written)),
                e -> status.set(m.get("io.export.failed", target, e.getMessage())));
    }

    private void checkAgain() {
        dropPreview();
        if (file.get() != null && sheet.get() != null) {
            preview();
        }
    }

    /** Runs a job; its outcome counts only when no newer job was started meanwhile. */
    private <T> void work(String description, cn.huyang.common.BackgroundWork<T> job, Consumer<T> done) {
        int mine = ++generation;
        busy.set(true);
        running++;
        status.set(description);
        runner.run(description, job, result -> {
            busy.set(--running > 0);
            if (mine == generation) {
                done.accept(result);
            }
        }, e -> {
            busy.set(--running > 0);
            if (mine == generation) {
                failed(e);
            }
        });
    }

    private void dropPreview() {
        preview.set(null);
        planned.clear();
        refused.clear();
    }

    private void updateImportable() {
        importable.set(canImport());
    }

    private void failed(Throwable t) {
        status.set(t instanceof SpreadsheetException e ? e.render(m) : m.get("io.import.failed", t.getMessage()));
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public BooleanProperty updateProperty() {
        return update;
    }

    public BooleanProperty createDepartmentsProperty() {
        return createDepartments;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    /** The file's columns as mapped: detected from the headers, or as the user changed them. */
    public ObservableList<ImportColumn<RosterField>> columns() {
        return columns;
    }

    public ReadOnlyObjectProperty<RosterImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<PlannedRow> planned() {
        return planned;
    }

    public ObservableList<Refusal> refused() {
        return refused;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while this dialog's own work runs (reading, checking, writing). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importableProperty() {
        return importable.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }

    List<String> sheetNames() {
        return List.copyOf(sheets);
    }
}
