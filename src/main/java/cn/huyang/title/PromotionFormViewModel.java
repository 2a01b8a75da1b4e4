package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.roster.TitleRank;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A step of the title history (a {@link TitleRank}, its series) or of the rank history (any rank the college uses). */
public class PromotionFormViewModel extends RecordFormViewModel<Promotion> {
    private final TitleValidator validator = new TitleValidator();

    public final ObjectProperty<Track> track = new SimpleObjectProperty<>(Track.TITLE);
    public final ObjectProperty<TitleRank> title = new SimpleObjectProperty<>();
    public final StringProperty rank = new SimpleStringProperty("");
    public final StringProperty series;
    public final ObjectProperty<LocalDate> obtained = new SimpleObjectProperty<>();
    public final StringProperty documentNo = new SimpleStringProperty("");

    public PromotionFormViewModel(TitleRecordsService service, BackgroundRunner runner, Messages messages, long counselorId) {
        super(service, runner, messages, counselorId);
        series = new SimpleStringProperty(messages.get("title.series.default"));
        watch(track, title, rank, series, obtained, documentNo);
    }

    @Override
    protected Promotion draft(List<FieldError> found) {
        boolean isTitle = track.get() == Track.TITLE;
        String grade = isTitle ? (title.get() == null ? null : title.get().name()) : Text.clean(rank.get());
        return new Promotion(null, counselorId, track.get(), grade, isTitle ? Text.clean(series.get()) : null,
                obtained.get(), Text.clean(documentNo.get()), null);
    }

    @Override
    protected void check(Promotion draft) {
        validator.promotion(draft, service.today());
    }

    @Override
    protected Promotion store(Promotion draft) {
        return service.addPromotion(draft);
    }
}
