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
 * The import dialog's state and commands: choose what to import (the roster, training records, a
 * year's scores) and a file → its visible sheets are listed and the first one is checked at once
 * (off the JavaFX thread, cancellable) → the mapping (the roster's is editable), the plan and the
 * refusals are shown → a change of kind, year, sheet, mapping or option checks again → import. Only
 * the latest check counts: a slower earlier one that finishes late is dropped.
 */
public class ImportViewModel {
    private final RosterImportService service;
    private final TrainingImportService trainingImport;
    private final ScoresImportService scoresImport;
    private final ExportService export;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.ROSTER);
    private final javafx.beans.property.IntegerProperty year = new javafx.beans.property.SimpleIntegerProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final BooleanProperty update = new SimpleBooleanProperty(false);
    private final BooleanProperty createDepartments = new SimpleBooleanProperty(false);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final ObservableList<ImportColumn<RosterField>> columns = FXCollections.observableArrayList();
    /** The kind's own preview (a RosterImportPreview, TrainingImportPreview or ScoresImportPreview). */
    private final ReadOnlyObjectWrapper<Object> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewRow> planned = FXCollections.observableArrayList();
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

    public ImportViewModel(RosterImportService service, TrainingImportService trainingImport,
                                 ScoresImportService scoresImport, ExportService export, BackgroundRunner runner,
                                 Messages messages, int thisYear) {
        this.service = service;
        this.trainingImport = trainingImport;
        this.scoresImport = scoresImport;
        this.export = export;
        this.runner = runner;
        this.m = messages;
        year.set(thisYear);
        kind.addListener((o, a, b) -> {
            mapping = null;
            columns.clear();
            checkAgain();
        });
        year.addListener((o, a, b) -> {
            if (kind.get() == ImportKind.SCORES) {
                checkAgain();
            }
        });
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
        String sheetName = sheet.get();
        int y = year.get();
        switch (kind.get()) {
            case ROSTER -> work(m.get("io.dialog.checking"), p -> service.preview(f, options, stop::get), r -> {
                columns.setAll(r.columns());
                show(r, r.rows().stream().map(this::row).toList(), r.refused(), m.get("io.import.summary",
                        r.rows().size() + r.refusedRows(), r.count(PlannedRow.Action.NEW),
                        r.count(PlannedRow.Action.UPDATE), r.count(PlannedRow.Action.UNCHANGED),
                        r.count(PlannedRow.Action.SKIP), r.refusedRows(), r.newDepartments().size()));
            });
            case TRAINING -> work(m.get("io.dialog.checking"), p -> trainingImport.preview(f, sheetName, stop::get),
                    r -> show(r, r.rows().stream().map(this::row).toList(), r.refused(),
                            m.get("io.import.trainingSummary", r.rows().size() + r.refusedRows(), r.toWrite(),
                                    r.inLedger(), r.refusedRows())));
            case SCORES -> work(m.get("io.dialog.checking"), p -> scoresImport.preview(f, y, sheetName, stop::get),
                    r -> show(r, r.rows().stream().map(this::row).toList(), r.refused(),
                            m.get("io.import.scoresSummary", y, r.rows().size() + r.refusedRows(),
                                    r.count(PlannedRow.Action.NEW), r.count(PlannedRow.Action.UPDATE),
                                    r.count(PlannedRow.Action.UNCHANGED), r.refusedRows())));
        }
    }

    private void show(Object result, List<PreviewRow> rows, List<Refusal> refusals, String summary) {
        planned.setAll(rows);
        refused.setAll(refusals);
        preview.set(result); // last: whether it may be imported depends on the refusals
        status.set(summary + (refusals.isEmpty() ? "" : m.get("io.dialog.refusedHint")));
    }

    private PreviewRow row(PlannedRow r) {
        return new PreviewRow(r.row(), r.action().label(m), r.counselor().name(), changes(r.changes()));
    }

    private PreviewRow row(TrainingImportPreview.Row r) {
        return new PreviewRow(r.row(), m.get(r.inLedger() ? "io.dialog.inLedger" : "io.action.NEW"),
                r.counselor().name(), m.get("io.dialog.trainingRow", r.training().course(),
                r.training().startDate().toString(), r.hours() == null ? "" : r.hours().toPlainString()));
    }

    private PreviewRow row(ScoresImportPreview.Row r) {
        return new PreviewRow(r.row(), r.action().label(m), r.counselor().name(), changes(r.changes()));
    }

    private String changes(List<PlannedRow.Change> changes) {
        return changes.stream().map(c -> m.get("io.dialog.change", c.field(), c.before(), c.after()))
                .collect(java.util.stream.Collectors.joining("；"));
    }

    /** Stops a check under way (the reader looks every 256 rows). */
    public void cancel() {
        cancel.set(true);
    }

    /** True when the preview may be written: there is one, and no row is refused or the refused are skipped. */
    public boolean canImport() {
        return preview.get() != null && (refused.isEmpty() || skipInvalid.get());
    }

    /** Writes the preview (backup first, one transaction). */
    public void importNow() {
        Object p = preview.get();
        if (!canImport()) {
            return;
        }
        boolean skip = skipInvalid.get();
        work(m.get("io.dialog.writing"), x -> {
            if (p instanceof TrainingImportPreview t) {
                return trainingImport.apply(t, skip);
            }
            if (p instanceof ScoresImportPreview sc) {
                return scoresImport.apply(sc, skip);
            }
            return service.apply((RosterImportPreview) p, skip);
        }, result -> {
            // The rows written leave the plan; the refused rows stay listed, to be put right in the file.
            preview.set(null);
            planned.clear();
            outcome.set(result);
            status.set(m.get("io.dialog.done", result.created(), result.updated(), result.unchanged(),
                    result.skipped(), result.refusedRows(), result.departmentsCreated(),
                    result.backup() == null ? "-" : result.backup()));
            onImported.accept(result);
        });
    }

    /** Writes the kind's blank template (headers, an example row or the year's counselors, drop-down lists). */
    public void writeTemplate(Path target) {
        ImportKind k = kind.get();
        int y = year.get();
        runner.run(m.get("io.dialog.writingTemplate"), p -> {
            switch (k) {
                case ROSTER -> export.rosterTemplate(target);
                case TRAINING -> export.trainingTemplate(target);
                case SCORES -> export.scoresTemplate(target, y, false);
            }
            return target;
        }, written -> status.set(m.get("io.dialog.templateDone", written)),
                e -> status.set(m.get("io.export.failed", target, ExportGuard.reason(e, m))));
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
        cn.huyang.common.StaleRecordException stale = cn.huyang.common.StaleRecordException.in(t);
        // a record changed on another PC since the preview: nothing imported, the preview asked for again
        status.set(t instanceof SpreadsheetException e ? e.render(m) : stale != null ? stale.render(m)
                : m.get("io.import.failed", t.getMessage()));
    }

    /** The template's file name offered for the kind (and year). */
    public String templateName() {
        return m.get("io.dialog.templateName." + kind.get().name(), year.get());
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public javafx.beans.property.IntegerProperty yearProperty() {
        return year;
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

    public ObservableList<PreviewRow> planned() {
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
