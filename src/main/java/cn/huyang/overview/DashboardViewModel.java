package cn.huyang.overview;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.ListRequest;
import cn.huyang.roster.Department;
import cn.huyang.roster.StaffingRow;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 概览: the year and the scope chosen (the college, or a department), the figures computed in the
 * background by {@link TeamFigures}, and what a click on a bar opens (a filtered list in its tab).
 */
public class DashboardViewModel {
    public static final String ROSTER_TAB = "rosterTab";
    public static final String TRAINING_TAB = "trainingTab";
    public static final String ASSESSMENT_TAB = "assessmentTab";
    public static final String TITLE_TAB = "titleTab";
    public static final String FINDINGS_TAB = "findingsTab";

    private final TeamFigures service;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year;
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FindingFigures> findings = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private Consumer<Throwable> onFailure = e -> { };
    private long generation;
    /** Set while a load shows its result: the department it chooses then loads nothing again. */
    private boolean showing;

    public DashboardViewModel(TeamFigures service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        int thisYear = service.today().getYear();
        for (int y = thisYear; y > thisYear - 10; y--) {
            years.add(y);
        }
        year = new SimpleObjectProperty<>(thisYear);
        year.addListener((o, a, b) -> load());
        department.addListener((o, a, b) -> {
            if (!showing && (a == null || b == null || !a.id().equals(b.id()))) {
                load();
            }
        });
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Computes the figures in the background; a later load wins over an earlier one still running. */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        Long dept = department.get() == null ? null : department.get().id();
        long mine = ++generation;
        findings.set(null);
        runner.run(messages.get("overview.loading", y), p -> new Loaded(service.departments(), service.team(y, dept)),
                data -> {
                    if (mine != generation) {
                        return;
                    }
                    Department chosen = department.get();
                    List<Department> choices = new java.util.ArrayList<>();
                    if (data.departments().size() > 1) {
                        choices.add(null); // the college
                    }
                    choices.addAll(data.departments());
                    Long scope = data.figures().departmentId();
                    Department shown = scope == null ? null : data.departments().stream()
                            .filter(d -> d.id().equals(scope)).findFirst().orElse(chosen);
                    // a 系部 user's only department is chosen here: that must not load again (it did, for ever:
                    // the list set anew emptied the chooser, which chose again, which loaded again)
                    showing = true;
                    try {
                        if (!departments.equals(choices)) {
                            departments.setAll(choices);
                        }
                        department.set(shown);
                    } finally {
                        showing = false;
                    }
                    figures.set(data.figures());
                    loaded.set(true);
                    countFindings(data.figures(), mine);
                }, onFailure);
    }

    /**
     * The data changed while 概览 is not on screen: its year's findings are counted in the background
     * meanwhile, so that the card is ready with the figures when 概览 is shown again.
     */
    public void countAhead() {
        Integer y = year.get();
        if (y != null) {
            service.countAhead(y);
        }
    }

    /** The findings card is counted after the rest: every feature's rules run for it. */
    private void countFindings(Figures team, long mine) {
        runner.run(messages.get("overview.loadingFindings", team.year()),
                p -> service.withFindings(team, service.register(team.year())).findings(),
                counted -> {
                    if (mine == generation) {
                        findings.set(counted);
                    }
                }, onFailure);
    }

    private record Loaded(List<Department> departments, Figures figures) {
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The departments the user may choose, null (the college) first when they see more than one. */
    public ObservableList<Department> departments() {
        return departments;
    }

    public ObjectProperty<Department> departmentProperty() {
        return department;
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The findings of the figures shown, or null while they are being counted. */
    public ReadOnlyObjectProperty<FindingFigures> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    // ---- what a click opens ------------------------------------------------------------------------

    private Integer shownYear() {
        Figures f = figures.get();
        return f == null ? year.get() : f.year();
    }

    private String nameOf(Long id) {
        return departments.stream().filter(d -> d != null && d.id().equals(id)).map(Department::name).findFirst().orElse(null);
    }

    private Long scope() {
        Figures f = figures.get();
        return f == null ? null : f.departmentId();
    }

    /** A department's bar of the staffing figure: its counselors on the roster. */
    public ListRequest staffing(StaffingRow row) {
        return new ListRequest(ROSTER_TAB, shownYear(), row.departmentId(), row.department(), null);
    }

    /** A bar of the team's make-up: the roster of the scope. */
    public ListRequest roster() {
        return new ListRequest(ROSTER_TAB, shownYear(), scope(), nameOf(scope()), null);
    }

    /** A department's bar of the training figure: its counselors falling short that year. */
    public ListRequest trainingShort(Bar bar) {
        Long id = bar.code() == null || bar.code().equals("null") ? null : Long.valueOf(bar.code());
        return new ListRequest(TRAINING_TAB, shownYear(), id, id == null ? null : bar.label(), ListRequest.SHORT);
    }

    /** A grade's bar: the year's assessment sheet of the scope. */
    public ListRequest grade(Bar bar) {
        return new ListRequest(ASSESSMENT_TAB, shownYear(), scope(), nameOf(scope()), bar.code());
    }

    /** A bar of the titles figure: the year's review. */
    public ListRequest titles() {
        return new ListRequest(TITLE_TAB, shownYear(), scope(), nameOf(scope()), null);
    }

    /** A clause's bar: the year's open findings under it, of the scope. */
    public ListRequest findings(Bar bar) {
        return new ListRequest(FINDINGS_TAB, shownYear(), scope(), nameOf(scope()), bar.code());
    }
}
