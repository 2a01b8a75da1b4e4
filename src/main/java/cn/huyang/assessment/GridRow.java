package cn.huyang.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * One counselor's row in the scores grid: what is typed, as typed (a refused value stays in its
 * cell, never lost), the refusals by column, and the result as the year's scoring computes it.
 */
public final class GridRow {
    /** Column ids: the parties' names, then these. */
    public static final String BONUS = "BONUS";
    public static final String VETO = "VETO";
    public static final String SUMMARY = "SUMMARY";

    private final SheetRow source;
    private final Map<Party, StringProperty> scores = new EnumMap<>(Party.class);
    private final StringProperty bonus = new SimpleStringProperty("");
    private final StringProperty veto = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    /** The year's work records in short (谈心N 听课N 宿舍N 班会N), shown beside the 学工部 score. */
    private String work = "";
    /** The stored entry's version the typing goes over: as read, or as stored now after 用我的修改覆盖. */
    private int version;

    public GridRow(SheetRow source) {
        this.source = source;
        Entry e = source.entry();
        version = e.version();
        for (Party p : Party.values()) {
            scores.put(p, new SimpleStringProperty(Scores.format(e.score(p))));
        }
        bonus.set(Scores.format(e.bonus()));
        veto.set(e.veto() == null ? "" : e.veto());
        summary.set(e.summary() == null ? "" : e.summary());
        result.set(source.result());
    }

    public String work() {
        return work;
    }

    public void setWork(String work) {
        this.work = work == null ? "" : work;
    }

    public SheetRow source() {
        return source;
    }

    public long counselorId() {
        return source.counselor().id();
    }

    public String name() {
        return source.counselor().name();
    }

    public String department() {
        return source.department();
    }

    public StringProperty score(Party p) {
        return scores.get(p);
    }

    public StringProperty bonusProperty() {
        return bonus;
    }

    public StringProperty vetoProperty() {
        return veto;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObjectProperty<Result> resultProperty() {
        return result;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** In the department (null: any) and holding the text searched in the name or the ID number (null: any). */
    public boolean matches(Long departmentId, String searched) {
        if (departmentId != null && !departmentId.equals(source.counselor().departmentId())) {
            return false;
        }
        String typed = cn.huyang.common.Text.clean(cn.huyang.common.Text.halfWidth(searched));
        String id = source.counselor().idNumber();
        return typed == null || name().contains(typed)
                || id != null && id.contains(typed.toUpperCase(java.util.Locale.ROOT));
    }

    /** The stored version the typing goes over. */
    public int version() {
        return version;
    }

    /** Saves of this row go over {@code stored} from now on (the user chose to overwrite someone else's save). */
    void rebase(int stored) {
        version = stored;
    }

    /** What is typed, as an entry at the version it goes over; a refused cell counts as not entered. */
    public Entry toEntry(int year) {
        Map<Party, BigDecimal> s = new EnumMap<>(Party.class);
        for (Party p : Party.values()) {
            Scores.parse(scores.get(p).get()).ifPresent(v -> s.put(p, v));
        }
        BigDecimal b = Scores.parse(bonus.get()).orElse(null);
        String v = veto.get() == null || veto.get().isBlank() ? null : veto.get();
        String text = summary.get() == null || summary.get().isBlank() ? null : summary.get();
        Entry e = source.entry();
        return new Entry(year, counselorId(), s, b, v, text, e.overrideGrade(), e.overrideReason(), e.review(),
                version);
    }
}
