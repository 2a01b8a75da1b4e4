package cn.huyang.guarantee;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.roster.TitleRank;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Incomes against the teachers' average: a year's rows and averages (only for roles that may read
 * incomes; for others the screen says so and loads nothing), entering an income or an average.
 * Imports no control.
 */
public class IncomeViewModel {
    private final IncomeService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final Writes writes;
    private final ObjectProperty<Integer> year;
    private final ObservableList<IncomeRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TeacherIncome> averages = FXCollections.observableArrayList();
    private Consumer<Throwable> onFailure = e -> { };
    private long generation;

    public IncomeViewModel(IncomeService service, ObjectProperty<Integer> year, BackgroundRunner runner, Messages m,
                           Writes writes) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        this.writes = writes;
        this.year = year;
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Whether the user may see incomes at all (学工部, 组织人事部, 领导). */
    public boolean mayRead() {
        return service.mayRead();
    }

    private record Loaded(List<IncomeRow> rows, List<TeacherIncome> averages) {
    }

    public void load() {
        Integer y = year.get();
        if (y == null || !mayRead()) {
            return;
        }
        long mine = ++generation;
        runner.run(m.get("guarantee.loading", y), p -> new Loaded(service.rows(y), service.averages(y)), l -> {
            if (mine == generation) {
                rows.setAll(l.rows());
                averages.setAll(l.averages());
            }
        }, onFailure);
    }

    public void saveIncome(IncomeRow row, String amount) {
        if (row == null) {
            writes.refuse(FieldError.of("guarantee.field.counselor", "validation.required"));
            return;
        }
        Long fen = writes.fen(amount, "guarantee.field.income");
        if (fen == null) {
            return;
        }
        int y = year.get();
        writes.write(m.get("guarantee.saved.income", row.name(), y),
                () -> service.saveIncome(new CounselorIncome(row.counselorId(), y, fen, row.incomeVersion())),
                this::load);
    }

    /** The teachers' average of a title ({@code rank} null: teachers without a title). */
    public void saveAverage(TitleRank rank, String amount) {
        Long fen = writes.fen(amount, "guarantee.field.teacherAverage");
        if (fen == null) {
            return;
        }
        int y = year.get();
        int version = averages.stream().filter(a -> a.rank() == rank).mapToInt(TeacherIncome::version).findFirst()
                .orElse(0);
        writes.write(m.get("guarantee.saved.average", y, level(rank), Fen.format(fen)),
                () -> service.saveAverage(new TeacherIncome(y, rank, fen, version)), this::load);
    }

    public String level(TitleRank rank) {
        return rank == null ? m.get("guarantee.noTitle") : rank.label(m);
    }

    public ObservableList<IncomeRow> rows() {
        return rows;
    }

    public ObservableList<TeacherIncome> averages() {
        return averages;
    }

    public boolean mayEdit() {
        return service.mayEdit();
    }

    public Writes writes() {
        return writes;
    }
}
