package cn.huyang.guarantee;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.PostType;
import cn.huyang.roster.RosterService;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The allowance screen's state: a year's grid (counselor × month: due / paid / short), the year's
 * standards per post type, and entering a payment or a standard. Loads and writes in the background.
 * Imports no control.
 */
public class AllowanceViewModel {
    private final AllowanceService service;
    private final RosterService roster;
    private final BackgroundRunner runner;
    private final Messages m;
    private final Writes writes;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year;
    private final ObservableList<AllowanceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AllowanceStandard> standards = FXCollections.observableArrayList();
    private final ObservableList<Counselor> counselors = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Consumer<Throwable> onFailure = e -> { };
    private long generation;

    public AllowanceViewModel(AllowanceService service, RosterService roster, BackgroundRunner runner, Messages m,
                              Writes writes) {
        this.service = service;
        this.roster = roster;
        this.runner = runner;
        this.m = m;
        this.writes = writes;
        int thisYear = service.today().getYear();
        for (int y = thisYear + 1; y > thisYear - 10; y--) {
            years.add(y);
        }
        year = new SimpleObjectProperty<>(thisYear);
        year.addListener((o, a, b) -> load());
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
        writes.setOnFailure(onFailure);
    }

    public boolean mayEdit() {
        return service.mayEdit();
    }

    public Writes writes() {
        return writes;
    }

    private record Loaded(List<AllowanceRow> rows, List<AllowanceStandard> standards, List<Counselor> counselors) {
    }

    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        long mine = ++generation;
        runner.run(m.get("guarantee.loading", y), p -> new Loaded(service.grid(y), service.standards(y),
                roster.roster()), l -> {
                    if (mine == generation) {
                        rows.setAll(l.rows());
                        standards.setAll(l.standards());
                        counselors.setAll(l.counselors());
                        long bad = l.rows().stream().mapToLong(r -> r.breaking().size()).sum();
                        summary.set(m.get("guarantee.cli.summary", y, l.rows().size(),
                                Fen.format(l.rows().stream().mapToLong(AllowanceRow::dueFen).sum()),
                                Fen.format(l.rows().stream().mapToLong(AllowanceRow::paidFen).sum()),
                                Fen.format(l.rows().stream().mapToLong(AllowanceRow::shortFen).sum()), bad));
                    }
                }, onFailure);
    }

    /** Records a payment; a refusal shows on the error line and what was typed stays. */
    public void addPayment(Counselor counselor, Integer month, String amount, LocalDate paidOn, String note) {
        Integer y = year.get();
        if (counselor == null) {
            writes.refuse(FieldError.of("guarantee.field.counselor", "validation.required"));
            return;
        }
        if (month == null) {
            writes.refuse(FieldError.of("guarantee.field.month", "validation.required"));
            return;
        }
        Long fen = writes.fen(amount, "guarantee.field.amount");
        if (fen == null) {
            return;
        }
        if (paidOn == null) {
            writes.refuse(FieldError.of("guarantee.field.paidOn", "validation.required"));
            return;
        }
        AllowancePayment p = new AllowancePayment(null, counselor.id(), y, month, fen, paidOn,
                note == null || note.isBlank() ? null : note.strip(), 0);
        writes.write(m.get("guarantee.saved.payment", counselor.name(), y, month, Fen.format(fen)),
                () -> service.savePayment(p), this::load);
    }

    /** Sets the year's monthly standard of a post type (new, or changed at the version shown). */
    public void saveStandard(PostType type, String amount) {
        if (type == null) {
            writes.refuse(FieldError.of("guarantee.field.postType", "validation.required"));
            return;
        }
        Long fen = writes.fen(amount, "guarantee.field.standard");
        if (fen == null) {
            return;
        }
        int y = year.get();
        int version = standards.stream().filter(s -> s.postType() == type).mapToInt(AllowanceStandard::version)
                .findFirst().orElse(0);
        writes.write(m.get("guarantee.saved.standard", y, type.label(m), Fen.format(fen)),
                () -> service.saveStandard(new AllowanceStandard(y, type, fen, version)), this::load);
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<AllowanceRow> rows() {
        return rows;
    }

    public ObservableList<AllowanceStandard> standards() {
        return standards;
    }

    public ObservableList<Counselor> counselors() {
        return counselors;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return writes.errorProperty();
    }

    /** A month's cell as the grid shows it: what was paid, and the state when it is not simply on time. */
    public String cell(AllowanceMonth mo) {
        if (mo.state() == MonthState.NOT_DUE) {
            return mo.paidFen() == 0 ? "—" : Fen.format(mo.paidFen());
        }
        String paid = Fen.format(mo.paidFen());
        return mo.state() == MonthState.ON_TIME ? paid : paid + " " + mo.state().label(m);
    }
}
