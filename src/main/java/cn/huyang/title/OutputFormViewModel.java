package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A research output: paper, project, textbook, online cultural work (网络文化成果) or award. */
public class OutputFormViewModel extends RecordFormViewModel<ResearchOutput> {
    private final TitleValidator validator = new TitleValidator();

    public final ObjectProperty<OutputKind> kind = new SimpleObjectProperty<>(OutputKind.PAPER);
    public final StringProperty caption = new SimpleStringProperty("");
    public final StringProperty year;
    public final ObjectProperty<OutputLevel> level = new SimpleObjectProperty<>(OutputLevel.SCHOOL);
    public final ObjectProperty<OutputRole> role = new SimpleObjectProperty<>(OutputRole.LEAD);
    public final StringProperty note = new SimpleStringProperty("");

    public OutputFormViewModel(TitleRecordsService service, BackgroundRunner runner, Messages messages, long counselorId) {
        super(service, runner, messages, counselorId);
        year = new SimpleStringProperty(String.valueOf(service.today().getYear()));
        watch(kind, caption, year, level, role, note);
    }

    @Override
    protected ResearchOutput draft(List<FieldError> found) {
        return new ResearchOutput(null, counselorId, kind.get(), Text.clean(caption.get()),
                year(year.get(), "title.field.outputYear", found), level.get(), role.get(), Text.clean(note.get()));
    }

    @Override
    protected void check(ResearchOutput draft) {
        validator.output(draft, service.today());
    }

    @Override
    protected ResearchOutput store(ResearchOutput draft) {
        return service.addOutput(draft);
    }
}
