package cn.huyang.assessment;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.BackgroundWork;
import cn.huyang.common.Messages;
import cn.huyang.print.AppraisalForm;
import cn.huyang.print.AppraisalFormLayout;
import cn.huyang.print.Layout;
import cn.huyang.print.PrintablePages;
import cn.huyang.print.PdfFormWriter;
import cn.huyang.roster.Department;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The assessment tab's state: the year and department shown, the scheme, a row per counselor with
 * what is typed, the results recomputed as cells change, refusals naming the cell, and the commands
 * (save, confirm, unlock, override, review, Top Ten, forms). Work runs in the background; imports no control.
 */
public class AssessmentViewModel {
    private final AssessmentService service;
    private final BackgroundRunner runner;
    private final Messages m;

    private final IntegerProperty year;
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final FilteredList<GridRow> shown = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>();
    private final ObservableList<String> vetoChoices = FXCollections.observableArrayList();
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final StringProperty stateText = new SimpleStringProperty("");
    private final StringProperty summaryText = new SimpleStringProperty("");
    private final StringProperty errorText = new SimpleStringProperty("");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private boolean loading;
    private final ScoreConflicts conflicts;
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onInfo = s -> { };
    private Consumer<String> onNotice = s -> { };

    public AssessmentViewModel(AssessmentService service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.m = messages;
        this.year = new SimpleIntegerProperty(service.currentYear());
        this.conflicts = new ScoreConflicts(messages, this::save, this::load);
        year.addListener((o, a, b) -> load());
        // the rows of the department chosen whose name (or ID number) holds the text searched
        javafx.beans.InvalidationListener filter = o -> shown.setPredicate(r -> r.matches(
                department.get() == null ? null : department.get().id(), search.get()));
        department.addListener(filter);
        search.addListener(filter);
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public void setOnInfo(Consumer<String> onInfo) {
        this.onInfo = onInfo;
    }

    /** Where the quiet line after a save goes (the status bar): 已保存 …. */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    // ---- loading and live results --------------------------------------------------------------

    public void load() {
        int y = year.get();
        runner.run(m.get("assessment.loading", y), p -> new Loaded(service.departments(), service.sheet(y),
                service.workCounts(y)), data -> {
            if (data.sheet().scheme().year() == year.get()) {
                show(data);
            }
        }, onFailure);
    }

    private record Loaded(List<Department> departments, Sheet sheet, Map<Long, WorkCounts> work) {
    }

    private void show(Loaded data) {
        loading = true;
        departments.setAll(data.departments());
        // the one chosen as the list arrives (a remembered department chosen again) stays, as loaded now
        Department keep = department.get();
        department.set(keep == null ? null : data.departments().stream().filter(d -> d.id().equals(keep.id()))
                .findFirst().orElse(null));
        Sheet s = data.sheet();
        sheet.set(s);
        vetoChoices.setAll(s.scheme().vetoItems());
        vetoChoices.add(0, "");
        locked.set(s.scheme().locked());
        List<GridRow> fresh = new ArrayList<>(s.rows().size());
        for (SheetRow r : s.rows()) {
            GridRow g = new GridRow(r);
            WorkCounts w = data.work().get(g.counselorId());
            g.setWork(w == null ? "" : w.brief(m));
            watch(g);
            fresh.add(g);
        }
        rows.setAll(fresh);
        loading = false;
        dirty.set(false);
        errorText.set("");
        describe(s.results());
    }

    private void watch(GridRow g) {
        for (Party p : Party.values()) {
            g.score(p).addListener(changed(g, p.name(), p.label(m)));
        }
        g.bonusProperty().addListener(changed(g, GridRow.BONUS, m.get("assessment.column.bonus")));
        g.vetoProperty().addListener((o, a, b) -> edited(g));
        g.summaryProperty().addListener((o, a, b) -> edited(g));
    }

    private ChangeListener<String> changed(GridRow g, String column, String label) {
        return (o, a, text) -> {
            if (Scores.valid(text)) {
                g.errors().remove(column);
            } else {
                g.errors().put(column, m.get("assessment.cell.error", g.name(), label));
            }
            edited(g);
        };
    }

    private void edited(GridRow g) {
        if (loading) {
            return;
        }
        g.dirtyProperty().set(true);
        dirty.set(true);
        recompute();
        errorText.set(GridTexts.errors(rows, m));
    }

    /** The year's results from what is typed now, over every row (ranks and quota are the year's). */
    public void recompute() {
        Sheet s = sheet.get();
        if (s == null) {
            return;
        }
        List<Entry> entries = new ArrayList<>(rows.size());
        for (GridRow g : rows) {
            entries.add(g.toEntry(s.scheme().year()));
        }
        Results results = AssessmentCalculator.compute(s.scheme(), entries);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).resultProperty().set(results.rows().get(i));
        }
        describe(results);
    }

    private void describe(Results r) {
        Sheet s = sheet.get();
        stateText.set(s.scheme().state().label(m));
        summaryText.set(GridTexts.summary(r, rows.size(), s.scheme(), m));
    }

    public boolean hasErrors() {
        return rows.stream().anyMatch(g -> !g.errors().isEmpty());
    }

    // ---- commands ----------------------------------------------------------------------------

    /** Saves the rows changed since loading; refused, with every refused cell named, while any cell is refused. */
    public void save() {
        if (hasErrors()) {
            errorText.set(m.get("assessment.save.refused") + "\n" + GridTexts.errors(rows, m));
            return;
        }
        int y = year.get();
        List<Entry> changed = rows.stream().filter(g -> g.dirtyProperty().get()).map(g -> g.toEntry(y)).toList();
        if (changed.isEmpty()) {
            return;
        }
        runner.run(m.get("assessment.saving"), p -> {
            service.saveEntries(y, changed);
            return null;
        }, ok -> {
            onNotice.accept(m.get("assessment.saved", changed.size()));
            load();
        }, e -> {
            if (!conflicts.offer(e, rows)) { // someone saved these rows first: the typing stays, the user chooses
                onFailure.accept(e);
            }
        });
    }

    /** Scores someone else saved after the grid read them: the refusal, and the user's choice. */
    public ScoreConflicts conflicts() {
        return conflicts;
    }

    /** Confirms the year; {@code notAssessed}: those without any score, left out of the year's results. */
    public void confirm(java.util.Collection<Long> notAssessed) {
        if (dirty.get()) {
            errorText.set(m.get("assessment.confirm.unsaved"));
            return;
        }
        int y = year.get();
        runner.run(m.get("assessment.confirming", y), p -> service.confirm(y, notAssessed), r -> {
            onNotice.accept(m.get("assessment.confirmed", y));
            load();
        }, onFailure);
    }

    public void unlock(String reason) {
        int y = year.get();
        runner.run(m.get("assessment.unlocking", y), p -> {
            service.unlock(y, reason);
            return null;
        }, ok -> load(), onFailure);
    }

    public void override(GridRow row, Grade grade, String reason, Runnable saved, Consumer<Throwable> refused) {
        int y = year.get();
        runner.run(m.get("assessment.saving"), p -> {
            service.override(y, row.counselorId(), grade, reason);
            return null;
        }, ok -> saved(saved, m.get("assessment.override.saved", row.name())), refused);
    }

    public void review(GridRow row, Entry.Review review, Runnable saved, Consumer<Throwable> refused) {
        int y = year.get();
        runner.run(m.get("assessment.saving"), p -> {
            service.recordReview(y, row.counselorId(), review);
            return null;
        }, ok -> saved(saved, m.get("assessment.review.saved", row.name())), refused);
    }

    public void saveScheme(Scheme scheme, Runnable saved, Consumer<Throwable> refused) {
        runner.run(m.get("assessment.saving"), p -> service.saveScheme(scheme),
                s -> saved(saved, m.get("assessment.scheme.saved", scheme.year())), refused);
    }

    private void saved(Runnable then, String notice) {
        then.run();
        onNotice.accept(notice);
        load();
    }

    /** The Top Ten of the year shown: candidates, the earlier choice, choosing. */
    public TopTenCommands topTen() {
        return new TopTenCommands(service, runner, m, year.get(), onFailure, onNotice);
    }

    // ---- forms -------------------------------------------------------------------------------

    /**
     * Reading and laying out the appraisal forms of a scope, as work for the background runner: the
     * pages, and what printing them says (how many forms).
     */
    public BackgroundWork<PrintablePages> formPages(FormScope scope, GridRow selected) {
        int y = year.get();
        Long dept = scope == FormScope.DEPARTMENT && department.get() != null ? department.get().id() : null;
        Long one = scope == FormScope.COUNSELOR && selected != null ? selected.counselorId() : null;
        return p -> {
            List<AppraisalForm> forms = service.forms(y, dept, one);
            AppraisalFormLayout layout = new AppraisalFormLayout(m);
            List<Layout.Page> pages = new ArrayList<>();
            for (AppraisalForm f : forms) {
                pages.addAll(layout.layout(f));
            }
            return new PrintablePages(pages, m.get("assessment.print.running", forms.size()), forms.size(),
                    m.get("forms.fileName", y, ""));
        };
    }

    /** Writes the forms of a scope as PDF into a folder, with progress; {@link #cancelExport()} stops it. */
    public void exportPdf(FormScope scope, GridRow selected, Path folder, boolean single, Consumer<List<Path>> done) {
        int y = year.get();
        Long dept = scope == FormScope.DEPARTMENT && department.get() != null ? department.get().id() : null;
        Long one = scope == FormScope.COUNSELOR && selected != null ? selected.counselorId() : null;
        String name = m.get("forms.fileName", y, dept == null ? "" : "-" + department.get().code());
        cancel.set(false);
        exporting.set(true);
        runner.run(m.get("assessment.forms.exporting"), p -> {
            List<AppraisalForm> forms = service.forms(y, dept, one);
            return new PdfFormWriter(m).writeFiles(forms, folder, single, name, p, cancel::get);
        }, files -> {
            exporting.set(false);
            done.accept(files);
        }, e -> {
            exporting.set(false);
            if (e instanceof java.util.concurrent.CancellationException) {
                onInfo.accept(m.get("assessment.forms.cancelled"));
            } else {
                onFailure.accept(e);
            }
        });
    }

    public void cancelExport() {
        cancel.set(true);
    }

    // ---- properties --------------------------------------------------------------------------

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    /** A name or ID number typed to find rows in the grid. */
    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<GridRow> rows() {
        return rows;
    }

    public FilteredList<GridRow> shownRows() {
        return shown;
    }

    public ObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    public ObservableList<String> vetoChoices() {
        return vetoChoices;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public StringProperty stateTextProperty() {
        return stateText;
    }

    public StringProperty summaryTextProperty() {
        return summaryText;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    /** Today, by the service's clock. */
    public java.time.LocalDate today() {
        return service.today();
    }

    public Messages messages() {
        return m;
    }

}
