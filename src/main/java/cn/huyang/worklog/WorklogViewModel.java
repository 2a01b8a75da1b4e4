package cn.huyang.worklog;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Counselor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 工作记录 of one counselor and month: the list by date, the month's counts, and the quick entry form
 * (the last place and class stay for the next record). Queries and saves run in the background.
 * Imports no control.
 */
public class WorklogViewModel {
    /** One line of the month's list; {@code record} is null when the user reads counts only. */
    public record Line(LocalDate date, String time, String kind, String place, String className, String summary,
                       String followUp, WorkRecord record) {
    }

    private record Loaded(List<Line> lines, Counts counts, List<StudentChoice> choices) {
    }

    private final WorklogService records;
    private final WorklogSummaries summaries;
    private final StudentDirectory directory;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObservableList<Counselor> counselors = FXCollections.observableArrayList();
    private final ObjectProperty<Counselor> counselor = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>(RecordKind.TALK);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty className = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("DAILY");
    private final StudentPicks students = new StudentPicks();
    private final ObjectProperty<LocalDate> followUpOn = new SimpleObjectProperty<>();
    private final BooleanProperty followUpDone = new SimpleBooleanProperty();
    private final BooleanProperty confidential = new SimpleBooleanProperty();
    private final Map<String, StringProperty> fields = new LinkedHashMap<>();
    private final ObjectProperty<WorkRecord> editing = new SimpleObjectProperty<>();
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };
    private long generation;
    /** A talk asked for from a student's file: the counselor and the student, until the counselor's list is read. */
    private Long pendingCounselor;
    private Long pendingStudent;

    public WorklogViewModel(WorklogService records, WorklogSummaries summaries, StudentDirectory directory,
                            BackgroundRunner runner, Messages m) {
        this.records = records;
        this.summaries = summaries;
        this.directory = directory;
        this.runner = runner;
        this.m = m;
        for (RecordKind k : RecordKind.values()) {
            k.fields().forEach(f -> fields.computeIfAbsent(f, x -> new SimpleStringProperty("")));
        }
        fields.get("way").set("FACE");
        month.set(YearMonth.from(records.today()));
        date.set(records.today());
        kind.addListener((o, a, b) -> {
            if (b != null && editing.get() == null) {
                category.set(b.categories().isEmpty() ? "" : b.categories().get(0));
            }
        });
        counselor.addListener((o, a, b) -> loadMonth());
        month.addListener((o, a, b) -> loadMonth());
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

    /** Reads the counselors the user reaches (keeping the one chosen) and the month. */
    public void load() {
        runner.run(m.get("worklog.loading"), p -> records.counselors(), list -> {
            Counselor was = counselor.get();
            counselors.setAll(list);
            Long wanted = pendingCounselor != null ? pendingCounselor : was == null ? null : was.id();
            pendingCounselor = null;
            Counselor keep = wanted == null ? null : list.stream().filter(c -> c.id().equals(wanted)).findFirst()
                    .orElse(null);
            if (keep == null && !list.isEmpty()) {
                counselor.set(list.get(0));
            } else {
                counselor.set(keep);
                loadMonth();
            }
        }, onFailure);
    }

    public void loadMonth() {
        Counselor c = counselor.get();
        YearMonth ym = month.get();
        long mine = ++generation;
        if (c == null || ym == null) {
            lines.clear();
            summary.set("");
            return;
        }
        runner.run(m.get("worklog.loading"), p -> new Loaded(lines(c.id(), ym), summaries.counselorMonth(c.id(), ym),
                        records.mayEdit(c.id()) ? directory.studentsOf(c.id()) : List.of()),
                l -> {
                    if (mine == generation) {
                        lines.setAll(l.lines());
                        students.choices().setAll(l.choices());
                        pickPending();
                        Counts n = l.counts();
                        summary.set(m.get("worklog.monthSummary", n.talks(), n.classVisits(), n.dormVisits(),
                                n.meetings(), n.students(), n.overdue()));
                    }
                }, onFailure);
    }

    private List<Line> lines(long counselorId, YearMonth ym) {
        List<Line> out = new ArrayList<>();
        if (records.mayReadTexts(counselorId)) {
            for (WorkRecord r : records.month(counselorId, ym)) {
                out.add(new Line(r.date(), r.time() == null ? "" : r.time().toString(), m.get(r.kind().messageKey()),
                        nz(r.place()), nz(r.className()), records.summary(r), followUp(r.followUpOn(), r.followUpDone()),
                        r));
            }
        } else {
            for (WorkRecord.Plain r : records.monthPlain(counselorId, ym)) {
                out.add(new Line(r.date(), r.time() == null ? "" : r.time().toString(), m.get(r.kind().messageKey()),
                        nz(r.place()), nz(r.className()), m.get("worklog.noTexts"),
                        followUp(r.followUpOn(), r.followUpDone()), null));
            }
        }
        return out;
    }

    /**
     * 新建谈话 from a student's file: this counselor's month, a new talk dated today with the student picked.
     * The counselor's list is read first when the tab has not been shown yet.
     */
    public void talkWith(long counselorId, long studentId) {
        editing.set(null);
        clearTexts();
        error.set("");
        kind.set(RecordKind.TALK);
        date.set(records.today());
        pendingStudent = studentId;
        YearMonth now = YearMonth.from(records.today());
        Counselor there = counselors.stream().filter(c -> c.id() == counselorId).findFirst().orElse(null);
        if (there == null) {
            pendingCounselor = counselorId;
            month.set(now);
            load();
        } else if (there.equals(counselor.get()) && now.equals(month.get())) {
            loadMonth();
        } else {
            month.set(now);
            counselor.set(there);
        }
    }

    private void pickPending() {
        if (pendingStudent != null) {
            if (!students.pick(pendingStudent)) {
                onNotice.accept(m.get("worklog.studentNotListed"));
            }
            pendingStudent = null;
        }
    }

    private String followUp(LocalDate on, boolean done) {
        return on == null ? "" : on + (done ? " ✓" : "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public void previousMonth() {
        month.set(month.get().minusMonths(1));
    }

    public void nextMonth() {
        month.set(month.get().plusMonths(1));
    }

    /** Fills the form with a record of the list to change it. */
    public void edit(Line line) {
        WorkRecord r = line == null ? null : line.record();
        if (r == null) {
            return;
        }
        editing.set(r);
        kind.set(r.kind());
        date.set(r.date());
        time.set(r.time() == null ? "" : r.time().toString());
        place.set(nz(r.place()));
        className.set(nz(r.className()));
        category.set(nz(r.category()));
        students.show(r.students());
        followUpOn.set(r.followUpOn());
        followUpDone.set(r.followUpDone());
        confidential.set(r.confidential());
        fields.forEach((k, v) -> v.set(nz(r.detail(k))));
        error.set("");
    }

    /** A new record: the form emptied but for the kind, the day, the place and the class (kept for quick entry). */
    public void newRecord() {
        editing.set(null);
        clearTexts();
        error.set("");
    }

    private void clearTexts() {
        fields.forEach((k, v) -> v.set(""));
        fields.get("way").set("FACE");
        students.clear();
        time.set("");
        followUpOn.set(null);
        followUpDone.set(false);
        confidential.set(false);
    }

    /** Stores the form: a refusal names the field and keeps what was typed. */
    public void save() {
        Counselor c = counselor.get();
        if (c == null) {
            return;
        }
        LocalTime at;
        try {
            at = time.get() == null || time.get().isBlank() ? null : LocalTime.parse(time.get().strip());
        } catch (DateTimeParseException e) {
            error.set(m.get("validation.format", m.get("worklog.field.time"), m.get("validation.unknownValue",
                    time.get())));
            return;
        }
        RecordKind k = kind.get();
        Map<String, String> details = new LinkedHashMap<>();
        for (String f : k.fields()) {
            details.put(f, fields.get(f).get());
        }
        List<StudentRef> names = students.refs();
        WorkRecord was = editing.get();
        WorkRecord draft = new WorkRecord(was == null ? null : was.id(), c.id(), k, date.get(), at, place.get(),
                className.get(), k.categories().isEmpty() ? null : category.get(), followUpOn.get(),
                followUpDone.get(), confidential.get(), details, names, was == null ? 0 : was.version());
        error.set("");
        runner.run(m.get("worklog.saving"), p -> was == null ? records.add(draft) : records.update(draft), saved -> {
            onNotice.accept(m.get("worklog.saved", m.get(k.messageKey()), saved.date().toString()));
            editing.set(null);
            clearTexts();
            loadMonth();
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
        return fields.values().stream().anyMatch(p -> p.get() != null && !p.get().isBlank() && !p.get().equals("FACE"))
                || !students.isEmpty();
    }

    public boolean mayEdit() {
        Counselor c = counselor.get();
        return c != null && records.mayEdit(c.id());
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

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<RecordKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty classNameProperty() {
        return className;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    /** The names typed for students not on the list. */
    public StringProperty studentsProperty() {
        return students.typedProperty();
    }

    /** The students picked from the counselor's list, and the list to pick from. */
    public StudentPicks students() {
        return students;
    }

    public ObjectProperty<LocalDate> followUpOnProperty() {
        return followUpOn;
    }

    public BooleanProperty followUpDoneProperty() {
        return followUpDone;
    }

    public BooleanProperty confidentialProperty() {
        return confidential;
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    public ObjectProperty<WorkRecord> editingProperty() {
        return editing;
    }
}
