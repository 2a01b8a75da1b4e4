package cn.huyang.roster;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Conflict;
import cn.huyang.common.CounselorFindingSource;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.OpenFindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The roster tab's state: all rows, the filters (search text, department, post type, status), the
 * filtered rows and their count, and the staffing table of a chosen year. Loads and saves run in
 * the background; imports no control.
 */
public class RosterViewModel {
    private final RosterService service;
    private final List<CounselorFindingSource> findingSources;
    private final OpenFindings open;
    private final BackgroundRunner runner;
    private final Messages messages;

    private final ObservableList<RosterRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RosterRow> filtered = new FilteredList<>(rows, r -> true);
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<StaffingRow> staffing = FXCollections.observableArrayList();

    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final ObjectProperty<PostType> postType = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.ON_ROSTER);
    private final IntegerProperty year;
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(false);
    private final ObjectProperty<StaffingRatio> ratio = new SimpleObjectProperty<>();
    private final StringBinding countText;
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private long loads;
    private final ObjectProperty<Conflict> conflict = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>();
    /** What another PC's change must touch for the roster to load again ("*": an import, the demo data, a restore). */
    private static final Set<String> SHOWN = Set.of("counselor", "department", "enrolment", "finding", "*");
    private Consumer<Conflict.Choice> onChoice = c -> { };

    public RosterViewModel(RosterService service, BackgroundRunner runner, Messages messages) {
        this(service, List.of(), OpenFindings.ALL, runner, messages);
    }

    /**
     * With the other features' findings shown on the rows as well as the roster's own, those decided
     * already left out.
     */
    public RosterViewModel(RosterService service, List<CounselorFindingSource> findingSources, OpenFindings open,
                           BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.findingSources = List.copyOf(findingSources);
        this.open = open;
        this.runner = runner;
        this.messages = messages;
        this.year = new SimpleIntegerProperty(service.today().getYear());
        search.addListener((o, a, b) -> refilter());
        department.addListener((o, a, b) -> refilter());
        postType.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        year.addListener((o, a, b) -> loadRatio());
        filtered.setPredicate(predicate());
        countText = Bindings.createStringBinding(
                () -> messages.get("roster.count", filtered.size(), rows.size()), filtered, rows);
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Loads the departments, the roster and the staffing table, in the background. */
    public void load() {
        long mine = ++loads;
        runner.run(messages.get("roster.loading"), p -> loadRows(), data -> {
            show(data);
            if (!findingSources.isEmpty()) {
                loadOtherFindings(mine, data.rows());
            }
        }, onFailure);
        loadRatio();
    }

    /** The roster's own rows, with the roster's own findings: the table shows these at once. */
    private Loaded loadRows() {
        List<Department> depts = service.departments();
        Map<Long, String> names = service.departmentNames();
        List<Counselor> all = service.roster();
        Predicate<Finding> stillOpen = open.snapshot();
        List<RosterRow> out = new ArrayList<>(all.size());
        for (Counselor c : all) {
            String dept = names.get(c.departmentId());
            out.add(RosterRow.of(c, dept, openOnly(service.findings(c, dept), stillOpen)));
        }
        return new Loaded(depts, out);
    }

    /**
     * The other features' findings (training, assessment) come after the rows are shown: they take
     * a year's aggregates each, and the roster should not wait for them.
     */
    private void loadOtherFindings(long load, List<RosterRow> shown) {
        runner.run(messages.get("roster.loadingFindings"), p -> {
            Map<Long, List<Finding>> extra = new java.util.HashMap<>();
            Predicate<Finding> stillOpen = open.snapshot();
            for (CounselorFindingSource source : findingSources) {
                source.findingsByCounselor(service.today()).forEach((id, fs) ->
                        extra.computeIfAbsent(id, k -> new ArrayList<>()).addAll(openOnly(fs, stillOpen)));
            }
            extra.values().removeIf(List::isEmpty);
            if (extra.isEmpty()) {
                return null;
            }
            List<RosterRow> out = new ArrayList<>(shown.size());
            for (RosterRow r : shown) {
                List<Finding> more = extra.get(r.counselor().id());
                if (more == null) {
                    out.add(r);
                } else {
                    List<Finding> all = new ArrayList<>(r.findings());
                    all.addAll(more);
                    out.add(RosterRow.of(r.counselor(), r.department(), all));
                }
            }
            return out;
        }, merged -> {
            if (merged != null && load == loads) {
                rows.setAll(merged);
            }
        }, onFailure);
    }

    private static List<Finding> openOnly(List<Finding> findings, Predicate<Finding> stillOpen) {
        if (findings.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (stillOpen.test(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private record Loaded(List<Department> departments, List<RosterRow> rows) {
    }

    private void show(Loaded data) {
        Department selected = department.get();
        departments.setAll(data.departments());
        if (selected != null) {
            department.set(data.departments().stream().filter(d -> d.id().equals(selected.id())).findFirst()
                    .orElse(null));
        }
        // The filters are unchanged: the filtered list judges the new rows once, as they arrive.
        rows.setAll(data.rows());
        empty.set(data.rows().isEmpty() && data.departments().isEmpty());
        loaded.set(true);
    }

    public void loadRatio() {
        int y = year.get();
        runner.run(messages.get("ratio.loading", y), p -> service.staffingRatio(y), r -> {
            if (r.year() == year.get()) {
                ratio.set(r);
                List<StaffingRow> all = new ArrayList<>(r.departments());
                all.add(r.college());
                staffing.setAll(all);
            }
        }, onFailure);
    }

    /** After a save elsewhere: reload everything that may have changed. */
    public void refresh() {
        load();
    }

    /** Whether another PC's changes (entities, as the audit log names them) touch what the roster shows. */
    public boolean touches(Set<String> entities) {
        return loaded.get() && entities.stream().anyMatch(SHOWN::contains);
    }

    /** The counselor selected in the list, by id: kept when the rows load again. */
    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    /** The row of the selected counselor as loaded now, or null. */
    public RosterRow selectedRow() {
        Long id = selectedId.get();
        return id == null ? null : rows.stream().filter(r -> id.equals(r.counselor().id())).findFirst().orElse(null);
    }

    private void refilter() {
        filtered.setPredicate(predicate());
    }

    Predicate<RosterRow> predicate() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Department d = department.get();
        Long deptId = d == null ? null : d.id();
        PostType pt = postType.get();
        StatusFilter sf = status.get() == null ? StatusFilter.ON_ROSTER : status.get();
        return r -> sf.accepts(r.counselor().status())
                && (deptId == null || deptId.equals(r.counselor().departmentId()))
                && (pt == null || pt == r.counselor().postType())
                && r.matches(needle);
    }

    /**
     * Stores a department's enrolment for the year shown as typed, then refreshes the staffing table.
     * A refusal goes to {@code refused} naming the field ("在校生数：…": not a whole number, here; a
     * negative one, the service's), and nothing is stored.
     */
    public void setEnrolment(StaffingRow row, String typed, Runnable saved, Consumer<String> refused) {
        String text = cn.huyang.common.Text.clean(cn.huyang.common.Text.halfWidth(typed));
        int students;
        try {
            students = Integer.parseInt(text == null ? "" : text);
        } catch (NumberFormatException e) {
            refused.accept(cn.huyang.common.FieldError.of("field.students", "validation.wholeNumber").render(messages));
            return;
        }
        int y = year.get();
        runner.run(messages.get("ratio.saving"), p -> {
            service.setEnrolment(row.departmentId(), y, students);
            return null;
        }, ok -> {
            saved.run();
            onNotice.accept(messages.get("ratio.saved", row.department(), y, students));
            loadRatio();
        }, e -> {
            if (e instanceof cn.huyang.common.ValidationException no) {
                refused.accept(no.render(messages));
            } else {
                onFailure.accept(e);
                loadRatio();
            }
        });
    }

    /** Adds a department, then reloads; {@code added} runs once it is stored. */
    public void addDepartment(String code, String name, Runnable added, Consumer<Throwable> refused) {
        runner.run(messages.get("department.saving"), p -> service.saveDepartment(
                new Department(null, code, name, departments.size() + 1, true)), d -> {
                    added.run();
                    onNotice.accept(messages.get("department.saved", d.name()));
                    load();
                }, refused);
    }

    /** Where the quiet line after a save goes (the status bar). */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /**
     * Renames a department, then reloads. When someone else changed the department since it was
     * read, nothing is stored and {@link #conflictProperty()} shows both; {@link #choose} goes on.
     */
    public void renameDepartment(long id, String name) {
        Department d = departments.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        saveName(d, name);
    }

    private void saveName(Department d, String name) {
        runner.run(messages.get("department.saving"), p -> service.saveDepartment(
                new Department(d.id(), d.code(), name, d.sortOrder(), d.active(), d.version())), x -> {
                    onNotice.accept(messages.get("department.saved", name));
                    load();
                }, e -> {
                    cn.huyang.common.StaleRecordException stale = cn.huyang.common.StaleRecordException.in(e);
                    Department now = stale == null ? null : stale.current(Department.class);
                    if (now == null) {
                        onFailure.accept(e);
                        load();
                        return;
                    }
                    List<Conflict.Difference> diffs = new ArrayList<>();
                    diffs.add(new Conflict.Difference(messages.get("field.departmentName"), name, now.name()));
                    if (!now.code().equals(d.code())) {
                        diffs.add(new Conflict.Difference(messages.get("field.departmentCode"), d.code(), now.code()));
                    }
                    onChoice = choice -> {
                        if (choice == Conflict.Choice.OVERWRITE) {
                            saveName(now, name); // over the department as stored now
                        } else {
                            load(); // a cell keeps no typing: the stored name shows again
                        }
                    };
                    conflict.set(new Conflict(stale.render(messages), diffs));
                });
    }

    /** A department someone else changed after this list read it: the refusal, for the user to choose. */
    public javafx.beans.property.ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict;
    }

    /** What the user chose about {@link #conflictProperty()}. */
    public void choose(Conflict.Choice choice) {
        Consumer<Conflict.Choice> then = onChoice;
        onChoice = c -> { };
        conflict.set(null);
        then.accept(choice);
    }

    public ObservableList<RosterRow> rows() {
        return rows;
    }

    public FilteredList<RosterRow> filteredRows() {
        return filtered;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<StaffingRow> staffing() {
        return staffing;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ObjectProperty<PostType> postTypeProperty() {
        return postType;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }

    public ObjectProperty<StaffingRatio> ratioProperty() {
        return ratio;
    }

    public StringBinding countText() {
        return countText;
    }

    /** Today, by the service's clock. */
    public java.time.LocalDate today() {
        return service.today();
    }

    public Messages messages() {
        return messages;
    }
}
