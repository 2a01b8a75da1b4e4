package cn.huyang.training;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.SameNames;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.Department;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The training form: one session's details, entered once, and its attendees picked from the
 * roster (search, a whole department, untick a few), each with own hours, certificate and note.
 * Edits a copy; saves in one go; refused fields stay marked and nothing typed is lost.
 * Imports no control.
 */
public class TrainingFormViewModel {
    private static final int MAX_CANDIDATES = 30;

    private final TrainingService service;
    private final BackgroundRunner runner;
    private final Messages messages;

    public final StringProperty course = new SimpleStringProperty();
    public final StringProperty organiser = new SimpleStringProperty();
    public final ObjectProperty<TrainingLevel> level = new SimpleObjectProperty<>(TrainingLevel.SCHOOL);
    public final ObjectProperty<TrainingCategory> category = new SimpleObjectProperty<>(TrainingCategory.ROUTINE);
    public final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    public final StringProperty hours = new SimpleStringProperty();
    public final StringProperty cost = new SimpleStringProperty();
    public final StringProperty note = new SimpleStringProperty();
    public final StringProperty pickSearch = new SimpleStringProperty("");

    private final ObservableList<AttendeeItem> attendees = FXCollections.observableArrayList(
            a -> new Observable[]{a.included, a.hours, a.certificate, a.note});
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty errorText = new SimpleStringProperty("");
    private final StringProperty countText = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<TrainingSession> stored = new ReadOnlyObjectWrapper<>();
    private final cn.huyang.common.Conflicts<TrainingSession> conflicts = new cn.huyang.common.Conflicts<>();
    private final Map<String, String> unparsable = new HashMap<>();
    private List<Candidate> roster = List.of();
    private String original = "";
    private boolean validateAsTyped;

    public TrainingFormViewModel(TrainingService service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        Observable[] fields = {course, organiser, level, category, startDate, endDate, hours, cost, note, attendees};
        for (Observable f : fields) {
            f.addListener(o -> {
                dirty.set(!snapshot().equals(original));
                if (validateAsTyped) {
                    validateLocally();
                }
            });
        }
        attendees.addListener((ListChangeListener<AttendeeItem>) c -> updateCount());
        pickSearch.addListener((o, a, b) -> searchCandidates());
        updateCount();
    }

    // ---- opening --------------------------------------------------------------------------

    /** Reads the roster for picking, and the stored session when {@code sessionId} is given. */
    public void open(Long sessionId, Consumer<Throwable> onFailure) {
        runner.run(messages.get("training.form.loading"), p -> {
            Map<Long, String> names = service.roster().departmentNames();
            List<cn.huyang.roster.Counselor> counselors = service.roster().counselors();
            Map<Long, String> tails = SameNames.tails(counselors, c -> c.id(), c -> c.name(), c -> c.idNumber());
            List<Candidate> all = counselors.stream()
                    .map(c -> new Candidate(c.id(), c.name(), c.departmentId(), names.get(c.departmentId()),
                            c.idNumber(), c.status() != CounselorStatus.DEREGISTERED,
                            c.status() == CounselorStatus.ACTIVE, tails.get(c.id())))
                    .toList();
            TrainingSession s = sessionId == null ? null : service.session(sessionId).orElse(null);
            return new Opened(service.roster().departments(), all, s);
        }, opened -> {
            departments.setAll(opened.departments().stream().filter(Department::active).toList());
            roster = opened.roster();
            if (opened.session() != null) {
                fill(opened.session());
            }
            markClean();
            ready.set(true);
            searchCandidates();
        }, onFailure);
    }

    private record Opened(List<Department> departments, List<Candidate> roster, TrainingSession session) {
    }

    private void fill(TrainingSession s) {
        course.set(s.course());
        organiser.set(s.organiser());
        level.set(s.level());
        category.set(s.category());
        startDate.set(s.startDate());
        endDate.set(s.endDate());
        hours.set(ComplianceRules.plain(s.hours()));
        cost.set(s.costPerPerson() == null ? "" : s.costPerPerson().stripTrailingZeros().toPlainString());
        note.set(s.note());
        Map<Long, Candidate> byId = roster.stream().collect(Collectors.toMap(Candidate::counselorId, c -> c));
        List<AttendeeItem> items = new ArrayList<>();
        for (TrainingSession.Attendee a : s.attendees()) {
            Candidate c = byId.get(a.counselorId());
            AttendeeItem item = new AttendeeItem(a.recordId(), a.counselorId(), c == null ? "#" + a.counselorId()
                    : c.shown(messages), c == null ? "" : c.department());
            // Own hours equal to the session's follow the session.
            item.hours.set(a.hours() == null || a.hours().compareTo(s.hours()) == 0 ? ""
                    : ComplianceRules.plain(a.hours()));
            item.certificate.set(Objects.toString(a.certificateNo(), ""));
            item.note.set(Objects.toString(a.note(), ""));
            items.add(item);
        }
        attendees.setAll(items);
        stored.set(s);
    }

    // ---- picking attendees ----------------------------------------------------------------

    private void searchCandidates() {
        String q = Text.clean(Text.halfWidth(pickSearch.get()));
        Set<Long> chosen = attendees.stream().map(AttendeeItem::counselorId).collect(Collectors.toSet());
        List<Candidate> found = new ArrayList<>();
        for (Candidate c : roster) {
            if (found.size() >= MAX_CANDIDATES) {
                break;
            }
            if (chosen.contains(c.counselorId())) {
                continue;
            }
            if (q == null ? c.onRoster() : c.name().contains(q) || c.idNumber().startsWith(q.toUpperCase(Locale.ROOT))) {
                found.add(c);
            }
        }
        candidates.setAll(found);
    }

    public void add(Candidate c) {
        if (c != null && attendees.stream().noneMatch(a -> a.counselorId() == c.counselorId())) {
            attendees.add(new AttendeeItem(null, c.counselorId(), c.shown(messages), c.department()));
            searchCandidates();
        }
    }

    /** Adds the first candidate found by the search (Enter in the search field), and clears the search. */
    public void addFirstCandidate() {
        if (!candidates.isEmpty()) {
            add(candidates.get(0));
            pickSearch.set("");
        }
    }

    /** Adds every counselor of a department in post now; those already chosen stay as they are. */
    public int addDepartment(Department d) {
        if (d == null) {
            return 0;
        }
        Set<Long> chosen = attendees.stream().map(AttendeeItem::counselorId).collect(Collectors.toSet());
        List<AttendeeItem> added = roster.stream()
                .filter(c -> d.id().equals(c.departmentId()) && c.inPost() && !chosen.contains(c.counselorId()))
                .map(c -> new AttendeeItem(null, c.counselorId(), c.shown(messages), c.department()))
                .toList();
        attendees.addAll(added);
        searchCandidates();
        return added.size();
    }

    public void remove(List<AttendeeItem> items) {
        attendees.removeAll(items);
        searchCandidates();
    }

    private void updateCount() {
        long in = attendees.stream().filter(a -> a.included.get()).count();
        countText.set(messages.get("training.form.attendees.count", attendees.size(), in));
    }

    // ---- validation and saving ------------------------------------------------------------

    /** A date typed in a date field could not be read; refused on save with the field's name. */
    public void markUnparsable(String field, String text) {
        if (text == null || text.isBlank()) {
            unparsable.remove(field);
        } else {
            unparsable.put(field, text);
        }
        if (validateAsTyped) {
            validateLocally();
        }
    }

    /** The draft as the service takes it; the numbers that can't be read go to {@code formErrors}. */
    TrainingSession draft(List<FieldError> formErrors) {
        BigDecimal h = number(hours.get(), "field.hours", formErrors);
        BigDecimal c = number(cost.get(), "field.cost", formErrors);
        unparsable.keySet().forEach(f -> formErrors.add(FieldError.of(f, "validation.date")));
        List<TrainingSession.Attendee> list = new ArrayList<>();
        for (AttendeeItem a : attendees) {
            if (!a.included.get()) {
                continue;
            }
            BigDecimal own = number(a.hours.get(), "field.attendee.hours", formErrors, a.name());
            list.add(new TrainingSession.Attendee(a.recordId(), a.counselorId(), own, a.certificate.get(),
                    a.note.get()));
        }
        TrainingSession s = stored.get();
        return new TrainingSession(s == null ? null : s.id(), course.get(), organiser.get(), level.get(),
                category.get(), startDate.get(), endDate.get(), h, c, note.get(), list, s == null ? 0 : s.version());
    }

    private static BigDecimal number(String raw, String field, List<FieldError> errors, Object... labelArgs) {
        String t = Text.clean(Text.halfWidth(raw));
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "validation.number").about(labelArgs));
            return null;
        }
    }

    /** Checks the form without the database; marks every refused field. True when nothing is refused. */
    public boolean validateLocally() {
        List<FieldError> found = new ArrayList<>();
        TrainingSession d = TrainingValidator.normalize(draft(found));
        found.addAll(TrainingValidator.validateDetails(d, service.today()));
        Map<Long, String> names = attendees.stream().collect(Collectors.toMap(AttendeeItem::counselorId,
                AttendeeItem::name, (a, b) -> a));
        found.addAll(TrainingValidator.validateAttendees(d, id -> names.getOrDefault(id, "#" + id)));
        showErrors(found);
        return found.isEmpty();
    }

    private void showErrors(List<FieldError> found) {
        Map<String, String> byField = FieldError.byField(found, messages);
        errors.clear();
        errors.putAll(byField);
        errorText.set(String.join("\n", byField.values()));
    }

    /** 用我的修改覆盖: saves what is typed again, over the session as stored now (audited as any save). */
    public void overwrite(Consumer<SaveResult> onSaved, Consumer<Throwable> onFailure) {
        conflicts.take().ifPresent(now -> {
            stored.set(now); // the version typed over
            save(onSaved, onFailure);
        });
    }

    /** 采用当前记录: drops what was typed and shows the session as stored now. */
    public void takeCurrent() {
        conflicts.take().ifPresent(now -> {
            fill(now);
            markClean();
        });
    }

    /** The refusal of the last save as changed since the form read it (null after a choice); 取消 is {@code conflicts().dismiss()}. */
    public cn.huyang.common.Conflicts<TrainingSession> conflicts() {
        return conflicts;
    }

    private Map<Long, String> names() {
        return roster.stream().collect(Collectors.toMap(Candidate::counselorId, Candidate::name, (a, b) -> a));
    }

    /** Saves in the background; {@code onSaved} gets the stored session and who was off the roster. */
    public void save(Consumer<SaveResult> onSaved, Consumer<Throwable> onFailure) {
        validateAsTyped = true;
        if (!validateLocally()) {
            return;
        }
        TrainingSession draft = draft(new ArrayList<>());
        saving.set(true);
        runner.run(messages.get("training.form.saving", Objects.toString(Text.clean(draft.course()), "")),
                p -> service.save(draft),
                result -> {
                    saving.set(false);
                    fill(result.session());
                    markClean();
                    onSaved.accept(result);
                },
                e -> {
                    saving.set(false);
                    cn.huyang.common.StaleRecordException stale = cn.huyang.common.StaleRecordException.in(e);
                    if (stale != null && stale.current(TrainingSession.class) != null) {
                        conflicts.refused(stale.render(messages), stale.current(TrainingSession.class), theirs ->
                                TrainingDifferences.between(TrainingValidator.normalize(draft), theirs, names(), messages));
                    } else if (e instanceof ValidationException v) {
                        showErrors(v.errors());
                    } else {
                        onFailure.accept(e);
                    }
                });
    }

    private void markClean() {
        original = snapshot();
        dirty.set(false);
    }

    private String snapshot() {
        StringBuilder sb = new StringBuilder();
        for (Object v : new Object[]{course.get(), organiser.get(), level.get(), category.get(), startDate.get(),
                endDate.get(), hours.get(), cost.get(), note.get()}) {
            sb.append(Objects.toString(v instanceof String s ? Text.clean(s) : v, "")).append('|');
        }
        attendees.forEach(a -> sb.append(a.counselorId()).append(':').append(a.state()).append(';'));
        return sb.toString();
    }

    // ---- properties -----------------------------------------------------------------------

    public ObservableList<AttendeeItem> attendees() {
        return attendees;
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    public StringProperty countTextProperty() {
        return countText;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyObjectProperty<TrainingSession> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public boolean isNew() {
        return stored.get() == null;
    }

    public Messages messages() {
        return messages;
    }
}
