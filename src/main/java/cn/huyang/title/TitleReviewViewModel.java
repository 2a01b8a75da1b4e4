package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The review screen's state for a year: every application with its criteria checked, the selected
 * one's ✓/✗ list, the panel's scores and the result being typed, and the year's confirmation.
 * Every query and write runs in the background; a refusal is shown as text, what was typed stays.
 * Imports no control.
 */
public class TitleReviewViewModel {
    private final TitleService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObjectProperty<Integer> year;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<ApplicationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<String> targetFilter = new SimpleObjectProperty<>();
    private final FilteredList<ApplicationRow> shown = new FilteredList<>(rows, r -> true);
    private final ObservableList<String> targetKeys = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<ApplicationRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<CriterionCheck> checks = FXCollections.observableArrayList();
    private final StringProperty work = new SimpleStringProperty("");
    private final StringProperty research = new SimpleStringProperty("");
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detailSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Review> review = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObservableList<Counselor> candidates = FXCollections.observableArrayList();
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };
    private long generation;

    public TitleReviewViewModel(TitleService service, BackgroundRunner runner, Messages m) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        int thisYear = service.today().getYear();
        for (int y = thisYear + 1; y > thisYear - 10; y--) {
            years.add(y);
        }
        this.year = new SimpleObjectProperty<>(thisYear);
        year.addListener((o, a, b) -> load());
        targetFilter.addListener((o, a, b) -> shown.setPredicate(r -> b == null
                || key(r.application().track(), r.application().target()).equals(b)));
        selected.addListener((o, a, b) -> showSelected(b));
        work.addListener((o, a, b) -> dirty.set(true));
        research.addListener((o, a, b) -> dirty.set(true));
        note.addListener((o, a, b) -> dirty.set(true));
        verdict.addListener((o, a, b) -> dirty.set(true));
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Called after a write that other tabs show (a confirmation changes the roster's titles). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    static String key(Track track, String target) {
        return track.name() + "/" + target;
    }

    /** A target key's label for the filter, e.g. "副教授" or "正科级". */
    public String targetKeyLabel(String key) {
        if (key == null) {
            return m.get("title.review.allTargets");
        }
        int slash = key.indexOf('/');
        return service.targetLabel(Track.valueOf(key.substring(0, slash)), key.substring(slash + 1));
    }

    // ---- loading --------------------------------------------------------------------------------

    /** Reads the year's applications and the roster's candidates in the background. */
    public void load() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        long mine = ++generation;
        runner.run(m.get("title.review.loading", y), p -> new Loaded(service.sheet(y), service.roster().counselors()),
                loaded -> {
                    if (mine == generation) {
                        show(loaded);
                    }
                }, onFailure);
    }

    private record Loaded(ReviewSheet sheet, List<Counselor> counselors) {
    }

    private void show(Loaded loaded) {
        ReviewSheet sheet = loaded.sheet();
        Long keep = selected.get() == null ? null : selected.get().application().id();
        review.set(sheet.review());
        locked.set(sheet.review().confirmed());
        targets.setAll(sheet.targets());
        String filter = targetFilter.get();
        targetKeys.setAll(sheet.targets().stream().map(t -> key(t.track(), t.target())).toList());
        targetKeys.add(0, null);
        targetFilter.set(targetKeys.contains(filter) ? filter : null);
        rows.setAll(sheet.rows());
        candidates.setAll(loaded.counselors().stream().filter(c -> c.status() != CounselorStatus.DEREGISTERED).toList());
        long eligible = sheet.rows().stream().filter(ApplicationRow::eligible).count();
        long decided = sheet.rows().stream().filter(r -> r.application().verdict() != null).count();
        String state = sheet.review().confirmed()
                ? m.get("title.review.confirmedOn", sheet.review().confirmedOn())
                : sheet.review().state().label(m);
        String unlocked = sheet.unlockReasons().isEmpty() ? "" : m.get("title.review.unlocked",
                sheet.unlockReasons().size(), sheet.unlockReasons().get(sheet.unlockReasons().size() - 1));
        header.set(m.get("title.review.header", sheet.review().year(), state, sheet.review().cutoff(),
                sheet.rows().size(), eligible, decided) + unlocked);
        ApplicationRow again = keep == null ? null : sheet.rows().stream()
                .filter(r -> r.application().id().equals(keep)).findFirst().orElse(null);
        selected.set(null);
        selected.set(again);
    }

    private void showSelected(ApplicationRow r) {
        message.set("");
        if (r == null) {
            checks.clear();
            detailTitle.set(m.get("title.review.noneSelected"));
            detailSummary.set("");
            work.set("");
            research.set("");
            verdict.set(null);
            note.set("");
            dirty.set(false);
            return;
        }
        checks.setAll(r.checks());
        detailTitle.set(m.get("title.review.detailTitle", r.name(), r.department() == null ? "" : r.department(),
                r.current(), r.targetLabel()));
        detailSummary.set(r.eligible() ? m.get("title.review.eligible")
                : m.get("title.review.notEligible", r.unmet()));
        work.set(plain(r.application().scoreWork()));
        research.set(plain(r.application().scoreResearch()));
        verdict.set(r.application().verdict());
        note.set(r.application().verdictNote() == null ? "" : r.application().verdictNote());
        dirty.set(false);
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** The weights of the selected application's target, e.g. "工作实绩 70% · 科研成果 30%". */
    public String weightsOf(ApplicationRow r) {
        return targets.stream().filter(t -> t.track() == r.application().track()
                        && t.target().equals(r.application().target())).findFirst()
                .map(t -> m.get("title.review.weights", plain(t.weightWork()), plain(t.weightResearch()), t.posts()))
                .orElse("");
    }

    // ---- writes ---------------------------------------------------------------------------------

    /** Saves the panel's scores and the result of the selected application; refusals name the field. */
    public void save() {
        ApplicationRow r = selected.get();
        if (r == null) {
            return;
        }
        BigDecimal w;
        BigDecimal s;
        try {
            w = decimal(work.get(), "title.field.scoreWork");
            s = decimal(research.get(), "title.field.scoreResearch");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        long id = r.application().id();
        int version = r.application().version();
        Verdict v = verdict.get();
        String n = note.get();
        write(m.get("title.review.saving"), () -> {
            Application scored = service.score(id, version, w, s);
            if (v != null || r.application().verdict() != null) {
                service.decide(id, scored.version(), v, n);
            }
        }, m.get("title.review.saved", r.name()), x -> { });
    }

    private BigDecimal decimal(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t.replace('，', '.').replace('。', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(m.get("validation.format", m.get(field), m.get("validation.number")));
        }
    }

    /** Applies for a target; {@code done} gets null on success, else the refusal in words. */
    public void apply(Counselor c, Track track, String target, LocalDate on, Consumer<String> done) {
        Integer y = year.get();
        BackgroundWrite.run(runner, m, m.get("title.review.applying"), () -> service.apply(y, c.id(), track, target, on),
                refusal -> {
                    done.accept(refusal);
                    if (refusal == null) {
                        load();
                    }
                }, onFailure);
    }

    public void withdraw() {
        ApplicationRow r = selected.get();
        if (r != null) {
            long id = r.application().id();
            int version = r.application().version();
            write(m.get("title.review.withdrawing"), () -> service.withdraw(id, version),
                    m.get("title.review.withdrawn", r.name()), x -> { });
        }
    }

    /** Confirms the year's results; {@code done} gets null once confirmed, else the refusal in words. */
    public void confirm(LocalDate on, Consumer<String> done) {
        Integer y = year.get();
        write(m.get("title.review.confirming"), () -> service.confirm(y, on), m.get("title.review.confirmed", y), done);
    }

    /** Unlocks the year; {@code done} gets null once unlocked, else the refusal in words. */
    public void unlock(String reason, Consumer<String> done) {
        Integer y = year.get();
        write(m.get("title.review.unlocking"), () -> service.unlock(y, reason), m.get("title.review.unlockedNow", y),
                done);
    }

    /** Where the quiet line after a save goes (the status bar). */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    private void write(String description, Runnable work, String saved, Consumer<String> done) {
        message.set("");
        BackgroundWrite.run(runner, m, description, work, refusal -> {
            done.accept(refusal);
            if (refusal != null) {
                message.set(refusal);
            } else {
                onNotice.accept(saved);
                dirty.set(false);
                load();
                onChanged.run();
            }
        }, onFailure);
    }

    /** Counselors on the roster whose name or ID number contains the text, at most 50. */
    public List<Counselor> search(String text) {
        String q = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return candidates.stream().filter(c -> q.isEmpty() || c.name().contains(q) || c.idNumber().contains(q))
                .limit(50).toList();
    }

    public String describe(Counselor c) {
        return m.get("title.apply.candidate", c.name(), service.roster().departmentNames().getOrDefault(
                c.departmentId(), ""), service.current(c, Track.TITLE), service.current(c, Track.RANK));
    }

    /** The targets of a track in this year's plan. */
    public List<Target> targetsOf(Track track) {
        return targets.stream().filter(t -> t.track() == track).toList();
    }

    public String targetLabel(Target t) {
        return service.targetLabel(t.track(), t.target());
    }

    public LocalDate today() {
        return service.today();
    }

    // ---- properties -----------------------------------------------------------------------------

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public FilteredList<ApplicationRow> shownRows() {
        return shown;
    }

    public ObservableList<ApplicationRow> rows() {
        return rows;
    }

    public ObjectProperty<String> targetFilterProperty() {
        return targetFilter;
    }

    public ObservableList<String> targetKeys() {
        return targetKeys;
    }

    public ObjectProperty<ApplicationRow> selectedProperty() {
        return selected;
    }

    public ObservableList<CriterionCheck> checks() {
        return checks;
    }

    public StringProperty workProperty() {
        return work;
    }

    public StringProperty researchProperty() {
        return research;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailSummaryProperty() {
        return detailSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Review> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public Messages messages() {
        return m;
    }

}
