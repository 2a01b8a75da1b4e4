package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Dates;
import cn.huyang.common.Messages;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan and criteria screen's state for a year: the cut-off date and each target's posts,
 * criteria and weights, with a note while they are still the shipped defaults. Imports no control.
 */
public class TargetsViewModel {
    private final TitleService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final StringProperty cutoff = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };
    private long generation;
    /** The version of the year's review as loaded: a cut-off saved against it is refused when another PC changed it. */
    private int reviewVersion;

    public TargetsViewModel(TitleService service, BackgroundRunner runner, Messages m) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        year.set(service.today().getYear());
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
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
        runner.run(m.get("title.targets.loading", y), p -> new Loaded(service.review(y), service.targets(y)),
                loaded -> {
                    if (mine == generation) {
                        targets.setAll(loaded.targets());
                        cutoff.set(loaded.review().cutoff().toString());
                        reviewVersion = loaded.review().version();
                        locked.set(loaded.review().confirmed());
                        long defaults = loaded.targets().stream().filter(Target::defaults).count();
                        notice.set(loaded.review().confirmed() ? m.get("title.targets.locked", y)
                                : defaults > 0 ? m.get("title.targets.defaultsNotice", defaults)
                                : m.get("title.targets.info", y));
                        message.set("");
                    }
                }, onFailure);
    }

    private record Loaded(Review review, java.util.List<Target> targets) {
    }

    /** Saves a target as edited; {@code done} gets null on success, else the refusal in words. */
    public void save(Target t, Consumer<String> done) {
        write(m.get("title.targets.saving"), () -> service.saveTarget(t), done,
                m.get("title.targets.saved", targetLabel(t)));
    }

    public void delete(Target t) {
        write(m.get("title.targets.saving"), () -> service.deleteTarget(t.year(), t.track(), t.target()),
                message::set, m.get("title.targets.deleted", targetLabel(t)));
    }

    public void saveCutoff() {
        Optional<LocalDate> on = Dates.parse(cutoff.get() == null ? "" : cutoff.get().strip());
        if (on.isEmpty()) {
            message.set(m.get("validation.format", m.get("title.field.cutoff"), m.get("validation.date")));
            return;
        }
        Integer y = year.get();
        int version = reviewVersion;
        write(m.get("title.targets.saving"), () -> service.saveCutoff(y, on.get(), version), message::set,
                m.get("title.targets.cutoffSaved", y, on.get().toString()));
    }

    /** Where the quiet line after a save goes (the status bar). */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    private void write(String description, Runnable work, Consumer<String> done, String saved) {
        message.set("");
        BackgroundWrite.run(runner, m, description, work, refusal -> {
            done.accept(refusal);
            if (refusal == null) {
                onNotice.accept(saved);
                load();
                onChanged.run();
            }
        }, onFailure);
    }

    /** A blank rank target for the year, to be filled in the dialog. */
    public Target newRank() {
        return new Target(year.get(), Track.RANK, "", 20 + targets.size(), 1, 2, 3, 3, 3,
                cn.huyang.roster.Education.BACHELOR, null, 3, 0, true, 0, new java.math.BigDecimal("70"),
                new java.math.BigDecimal("30"), false);
    }

    public String targetLabel(Target t) {
        return t.target().isEmpty() ? "" : service.targetLabel(t.track(), t.target());
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Target> targets() {
        return targets;
    }

    public StringProperty cutoffProperty() {
        return cutoff;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }
}
