package cn.huyang.training;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.roster.Department;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ledger tab's state: the filters, the sort, the page shown and the totals of everything the
 * filters select. The query pages and sorts in the database: the ledger never holds more than a
 * page of rows. Each change reloads in the background; only the latest answer is shown.
 * Imports no control.
 */
public class TrainingLedgerViewModel {
    public static final int PAGE_SIZE = 100;

    private final TrainingService service;
    private final BackgroundRunner runner;
    private final Messages messages;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<TrainingCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final StringProperty counselor = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LedgerSort> sort = new SimpleObjectProperty<>(LedgerSort.NEWEST_FIRST);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(1);
    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private Consumer<Throwable> onFailure = e -> { };
    private volatile long generation;
    private boolean quiet;

    public TrainingLedgerViewModel(TrainingService service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        int thisYear = service.today().getYear();
        years.add(null);
        for (int y = thisYear; y > thisYear - 15; y--) {
            years.add(y);
        }
        year.set(thisYear);
        for (javafx.beans.value.ObservableValue<?> p : List.<javafx.beans.value.ObservableValue<?>>of(year, level,
                category, department, counselor, search, sort)) {
            p.addListener((o, a, b) -> {
                if (!quiet) {
                    page.set(0);
                    load();
                }
            });
        }
        page.addListener((o, a, b) -> {
            if (!quiet) {
                load();
            }
        });
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** The filter as the query takes it. */
    public LedgerFilter filter() {
        Department d = department.get();
        return new LedgerFilter(year.get(), level.get(), category.get(), d == null ? null : d.id(),
                Text.clean(Text.halfWidth(counselor.get())), Text.clean(search.get()));
    }

    /** Loads the departments once and the current page with its totals. */
    public void load() {
        long mine = ++generation;
        LedgerFilter f = filter();
        LedgerSort s = sort.get();
        int offset = page.get() * PAGE_SIZE;
        boolean withDepartments = departments.isEmpty();
        runner.run(messages.get("training.loading"), p -> mine != generation ? null // typed on since: skip
                        : new Loaded(withDepartments ? service.roster().departments() : null,
                                service.page(f, s, offset, PAGE_SIZE)),
                loaded -> {
                    if (loaded == null || mine != generation) {
                        return; // a newer filter has been asked for since
                    }
                    if (loaded.departments() != null) {
                        Department keep = department.get();
                        quiet = true;
                        departments.setAll(loaded.departments());
                        quiet = false;
                        if (!java.util.Objects.equals(keep, department.get())) {
                            load(); // a remembered department, chosen again as the list arrived: its page
                            return;
                        }
                    }
                    show(loaded.page());
                }, onFailure);
    }

    private record Loaded(List<Department> departments, LedgerPage page) {
    }

    private void show(LedgerPage p) {
        rows.setAll(p.rows());
        int pages = Math.max(1, (p.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        quiet = true;
        pageCount.set(pages);
        if (page.get() >= pages) {
            page.set(pages - 1);
        }
        quiet = false;
        NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
        totalsText.set(messages.get("training.totals", number.format(p.total()), ComplianceRules.plain(p.hours()),
                money(p.cost())));
        pageText.set(messages.get("training.page", page.get() + 1, pages));
        loaded.set(true);
    }

    static String money(BigDecimal v) {
        NumberFormat f = NumberFormat.getNumberInstance(java.util.Locale.CHINA);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    /** After the departments changed elsewhere (the roster tab): read them again on the next load. */
    public void refresh() {
        departments.clear();
        load();
    }

    /** After a save: show the year of the training saved, unless every year is shown. */
    public void showYearOf(java.time.LocalDate date) {
        if (date != null && year.get() != null && year.get() != date.getYear() && years.contains(date.getYear())) {
            year.set(date.getYear());
        } else {
            load();
        }
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    /** Deletes one record (a session left empty goes too), then reloads. */
    public void deleteRecord(LedgerRow row, Runnable onDone) {
        runner.run(messages.get("training.deleting"), p -> {
            service.deleteRecord(row.recordId(), row.recordVersion());
            return null;
        }, x -> {
            load();
            onDone.run();
        }, onFailure);
    }

    /** Deletes the session of a row with every record of it, then reloads. */
    public void deleteSession(LedgerRow row, Runnable onDone) {
        runner.run(messages.get("training.deleting"), p -> {
            service.deleteSession(row.sessionId(), row.sessionVersion());
            return null;
        }, x -> {
            load();
            onDone.run();
        }, onFailure);
    }

    /** A new form, or the form of the row's session. */
    public TrainingFormViewModel newForm() {
        return new TrainingFormViewModel(service, runner, messages);
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<TrainingLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<TrainingCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public StringProperty counselorProperty() {
        return counselor;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LedgerSort> sortProperty() {
        return sort;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public ObservableList<LedgerRow> rows() {
        return rows;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public Messages messages() {
        return messages;
    }
}
