package cn.huyang.worklog;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 统计 of the work records [三(一)3]: the month chosen in 工作记录 (or its whole year), by counselor or by department,
 * as far as the user reaches (a department its own, a counselor's account its own line). Counted in the
 * background; a later load wins over one still running. Imports no control.
 */
public class SummaryViewModel {
    private final WorklogSummaries summaries;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<YearMonth> month;
    private final BooleanProperty wholeYear = new SimpleBooleanProperty();
    private final BooleanProperty byDepartment = new SimpleBooleanProperty();
    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private Consumer<Throwable> onFailure = e -> { };
    private boolean active;
    private long generation;

    /** @param month the month chosen in 工作记录 (shared) */
    public SummaryViewModel(WorklogSummaries summaries, BackgroundRunner runner, Messages m,
                            ObjectProperty<YearMonth> month) {
        this.summaries = summaries;
        this.runner = runner;
        this.m = m;
        this.month = month;
        month.addListener((o, a, b) -> reload());
        wholeYear.addListener((o, a, b) -> reload());
        byDepartment.addListener((o, a, b) -> reload());
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Whether it has been shown (then a change of month, period or grouping counts again). */
    public boolean isActive() {
        return active;
    }

    private void reload() {
        if (active) {
            load();
        }
    }

    public void load() {
        active = true;
        YearMonth ym = month.get();
        if (ym == null) {
            return;
        }
        boolean year = wholeYear.get();
        boolean departments = byDepartment.get();
        long mine = ++generation;
        String period = year ? m.get("worklog.summary.yearOf", String.valueOf(ym.getYear())) : ym.toString();
        runner.run(m.get("worklog.summary.loading", period), p -> counted(ym, year, departments), list -> {
            if (mine == generation) {
                rows.setAll(list);
                title.set(m.get(departments ? "worklog.summary.titleDepartments" : "worklog.summary.titleCounselors",
                        period, list.size()));
            }
        }, onFailure);
    }

    private List<SummaryRow> counted(YearMonth ym, boolean year, boolean departments) {
        if (departments) {
            return year ? summaries.yearByDepartmentIfAllowed(ym.getYear()) : summaries.monthByDepartmentIfAllowed(ym);
        }
        return year ? summaries.year(ym.getYear(), null) : summaries.month(ym, null);
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    public BooleanProperty wholeYearProperty() {
        return wholeYear;
    }

    public BooleanProperty byDepartmentProperty() {
        return byDepartment;
    }

    public ObservableList<SummaryRow> rows() {
        return rows;
    }

    public StringProperty titleProperty() {
        return title;
    }
}
