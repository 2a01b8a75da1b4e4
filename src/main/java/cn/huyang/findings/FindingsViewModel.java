package cn.huyang.findings;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.SeedClauses;
import cn.huyang.common.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The 合规提示 screen's state: a year's findings with their status, filtered by clause, department,
 * severity and status; deciding and reopening one. Loads and writes in the background. Imports no control.
 */
public class FindingsViewModel {
    private final FindingRegister register;
    private final BackgroundRunner runner;
    private final Messages messages;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<String> clause = new SimpleObjectProperty<>();
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObjectProperty<Finding.Severity> severity = new SimpleObjectProperty<>();
    private final ObjectProperty<FindingStatus> status = new SimpleObjectProperty<>(FindingStatus.OPEN);
    private final ObservableList<TrackedFinding> rows = FXCollections.observableArrayList();
    private final FilteredList<TrackedFinding> shown = new FilteredList<>(rows, t -> true);
    private final ObservableList<String> clauses = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onChanged = () -> { };
    private Consumer<String> onNotice = s -> { };
    private long generation;
    private String lastDecidedBy = "";

    public FindingsViewModel(FindingRegister register, BackgroundRunner runner, Messages messages) {
        this.register = register;
        this.runner = runner;
        this.messages = messages;
        int thisYear = register.today().getYear();
        for (int y = thisYear; y > thisYear - 15; y--) {
            years.add(y);
        }
        year = new SimpleObjectProperty<>(thisYear);
        year.addListener((o, a, b) -> load());
        clause.addListener((o, a, b) -> refilter());
        department.addListener((o, a, b) -> refilter());
        severity.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        refilter();
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** A decision may deregister a counselor: the other tabs are told. */
    /** Where the quiet line after a decision goes (the status bar). */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        long mine = ++generation;
        runner.run(messages.get("findings.loading", y), p -> register.findings(y), loaded -> {
            if (mine == generation) {
                show(y, loaded);
            }
        }, onFailure);
    }

    private void show(int y, List<TrackedFinding> loaded) {
        rows.setAll(loaded);
        clauses.setAll(new TreeSet<>(loaded.stream().map(t -> t.finding().clause()).toList()));
        departments.setAll(new TreeSet<>(loaded.stream().map(t -> t.finding().department())
                .filter(Objects::nonNull).toList()));
        long open = loaded.stream().filter(TrackedFinding::open).count();
        long carried = loaded.stream().filter(TrackedFinding::carried).count();
        summary.set(messages.get("findings.summary", y, loaded.size(), open, carried));
    }

    private void refilter() {
        String c = clause.get();
        String d = department.get();
        Finding.Severity s = severity.get();
        FindingStatus st = status.get();
        shown.setPredicate(t -> (c == null || c.equals(t.finding().clause()))
                && (d == null || d.equals(t.finding().department()))
                && (s == null || s == t.finding().severity())
                && (st == null || st == t.status()));
    }

    /**
     * Records a decision on the chosen findings (one, or many with the same decision); {@code onDone}
     * on success, {@code onRefused} with the refusal in words.
     */
    public void decide(List<TrackedFinding> chosen, Decision d, boolean deregister, Runnable onDone,
                       Consumer<String> onRefused) {
        lastDecidedBy = d.decidedBy() == null ? "" : d.decidedBy();
        List<FindingKey> keys = chosen.stream().map(TrackedFinding::key).toList();
        write(messages.get("findings.deciding"), r -> keys.size() == 1 ? r.decide(keys.get(0), d, deregister)
                : r.decideAll(keys, d), () -> {
                    onDone.run();
                    onNotice.accept(messages.get("findings.decided", keys.size()));
                }, onRefused);
    }

    /** The decisions open to all the chosen findings. */
    public static List<DecisionKind> choicesFor(List<TrackedFinding> chosen) {
        List<DecisionKind> out = new java.util.ArrayList<>(List.of(DecisionKind.values()));
        chosen.forEach(t -> out.retainAll(DecisionKind.choicesFor(t.finding().code())));
        return out;
    }

    public void reopen(TrackedFinding t, LocalDate date, String by, String reason, Runnable onDone,
                       Consumer<String> onRefused) {
        lastDecidedBy = by == null ? "" : by;
        write(messages.get("findings.reopening"), r -> r.reopen(t.key(), date, by, reason), () -> {
            onDone.run();
            onNotice.accept(messages.get("findings.reopened"));
        }, onRefused);
    }

    private void write(String what, Function<FindingRegister, Object> work, Runnable onDone,
                       Consumer<String> onRefused) {
        runner.run(what, p -> work.apply(register), done -> {
            onDone.run();
            onChanged.run();
            load();
        }, e -> onRefused.accept(e instanceof ValidationException v ? v.render(messages)
                : e instanceof cn.huyang.access.NotPermittedException a ? a.render(messages)
                : messages.get("dialog.unexpected", "")));
    }

    /** A finding's history in the background, oldest first. */
    public void history(TrackedFinding t, Consumer<List<FindingEvent>> onLoaded) {
        runner.run(messages.get("findings.loadingHistory"), p -> register.history(t.key()), onLoaded, onFailure);
    }

    /** The seed's sentence for a clause, or a line saying it is not shipped. */
    public String clauseText(String clauseNo) {
        return SeedClauses.sentence(clauseNo).orElse(messages.get("findings.clauseUnknown", clauseNo));
    }

    /** A decision as one line: kind, date, by, document. */
    public String decisionText(Decision d) {
        return d.line(messages);
    }

    /** Who decided last in this session: the next dialog offers the same name. */
    public String lastDecidedBy() {
        return lastDecidedBy;
    }

    public LocalDate today() {
        return register.today();
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

    public ObjectProperty<String> clauseProperty() {
        return clause;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ObjectProperty<Finding.Severity> severityProperty() {
        return severity;
    }

    public ObjectProperty<FindingStatus> statusProperty() {
        return status;
    }

    public ObservableList<String> clauses() {
        return clauses;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public FilteredList<TrackedFinding> shown() {
        return shown;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
