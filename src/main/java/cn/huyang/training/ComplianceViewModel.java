package cn.huyang.training;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
import javafx.collections.transformation.FilteredList;

/**
 * The compliance and budget tabs' state for a chosen year: each full-time counselor's row (all, or
 * only those falling short), the year's summary, and the budget per level and department. Both are
 * computed in the background by a few aggregate queries. Imports no control.
 */
public class ComplianceViewModel {
    private final TrainingService service;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ObjectProperty<Integer> year;
    private final BooleanProperty onlyShort = new SimpleBooleanProperty(false);
    /** The department shown (its name), or null for every department the user may see. */
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObservableList<String> departments = javafx.collections.FXCollections.observableArrayList();
    private final ObservableList<ComplianceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ComplianceRow> shown = new FilteredList<>(rows, r -> true);
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<BudgetLine> byLevel = FXCollections.observableArrayList();
    private final ObservableList<BudgetLine> byDepartment = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper budgetTotal = new ReadOnlyStringWrapper("");
    /** The parameters the shown year is judged by (the seed's until the first load). */
    private final ReadOnlyObjectWrapper<Policy> policy = new ReadOnlyObjectWrapper<>(Policy.defaults());
    private Consumer<Throwable> onFailure = e -> { };
    private long generation;

    public ComplianceViewModel(TrainingService service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        int thisYear = service.today().getYear();
        for (int y = thisYear; y > thisYear - 15; y--) {
            years.add(y);
        }
        this.year = new SimpleObjectProperty<>(thisYear);
        year.addListener((o, a, b) -> load());
        onlyShort.addListener((o, a, b) -> filter());
        department.addListener((o, a, b) -> filter());
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Computes the year's compliance and budget in the background. */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        long mine = ++generation;
        runner.run(messages.get("compliance.loading", y), p -> new Loaded(service.compliance(y), service.budget(y),
                        service.policy(y)),
                loaded -> {
                    if (mine == generation) {
                        show(y, loaded);
                    }
                }, onFailure);
    }

    private record Loaded(List<ComplianceRow> rows, Budget budget, Policy policy) {
    }

    private void show(int y, Loaded loaded) {
        policy.set(loaded.policy());
        rows.setAll(loaded.rows());
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(null);
        loaded.rows().stream().map(ComplianceRow::department).filter(java.util.Objects::nonNull).distinct()
                .forEach(names::add);
        if (department.get() != null && !names.contains(department.get())) {
            names.add(department.get());
        }
        departments.setAll(names);
        long shortHours = loaded.rows().stream().filter(r -> !r.hoursMet()).count();
        long noHigher = loaded.rows().stream().filter(r -> r.higher() == ComplianceRow.Status.MISSING).count();
        long noPre = loaded.rows().stream().filter(r -> r.preService() == ComplianceRow.Status.MISSING).count();
        Policy p = loaded.policy();
        summary.set(messages.get("compliance.summary", y, loaded.rows().size(), shortHours,
                y - p.higherLevelWindowYears() + 1, noHigher, noPre, ComplianceRules.plain(p.schoolHoursPerYear())));
        Budget b = loaded.budget();
        List<BudgetLine> levels = new ArrayList<>(b.byLevel());
        levels.sort((a, c) -> TrainingLevel.valueOf(a.label()).compareTo(TrainingLevel.valueOf(c.label())));
        byLevel.setAll(levels);
        byDepartment.setAll(b.byDepartment());
        budgetTotal.set(messages.get("training.totals", b.totalRecords(), ComplianceRules.plain(b.totalHours()),
                TrainingLedgerViewModel.money(b.totalCost())));
    }

    /** A level line's label in the user's language. */
    public String levelLabel(BudgetLine line) {
        return TrainingLevel.valueOf(line.label()).label(messages);
    }

    /** The parameters in force for the shown year: the column headers name its hours and window. */
    public ReadOnlyObjectProperty<Policy> policyProperty() {
        return policy.getReadOnlyProperty();
    }

    /** The header of a column that names the year's hours ({0}) and window years ({1}). */
    public String header(String key) {
        Policy p = policy.get();
        return messages.get(key, ComplianceRules.plain(p.schoolHoursPerYear()),
                String.valueOf(p.higherLevelWindowYears()));
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    private void filter() {
        boolean shortOnly = onlyShort.get();
        String d = department.get();
        shown.setPredicate(r -> (!shortOnly || r.shortOfAnything()) && (d == null || d.equals(r.department())));
    }

    /** The department filter: a name of {@link #departments()}, or null for all. */
    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    /** The departments of the rows loaded, null (all) first. */
    public ObservableList<String> departments() {
        return departments;
    }

    public BooleanProperty onlyShortProperty() {
        return onlyShort;
    }

    public ObservableList<ComplianceRow> rows() {
        return rows;
    }

    public FilteredList<ComplianceRow> shownRows() {
        return shown;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<BudgetLine> byLevel() {
        return byLevel;
    }

    public ObservableList<BudgetLine> byDepartment() {
        return byDepartment;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty budgetTotalProperty() {
        return budgetTotal.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
