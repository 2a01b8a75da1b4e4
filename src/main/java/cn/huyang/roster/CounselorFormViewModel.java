package cn.huyang.roster;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Conflict;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.StaleRecordException;
import cn.huyang.common.Text;
import cn.huyang.common.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The counselor form: edits a copy of one counselor and commits it on save. Knows which fields
 * are refused and why (field key → message), whether anything changed, and the roster history
 * with its actions (leave, return, deregister, register again). Imports no control.
 */
public class CounselorFormViewModel {
    private final RosterService service;
    private final BackgroundRunner runner;
    private final Messages messages;

    public final StringProperty name = new SimpleStringProperty();
    public final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    public final StringProperty ethnicity = new SimpleStringProperty();
    public final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    public final StringProperty idNumber = new SimpleStringProperty();
    public final ObjectProperty<PoliticalStatus> politicalStatus = new SimpleObjectProperty<>();
    public final ObjectProperty<Education> education = new SimpleObjectProperty<>();
    public final ObjectProperty<Degree> degree = new SimpleObjectProperty<>();
    public final StringProperty major = new SimpleStringProperty();
    public final ObjectProperty<Department> department = new SimpleObjectProperty<>();
    public final ObjectProperty<PostType> postType = new SimpleObjectProperty<>(PostType.FULL_TIME);
    public final ObjectProperty<Position> position = new SimpleObjectProperty<>(Position.COUNSELOR);
    public final ObjectProperty<EmploymentForm> employmentForm = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> entryDate = new SimpleObjectProperty<>();
    public final ObjectProperty<TitleRank> title = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> titleDate = new SimpleObjectProperty<>();
    public final StringProperty adminRank = new SimpleStringProperty();
    public final ObjectProperty<LocalDate> adminRankDate = new SimpleObjectProperty<>();
    public final StringProperty phone = new SimpleStringProperty();
    public final StringProperty studentsInCharge = new SimpleStringProperty("0");
    public final StringProperty classesInCharge = new SimpleStringProperty();
    public final StringProperty dormitory = new SimpleStringProperty();
    public final StringProperty note = new SimpleStringProperty();

    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<RosterEvent> history = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty errorText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Counselor> stored = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ObjectProperty<Conflict> conflict = new SimpleObjectProperty<>();
    /** The counselor as stored when a save was refused as changed since: what 采用当前记录 loads. */
    private Counselor theirs;
    private final Map<String, String> unparsable = new HashMap<>();
    private final BooleanBinding dirty;
    private Snapshot original;
    private boolean validateAsTyped;

    public CounselorFormViewModel(RosterService service, BackgroundRunner runner, Messages messages,
                                  List<Department> departments) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        this.departments.setAll(departments.stream().filter(Department::active).toList());
        Observable[] fields = fields();
        this.original = snapshot();
        this.dirty = Bindings.createBooleanBinding(() -> !snapshot().equals(original), fields);
        for (Observable f : fields) {
            f.addListener(o -> {
                if (validateAsTyped) {
                    validateLocally();
                }
            });
        }
    }

    private Observable[] fields() {
        return new Observable[]{name, gender, ethnicity, birthDate, idNumber, politicalStatus, education, degree,
                major, department, postType, position, employmentForm, entryDate, title, titleDate, adminRank,
                adminRankDate, phone, studentsInCharge, classesInCharge, dormitory, note};
    }

    /** Fills the form from a stored counselor (edit) and loads its history. */
    public void edit(Counselor c) {
        name.set(c.name());
        gender.set(c.gender());
        ethnicity.set(c.ethnicity());
        birthDate.set(c.birthDate());
        idNumber.set(c.idNumber());
        politicalStatus.set(c.politicalStatus());
        education.set(c.education());
        degree.set(c.degree());
        major.set(c.major());
        department.set(departmentById(c.departmentId()));
        postType.set(c.postType());
        position.set(c.position());
        employmentForm.set(c.employmentForm());
        entryDate.set(c.entryDate());
        title.set(c.title());
        titleDate.set(c.titleDate());
        adminRank.set(c.adminRank());
        adminRankDate.set(c.adminRankDate());
        phone.set(c.phone());
        studentsInCharge.set(String.valueOf(c.studentsInCharge()));
        classesInCharge.set(c.classesInCharge());
        dormitory.set(c.dormitory());
        note.set(c.note());
        stored.set(c);
        markClean();
        runner.run(messages.get("form.loadingHistory"), p -> service.recordOpened(c.id()), history::setAll, e -> { });
    }

    private Department departmentById(Long id) {
        Department found = departments.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
        if (found == null && id != null) {
            // An inactive department still shows for the counselors it holds.
            found = service.departmentsById().get(id);
            if (found != null) {
                departments.add(found);
            }
        }
        return found;
    }

    private void markClean() {
        original = snapshot();
        dirty.invalidate();
    }

    /** The date typed in a date field could not be read; refused on save with the field's name. */
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

    /** The draft as the service sees it, or the form's own refusals (numbers and dates that can't be read). */
    Counselor draft(List<FieldError> formErrors) {
        int students = 0;
        String st = Text.clean(Text.halfWidth(studentsInCharge.get()));
        if (st != null) {
            try {
                students = Integer.parseInt(st);
                if (students < 0) {
                    formErrors.add(FieldError.of("field.studentsInCharge", "validation.notNegative"));
                }
            } catch (NumberFormatException e) {
                formErrors.add(FieldError.of("field.studentsInCharge", "validation.wholeNumber"));
            }
        }
        unparsable.keySet().forEach(f -> formErrors.add(FieldError.of(f, "validation.date")));
        Counselor current = stored.get();
        return new Counselor(current == null ? null : current.id(), name.get(), gender.get(), ethnicity.get(),
                birthDate.get(), idNumber.get(), politicalStatus.get(), education.get(), degree.get(), major.get(),
                department.get() == null ? null : department.get().id(), postType.get(), position.get(),
                employmentForm.get(), entryDate.get(), title.get(), titleDate.get(), adminRank.get(),
                adminRankDate.get(), phone.get(), Math.max(0, students), classesInCharge.get(), dormitory.get(),
                current == null ? CounselorStatus.ACTIVE : current.status(), note.get(),
                current == null ? 0 : current.version());
    }

    /** Checks the form without the database; marks every refused field. True when nothing is refused. */
    public boolean validateLocally() {
        List<FieldError> found = new ArrayList<>();
        LocalDate today = service.today();
        Counselor d = CounselorValidator.normalize(draft(found), today);
        found.addAll(CounselorValidator.validate(d, today));
        showErrors(found);
        return found.isEmpty();
    }

    private void showErrors(List<FieldError> found) {
        Map<String, String> byField = FieldError.byField(found, messages);
        errors.clear();
        errors.putAll(byField);
        errorText.set(String.join("\n", byField.values()));
    }

    /**
     * Saves in the background: registers a new counselor or updates a stored one. Refused fields
     * stay marked and nothing typed is lost; {@code onSaved} runs after a successful save.
     */
    public void save(Consumer<Counselor> onSaved, Consumer<Throwable> onFailure) {
        validateAsTyped = true;
        if (!validateLocally()) {
            return;
        }
        List<FieldError> ignored = new ArrayList<>();
        Counselor draft = draft(ignored);
        boolean isNew = draft.id() == null;
        saving.set(true);
        runner.run(messages.get("form.saving", Objects.toString(Text.clean(draft.name()), "")),
                p -> isNew ? service.register(draft, null) : service.update(draft),
                saved -> {
                    saving.set(false);
                    // Show what was stored: normalized ID number, birth date and gender filled from it.
                    edit(saved);
                    onSaved.accept(saved);
                },
                e -> {
                    saving.set(false);
                    StaleRecordException stale = StaleRecordException.in(e);
                    if (stale != null && stale.current(Counselor.class) != null) {
                        showConflict(stale, draft);
                    } else if (e instanceof ValidationException v) {
                        showErrors(v.errors());
                    } else {
                        onFailure.accept(e);
                    }
                });
    }

    /**
     * Someone else saved the counselor after the form read it: nothing was stored, what was typed
     * stays, and {@link #conflictProperty()} says who and when with each field that differs.
     */
    private void showConflict(StaleRecordException stale, Counselor typed) {
        theirs = stale.current(Counselor.class);
        LocalDate today = service.today();
        Counselor mine = CounselorValidator.normalize(typed, today);
        Map<Long, String> names = new HashMap<>();
        departments.forEach(d -> names.put(d.id(), d.name()));
        conflict.set(new Conflict(stale.render(messages),
                CounselorDifferences.between(mine, theirs, names, messages)));
    }

    /** 用我的修改覆盖: saves what is typed again, over the counselor as stored now (audited as any save). */
    public void overwrite(Consumer<Counselor> onSaved, Consumer<Throwable> onFailure) {
        Counselor now = theirs;
        conflict.set(null);
        if (now != null) {
            stored.set(now); // the version (and status) typed over
            save(onSaved, onFailure);
        }
    }

    /** 采用当前记录: drops what was typed and shows the counselor as stored now. */
    public void takeCurrent() {
        Counselor now = theirs;
        conflict.set(null);
        if (now != null) {
            edit(now);
        }
    }

    /** 取消: back to the form, what was typed kept (a later save is refused again until one of the others is chosen). */
    public void keepEditing() {
        conflict.set(null);
    }

    /** The refusal of the last save as changed since the form read it, or null. */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict;
    }

    private void loadHistory() {
        Counselor c = stored.get();
        if (c == null) {
            history.clear();
            return;
        }
        runner.run(messages.get("form.loadingHistory"), p -> service.history(c.id()), history::setAll, e -> { });
    }

    /**
     * A step of the roster history (leave, return, deregister, register again) for the stored
     * counselor; refused input comes back through {@code onRefused} as a rendered message.
     */
    public void changeStatus(RosterEventKind kind, LocalDate date, String reason, Runnable onDone,
                             Consumer<String> onRefused) {
        Counselor c = stored.get();
        if (c == null) {
            return;
        }
        runner.run(kind.label(messages), p -> {
            switch (kind) {
                case LEAVE -> service.leave(c.id(), date, reason);
                case RETURN -> service.returnToPost(c.id(), date);
                case DEREGISTER -> service.deregister(c.id(), date, reason);
                case REGISTER -> service.reregister(c.id(), date);
            }
            return service.counselor(c.id()).orElseThrow();
        }, updated -> {
            stored.set(updated);
            loadHistory();
            onDone.run();
        }, e -> onRefused.accept(e instanceof ValidationException v ? v.render(messages)
                : e instanceof cn.huyang.access.NotPermittedException a ? a.render(messages)
                : messages.get("dialog.unexpected", "")));
    }

    /** The history steps open to the stored counselor's current status. */
    public List<RosterEventKind> availableSteps() {
        Counselor c = stored.get();
        if (c == null) {
            return List.of();
        }
        return switch (c.status()) {
            case ACTIVE -> List.of(RosterEventKind.LEAVE, RosterEventKind.DEREGISTER);
            case ON_LEAVE -> List.of(RosterEventKind.RETURN, RosterEventKind.DEREGISTER);
            case DEREGISTERED -> List.of(RosterEventKind.REGISTER);
        };
    }

    private Snapshot snapshot() {
        return new Snapshot(List.of(fields()).stream().map(o -> {
            if (o instanceof StringProperty s) {
                return Objects.toString(Text.clean(s.get()), "");
            }
            return Objects.toString(((ObjectProperty<?>) o).get(), "");
        }).toList());
    }

    private record Snapshot(List<String> values) {
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isNew() {
        return stored.get() == null;
    }

    public ReadOnlyObjectProperty<Counselor> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<RosterEvent> history() {
        return history;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty errorTextProperty() {
        return errorText;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** Today by the service's clock: the default date of a history step. */
    public LocalDate today() {
        return service.today();
    }

    public Messages messages() {
        return messages;
    }
}
