package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Service as counselor or class teacher (班主任), with its dates (no end while it goes on) and its assessment. */
public class ServiceFormViewModel extends RecordFormViewModel<ServiceRecord> {
    private final TitleValidator validator = new TitleValidator();

    public final ObjectProperty<ServiceRole> role = new SimpleObjectProperty<>(ServiceRole.CLASS_TEACHER);
    public final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    public final StringProperty className = new SimpleStringProperty("");
    public final BooleanProperty competent = new SimpleBooleanProperty(true);

    public ServiceFormViewModel(TitleRecordsService service, BackgroundRunner runner, Messages messages, long counselorId) {
        super(service, runner, messages, counselorId);
        watch(role, start, end, className, competent);
    }

    @Override
    protected ServiceRecord draft(List<FieldError> found) {
        return new ServiceRecord(null, counselorId, role.get(), start.get(), end.get(), Text.clean(className.get()),
                competent.get());
    }

    @Override
    protected void check(ServiceRecord draft) {
        validator.service(draft, service.today());
    }

    @Override
    protected ServiceRecord store(ServiceRecord draft) {
        return service.addService(draft);
    }
}
