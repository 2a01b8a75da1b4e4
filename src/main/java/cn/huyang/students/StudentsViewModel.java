package cn.huyang.students;

import cn.huyang.access.NotPermittedException;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.StaleRecordException;
import cn.huyang.common.ValidationException;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import cn.huyang.roster.RosterService;
import cn.huyang.security.SecurityRefusal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 学生档案 without a screen: the active attentions by what is due, the student list with its filter (class,
 * name or 学号), the file of the student chosen (opened in the background, audited), and saving a student,
 * a part of the file, an attention and its release. A refusal is the error line; what was typed stays.
 */
public class StudentsViewModel {
    private final StudentService students;
    private final AttentionService attention;
    private final RosterService roster;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObservableList<AttentionDue> due = FXCollections.observableArrayList();
    private final ObservableList<Student> list = FXCollections.observableArrayList();
    private final ObservableList<Department> departments = FXCollections.observableArrayList();
    private final ObservableList<Counselor> counselors = FXCollections.observableArrayList();
    private final StringProperty classFilter = new SimpleStringProperty("");
    private final StringProperty nameFilter = new SimpleStringProperty("");
    private final ObjectProperty<StudentFile> file = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };
    private Consumer<Student> onNewTalk = s -> { };
    private long generation;

    public StudentsViewModel(StudentService students, AttentionService attention, RosterService roster,
                             BackgroundRunner runner, Messages m) {
        this.students = students;
        this.attention = attention;
        this.roster = roster;
        this.runner = runner;
        this.m = m;
    }

    /** 新建谈话记录: what opens the work records with a new talk with the student (the composition root decides). */
    public void setOnNewTalk(Consumer<Student> onNewTalk) {
        this.onNewTalk = onNewTalk;
    }

    /** A new talk with the student of the open file, in the responsible counselor's work records. */
    public void newTalk() {
        StudentFile f = file.get();
        if (f == null) {
            return;
        }
        if (f.student().counselorId() == null) {
            error.set(m.get("validation.format", m.get("students.field.counselor"), m.get("students.noCounselor")));
            return;
        }
        error.set("");
        onNewTalk.accept(f.student());
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

    private record Loaded(List<AttentionDue> due, List<Student> students, List<Department> departments,
                          List<Counselor> counselors) {
    }

    /** Loads the attention list, the students matching the filter, and the choices of the form. */
    public void load() {
        long mine = ++generation;
        String klass = classFilter.get();
        String name = nameFilter.get();
        runner.run(m.get("students.loading"), p -> new Loaded(attention.dueList(), students.students(klass, name),
                roster.departments(), roster.roster()), l -> {
                    if (mine == generation) {
                        due.setAll(l.due());
                        list.setAll(l.students());
                        departments.setAll(l.departments());
                        counselors.setAll(l.counselors());
                    }
                }, onFailure);
    }

    /** Opens a student's file in the background (the opening is audited). */
    public void open(long studentId) {
        runner.run(m.get("students.opening"), p -> students.openFile(studentId), f -> {
            error.set("");
            file.set(f);
        }, this::failed);
    }

    /** A new student: the form empties. */
    public void startNew() {
        file.set(null);
        error.set("");
    }

    /** Saves the student of the form (the file open: a change; none: a new student). */
    public void saveStudent(String studentNo, String name, Gender gender, String ethnicity, String className,
                            Department department, String dormitory, String phone, String parentContact,
                            Counselor counselor) {
        StudentFile open = file.get();
        Student s = new Student(open == null ? null : open.student().id(), studentNo, name, gender, ethnicity,
                className, department == null ? null : department.id(), dormitory, phone, parentContact,
                counselor == null ? null : counselor.id(), open == null ? 0 : open.student().version());
        write(m.get("students.saved", name == null ? "" : name.strip()), () -> students.save(s), saved -> {
            load();
            open(saved.id());
        });
    }

    public void saveSection(FilePart part, String body) {
        StudentFile open = file.get();
        if (open == null) {
            return;
        }
        long id = open.student().id();
        int version = open.section(part).version();
        write(m.get("students.savedPart", m.get(part.messageKey())),
                () -> students.saveSection(id, part, body, version), x -> open(id));
    }

    /** Opens an attention for the student of the file (level 1–3, start not after today). */
    public void openAttention(AttentionCategory category, Integer level, String reason, String measures,
                              LocalDate startedOn) {
        StudentFile open = file.get();
        if (open == null) {
            return;
        }
        if (level == null) {
            error.set(FieldError.of("students.field.level", "validation.required").render(m));
            return;
        }
        Student s = open.student();
        Attention a = new Attention(null, s.id(), category, level, reason, measures, s.counselorId(), startedOn,
                AttentionStatus.ACTIVE, null, null, 0);
        write(m.get("students.savedAttention"), () -> attention.open(a), x -> {
            load();
            open(s.id());
        });
    }

    public void release(Attention a, LocalDate on, String reason) {
        long id = a.studentId();
        write(m.get("students.released"), () -> attention.release(a.id(), on, reason, a.version()), x -> {
            load();
            open(id);
        });
    }

    private <T> void write(String saved, Supplier<T> work, Consumer<T> after) {
        runner.run(m.get("students.saving"), p -> work.get(), done -> {
            error.set("");
            onNotice.accept(saved);
            onChanged.run();
            after.accept(done);
        }, this::failed);
    }

    private void failed(Throwable e) {
        Throwable t = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof ValidationException v) {
            error.set(v.render(m));
        } else if (t instanceof NotPermittedException n) {
            error.set(n.render(m));
        } else if (t instanceof StaleRecordException s) {
            error.set(s.render(m));
        } else if (t instanceof SecurityRefusal s) {
            error.set(s.render(m));
        } else {
            onFailure.accept(e);
        }
    }

    /** The attention row's due text: 已逾期 N 天 / 应于 yyyy-mm-dd 前联系. */
    public String dueText(AttentionDue d) {
        LocalDate today = students.today();
        if (d.overdue()) {
            return m.get("students.due.overdue", java.time.temporal.ChronoUnit.DAYS.between(d.dueOn(), today),
                    d.dueOn().toString());
        }
        return m.get("students.due.by", d.dueOn().toString());
    }

    public String departmentName(Long id) {
        return departments.stream().filter(d -> d.id().equals(id)).map(Department::name).findFirst().orElse("");
    }

    public LocalDate today() {
        return students.today();
    }

    public boolean mayEdit() {
        return students.mayEdit();
    }

    public ObservableList<AttentionDue> due() {
        return due;
    }

    public ObservableList<Student> students() {
        return list;
    }

    public ObservableList<Department> departments() {
        return departments;
    }

    public ObservableList<Counselor> counselors() {
        return counselors;
    }

    public StringProperty classFilterProperty() {
        return classFilter;
    }

    public StringProperty nameFilterProperty() {
        return nameFilter;
    }

    public ObjectProperty<StudentFile> fileProperty() {
        return file;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public Messages messages() {
        return m;
    }
}
