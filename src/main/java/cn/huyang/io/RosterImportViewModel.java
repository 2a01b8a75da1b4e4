package cn.huyang.io;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state and commands (the dialog itself is still to come): choose a file →
 * its visible sheets are listed → preview (off the JavaFX thread, cancellable) → the refusals and
 * the plan are shown → import. Any change of file, sheet or option drops the preview.
 */
public class RosterImportViewModel {
    private final RosterImportService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final BooleanProperty update = new SimpleBooleanProperty(false);
    private final BooleanProperty createDepartments = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RosterImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Refusal> refused = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private AtomicBoolean cancel = new AtomicBoolean();

    public RosterImportViewModel(RosterImportService service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.m = messages;
        sheet.addListener((o, a, b) -> dropPreview());
        update.addListener((o, a, b) -> dropPreview());
        createDepartments.addListener((o, a, b) -> dropPreview());
    }

    /** A file was chosen: its sheets are read, the first one selected. */
    public void choose(Path chosen) {
        file.set(chosen);
        dropPreview();
        sheets.clear();
        runner.run(m.get("io.dialog.reading"), p -> service.sheets(chosen), list -> {
            sheets.setAll(list);
            sheet.set(list.isEmpty() ? null : list.get(0));
        }, this::failed);
    }

    /** Reads and checks the file as chosen; nothing is written. */
    public void preview() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        cancel = new AtomicBoolean();
        AtomicBoolean mine = cancel;
        ImportOptions options = new ImportOptions(sheet.get(), update.get(), createDepartments.get(), null);
        runner.run(m.get("io.dialog.checking"), p -> service.preview(f, options, mine::get), result -> {
            preview.set(result);
            refused.setAll(result.refused());
            status.set(m.get("io.import.summary", result.rows().size() + result.refusedRows(),
                    result.count(PlannedRow.Action.NEW), result.count(PlannedRow.Action.UPDATE),
                    result.count(PlannedRow.Action.UNCHANGED), result.count(PlannedRow.Action.SKIP),
                    result.refusedRows(), result.newDepartments().size()));
        }, this::failed);
    }

    public void cancel() {
        cancel.set(true);
    }

    /** True when the preview may be written: there is one and no row is refused. */
    public boolean canImport() {
        return preview.get() != null && !preview.get().hasRefusals();
    }

    /** Writes the preview (backup first, one transaction). */
    public void importNow(boolean skipInvalid) {
        RosterImportPreview p = preview.get();
        if (p == null || p.hasRefusals() && !skipInvalid) {
            return;
        }
        runner.run(m.get("io.dialog.writing"), x -> service.apply(p, skipInvalid), result -> {
            outcome.set(result);
            status.set(m.get("io.import.done", result.backup() == null ? "-" : result.backup()));
            preview.set(null);
        }, this::failed);
    }

    private void dropPreview() {
        preview.set(null);
        refused.clear();
        outcome.set(null);
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

    public ReadOnlyObjectProperty<RosterImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
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

    List<String> sheetNames() {
        return List.copyOf(sheets);
    }
}
