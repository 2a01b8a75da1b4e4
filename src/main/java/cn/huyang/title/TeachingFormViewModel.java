package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A course taught in a semester: one of the ideological-political courses offered, or any other typed in. */
public class TeachingFormViewModel extends RecordFormViewModel<TeachingAssignment> {
    /** How many school years back the semester list reaches. */
    private static final int YEARS_BACK = 10;

    private final TitleValidator validator = new TitleValidator();
    private final ObservableList<Semester> semesters;

    public final ObjectProperty<Semester> semester;
    public final StringProperty course = new SimpleStringProperty("");
    public final StringProperty hours = new SimpleStringProperty("");

    public TeachingFormViewModel(TitleRecordsService service, BackgroundRunner runner, Messages messages, long counselorId) {
        super(service, runner, messages, counselorId);
        semesters = FXCollections.observableArrayList(Semester.upTo(service.today(), YEARS_BACK));
        semester = new SimpleObjectProperty<>(semesters.get(0));
        watch(semester, course, hours);
    }

    @Override
    protected TeachingAssignment draft(List<FieldError> found) {
        Semester s = semester.get();
        return new TeachingAssignment(null, counselorId, s == null ? 0 : s.schoolYear(), s == null ? 0 : s.term(),
                course.get(), number(hours.get(), "title.field.hours", found));
    }

    @Override
    protected void check(TeachingAssignment draft) {
        validator.teaching(draft, service.today());
    }

    @Override
    protected TeachingAssignment store(TeachingAssignment draft) {
        return service.addTeaching(draft);
    }

    public ObservableList<Semester> semesters() {
        return semesters;
    }

    /** The ideological-political courses of 三(三)6, offered first; any other course may be typed. */
    public List<String> courses() {
        return Courses.IDEOLOGICAL_POLITICAL;
    }

    public String label(Semester s) {
        return service.semesterLabel(s.schoolYear(), s.term());
    }
}
