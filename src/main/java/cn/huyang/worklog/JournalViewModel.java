package cn.huyang.worklog;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Counselor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 工作周记 [三(一)3(5)] of the counselor and month chosen in 工作记录 (the same properties drive both): the
 * weeks starting in the month up to today with their state, and the chosen week's entries — saved at the
 * version read, submitted to the department, marked read by it with a comment. Queries and saves run in the
 * background; a refusal names the field and keeps what was typed. Imports no control.
 */
public class JournalViewModel {
    /** Where a week's journal stands. */
    public enum Status { EMPTY, SAVED, SUBMITTED, READ }

    /** One week of the month: its Monday, its stored journal (null when none is written) and what the list shows. */
    public record Week(LocalDate monday, Journal journal, Status status, String span, String state) {
        @Override
        public String toString() {
            return span + "  " + state;
        }
    }

    private record Loaded(long counselorId, List<Week> weeks, boolean mayEdit, boolean mayReview) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final JournalService journals;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObservableList<Counselor> counselors;
    private final ObjectProperty<Counselor> counselor;
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<Week> weeks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Week> selected = new ReadOnlyObjectWrapper<>();
    private final Map<String, StringProperty> entries = new LinkedHashMap<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper mayReview = new ReadOnlyBooleanWrapper();
    /** The journal whose entries the form was filled with (the version a save is made at); null for a new one. */
    private Journal reading;
    private Long readingCounselor;
    private Map<String, String> baseline = Map.of();
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };
    private boolean active;
    private long generation;

    public JournalViewModel(JournalService journals, BackgroundRunner runner, Messages m,
                            ObservableList<Counselor> counselors, ObjectProperty<Counselor> counselor,
                            ObjectProperty<YearMonth> month) {
        this.journals = journals;
        this.runner = runner;
        this.m = m;
        this.counselors = counselors;
        this.counselor = counselor;
        this.month = month;
        Journal.KEYS.forEach(k -> entries.put(k, new SimpleStringProperty("")));
        counselor.addListener((o, a, b) -> reloadIfActive());
        month.addListener((o, a, b) -> reloadIfActive());
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    private void reloadIfActive() {
        if (active) {
            load();
        }
    }

    /** Whether the weeks were read once (and follow the counselor and the month since). */
    public boolean isActive() {
        return active;
    }

    /** Reads the month's weeks (from now on also whenever the counselor or the month changes). */
    public void load() {
        active = true;
        Counselor c = counselor.get();
        YearMonth ym = month.get();
        long mine = ++generation;
        if (c == null || ym == null) {
            weeks.clear();
            select(null);
            mayEdit.set(false);
            mayReview.set(false);
            return;
        }
        runner.run(m.get("worklog.journal.loading"), p -> read(c.id(), ym), l -> {
            if (mine == generation) {
                shown(l);
            }
        }, onFailure);
    }

    private Loaded read(long counselorId, YearMonth ym) {
        Map<LocalDate, Journal> stored = new LinkedHashMap<>();
        journals.month(counselorId, ym).forEach(j -> stored.put(j.weekStart(), j));
        List<Week> out = new ArrayList<>();
        LocalDate today = journals.today();
        for (LocalDate d = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
             YearMonth.from(d).equals(ym) && !d.isAfter(today); d = d.plusWeeks(1)) {
            out.add(week(d, stored.get(d)));
        }
        return new Loaded(counselorId, out, journals.mayEdit(counselorId), journals.mayReview(counselorId));
    }

    private Week week(LocalDate monday, Journal j) {
        Status s = j == null ? Status.EMPTY : j.reviewedAt() != null ? Status.READ
                : j.submitted() ? Status.SUBMITTED : Status.SAVED;
        String state = s == Status.READ ? m.get("worklog.journal.status.READ", nz(j.reviewedBy()))
                : m.get("worklog.journal.status." + s.name());
        return new Week(monday, j, s, monday.format(DAY) + " – " + monday.plusDays(6).format(DAY), state);
    }

    private void shown(Loaded l) {
        mayEdit.set(l.mayEdit());
        mayReview.set(l.mayReview());
        weeks.setAll(l.weeks());
        Week was = selected.get();
        boolean same = readingCounselor != null && readingCounselor == l.counselorId();
        Week again = was == null || !same ? null
                : l.weeks().stream().filter(w -> w.monday().equals(was.monday())).findFirst().orElse(null);
        if (again != null && hasUnsavedChanges()) {
            selected.set(again); // what was typed stays, and is saved at the version it was read at
        } else if (again != null) {
            select(again);
        } else {
            select(l.weeks().isEmpty() ? null : l.weeks().get(l.weeks().size() - 1));
        }
    }

    /** Fills the form with a week's entries (empty for a week not written yet). */
    public void select(Week w) {
        selected.set(w);
        reading = w == null ? null : w.journal();
        Counselor c = counselor.get();
        readingCounselor = w == null || c == null ? null : c.id();
        Map<String, String> filled = new LinkedHashMap<>();
        for (String k : Journal.KEYS) {
            String v = reading == null ? "" : nz(reading.entries().get(k));
            entries.get(k).set(v);
            filled.put(k, v);
        }
        baseline = filled;
        comment.set(reading == null ? "" : nz(reading.reviewComment()));
        review.set(reviewLine(reading));
        error.set("");
    }

    private String reviewLine(Journal j) {
        if (j == null || j.reviewedAt() == null) {
            return j != null && j.submitted() ? m.get("worklog.journal.submittedAt", j.submittedAt().toLocalDate()
                    .toString()) : "";
        }
        String when = j.reviewedAt().toLocalDate().toString();
        return j.reviewComment() == null ? m.get("worklog.journal.reviewedBy", nz(j.reviewedBy()), when)
                : m.get("worklog.journal.reviewedWith", nz(j.reviewedBy()), when, j.reviewComment());
    }

    /** Stores the week's entries (a new journal, or at the version read: a stale one is refused). */
    public void save() {
        Supplier<Journal> save = saving();
        if (save != null) {
            act(save, m.get("worklog.journal.saved"));
        }
    }

    /** Saves what was typed (when anything was) and submits the journal to the department. */
    public void submit() {
        Supplier<Journal> save = saving();
        Journal j = reading;
        if (save != null) {
            boolean first = hasUnsavedChanges() || j == null;
            act(() -> journals.submit(first ? save.get() : j), m.get("worklog.journal.submitted"));
        }
    }

    /** Marks the submitted journal read with the comment typed (the department, JOURNAL_REVIEW). */
    public void markRead() {
        Journal j = reading;
        if (j != null && selected.get() != null) {
            String text = comment.get();
            act(() -> journals.review(j, text), m.get("worklog.journal.reviewed"));
        }
    }

    /** The save of what the form holds now (read on the FX thread), or null when no week is chosen. */
    private Supplier<Journal> saving() {
        Week w = selected.get();
        Long who = readingCounselor;
        if (w == null || who == null) {
            return null;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        entries.forEach((k, v) -> typed.put(k, nz(v.get())));
        int version = reading == null ? 0 : reading.version();
        return () -> journals.save(who, w.monday(), typed, version);
    }

    private void act(Supplier<Journal> work, String notice) {
        Week w = selected.get();
        error.set("");
        runner.run(m.get("worklog.journal.saving"), p -> work.get(), saved -> {
            Week now = week(saved.weekStart(), saved);
            int at = weeks.indexOf(w);
            if (at >= 0) {
                weeks.set(at, now);
            }
            select(now);
            onNotice.accept(notice);
            onChanged.run();
        }, e -> {
            if (e instanceof ValidationException v) {
                error.set(v.render(m));
            } else {
                onFailure.accept(e);
            }
        });
    }

    /** Whether the form holds typed text not saved yet. */
    public boolean hasUnsavedChanges() {
        return entries.entrySet().stream()
                .anyMatch(e -> !nz(e.getValue().get()).strip().equals(nz(baseline.get(e.getKey())).strip()));
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean mayEdit() {
        return mayEdit.get();
    }

    public boolean mayReview() {
        return mayReview.get();
    }

    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayReviewProperty() {
        return mayReview.getReadOnlyProperty();
    }

    public ObservableList<Counselor> counselors() {
        return counselors;
    }

    public ObjectProperty<Counselor> counselorProperty() {
        return counselor;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<Week> weeks() {
        return weeks;
    }

    public ReadOnlyObjectProperty<Week> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The entry of a key of {@link Journal#KEYS}. */
    public StringProperty entry(String key) {
        return entries.get(key);
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Who read the chosen week's journal, when, and the comment (or when it was submitted). */
    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }
}
