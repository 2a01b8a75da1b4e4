package cn.huyang.recruitment;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.StaleRecordException;
import cn.huyang.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 选聘 tab's state: the rounds, the chosen round's posts and candidates with their conditions and
 * placing, and what is typed for the selected candidate (scores, objection, trial period) and for the
 * round's 公示. Every query and write runs in the background; a refusal comes back as text naming the
 * field, and what was typed stays. Imports no control.
 */
public class RecruitmentViewModel {
    private final RecruitmentService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final ObservableList<Round> rounds = FXCollections.observableArrayList();
    private final ObjectProperty<Round> round = new SimpleObjectProperty<>();
    private final ObjectProperty<RoundSheet> sheet = new SimpleObjectProperty<>();
    private final ObservableList<RoundSheet.CandidateRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<RoundSheet.CandidateRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ConditionCheck> checks = FXCollections.observableArrayList();
    private final StringProperty written = new SimpleStringProperty("");
    private final StringProperty interview = new SimpleStringProperty("");
    private final StringProperty noticeStart = new SimpleStringProperty("");
    private final StringProperty noticeEnd = new SimpleStringProperty("");
    private final StringProperty objection = new SimpleStringProperty("");
    private final BooleanProperty objectionUpheld = new SimpleBooleanProperty(false);
    private final StringProperty trialStart = new SimpleStringProperty("");
    private final StringProperty trialEnd = new SimpleStringProperty("");
    private final ObjectProperty<TrialResult> trialResult = new SimpleObjectProperty<>();
    private final StringProperty trialNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<String> onNotice = s -> { };
    private Runnable onChanged = () -> { };
    private long generation;

    public RecruitmentViewModel(RecruitmentService service, BackgroundRunner runner, Messages m) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        // Another round chosen: its sheet. The same round again (a reload; the choice box may pass through
        // empty while its list is replaced) keeps the selected candidate.
        round.addListener((o, a, b) -> {
            RoundSheet shown = sheet.get();
            if (b != null && (shown == null || !shown.round().id().equals(b.id()))) {
                selected.set(null);
                loadSheet();
            }
        });
        selected.addListener((o, a, b) -> showSelected(b));
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /** Called after a write other tabs show (a hire adds a counselor to the roster). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public RecruitmentService service() {
        return service;
    }

    // ---- loading --------------------------------------------------------------------------------------

    /** Reads the rounds, then the chosen one (the newest at first). */
    public void load() {
        long mine = ++generation;
        Long keep = round.get() == null ? null : round.get().id();
        runner.run(m.get("recruitment.loading"), p -> service.rounds(null), list -> {
            if (mine != generation) {
                return;
            }
            rounds.setAll(list);
            Round again = list.stream().filter(r -> r.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            round.set(again);
            if (again == null) {
                sheet.set(null);
                rows.clear();
                header.set(m.get("recruitment.noRounds"));
            } else {
                loadSheet();
            }
        }, onFailure);
    }

    private void loadSheet() {
        Round r = round.get();
        if (r == null) {
            return;
        }
        long mine = ++generation;
        runner.run(m.get("recruitment.loading"), p -> service.sheet(r.id()), s -> {
            if (mine == generation) {
                show(s);
            }
        }, onFailure);
    }

    private void show(RoundSheet s) {
        Long keep = selected.get() == null ? null : selected.get().candidate().id();
        sheet.set(s);
        Round r = s.round();
        noticeStart.set(r.noticeStart() == null ? "" : r.noticeStart().toString());
        noticeEnd.set(r.noticeEnd() == null ? "" : r.noticeEnd().toString());
        StringBuilder posts = new StringBuilder();
        for (RoundSheet.PostLine p : s.posts()) {
            posts.append(posts.length() == 0 ? "" : m.get("title.sep")).append(m.get("recruitment.postLine",
                    p.department(), p.post().postType().label(m), p.post().places(), p.candidates(), p.hired()));
        }
        header.set(m.get("recruitment.header", r.year(), r.title(), r.way().label(m), plain(r.writtenWeight()),
                plain(r.interviewWeight()), r.finished() ? m.get("recruitment.cli.finished", r.finishedOn())
                        : m.get("recruitment.cli.inProgress"))
                + "\n" + (posts.length() == 0 ? m.get("recruitment.noPosts") : posts));
        rows.setAll(s.rows());
        RoundSheet.CandidateRow again = keep == null ? null : s.rows().stream()
                .filter(x -> x.candidate().id().equals(keep)).findFirst().orElse(null);
        selected.set(null);
        selected.set(again);
    }

    private void showSelected(RoundSheet.CandidateRow row) {
        message.set("");
        if (row == null) {
            checks.clear();
            detail.set(m.get("recruitment.noneSelected"));
            written.set("");
            interview.set("");
            objection.set("");
            objectionUpheld.set(false);
            trialStart.set("");
            trialEnd.set("");
            trialResult.set(null);
            trialNote.set("");
            return;
        }
        Candidate c = row.candidate();
        checks.setAll(row.checks());
        String state = c.outcome() == null ? c.stage().label(m) : c.outcome().label(m);
        String placing = row.placing() == null ? "" : m.get("recruitment.placing", row.placing().total()
                .toPlainString(), row.placing().rank(), row.placing().standing().label(m));
        detail.set(m.get("recruitment.detail", c.name(), row.department(), row.post().postType().label(m),
                c.source().label(m), c.channel().label(m), state) + placing
                + (c.stopReason() == null ? "" : "\n" + m.get("recruitment.cli.stopped", c.stoppedOn(),
                c.stopReason())));
        written.set(plain(c.writtenScore()));
        interview.set(plain(c.interviewScore()));
        objection.set(c.objection() == null ? "" : c.objection());
        objectionUpheld.set(c.objectionUpheld());
        trialStart.set(c.trialStart() == null ? "" : c.trialStart().toString());
        trialEnd.set(c.trialEnd() == null ? "" : c.trialEnd().toString());
        trialResult.set(c.trialResult());
        trialNote.set(c.trialNote() == null ? "" : c.trialNote());
    }

    static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    // ---- writes ---------------------------------------------------------------------------------------

    /** Saves the typed scores of the selected candidate; a number outside 0–100 is refused naming the field. */
    public void saveScores() {
        Candidate c = current();
        if (c == null) {
            return;
        }
        try {
            BigDecimal w = Typed.decimal(m, written.get(), "recruitment.field.written");
            BigDecimal i = Typed.decimal(m, interview.get(), "recruitment.field.interview");
            write(() -> service.scores(c.id(), c.version(), w, i), m.get("recruitment.saved.scores", c.name()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Moves the selected candidate on to the next stage (into 聘用: registered on the roster today). */
    public void advance() {
        Candidate c = current();
        if (c == null) {
            return;
        }
        String next = c.stage().next().map(s -> s.label(m)).orElse("");
        write(() -> service.advance(c.id(), c.version(), null), m.get("recruitment.saved.advanced", c.name(), next));
    }

    /** Withdraws the selected candidate, or records them not selected, with the reason. */
    public void stop(Outcome outcome, String reason) {
        Candidate c = current();
        if (c != null) {
            write(() -> service.stop(c.id(), c.version(), outcome, null, reason),
                    m.get("recruitment.saved.stopped", c.name(), outcome.label(m)));
        }
    }

    public void saveObjection() {
        Candidate c = current();
        if (c != null) {
            String text = objection.get();
            boolean upheld = objectionUpheld.get();
            write(() -> service.objection(c.id(), c.version(), text, upheld),
                    m.get("recruitment.saved.objection", c.name()));
        }
    }

    public void saveTrial() {
        Candidate c = current();
        if (c == null) {
            return;
        }
        try {
            LocalDate start = Typed.date(m, trialStart.get(), "recruitment.field.trialStart");
            LocalDate end = Typed.date(m, trialEnd.get(), "recruitment.field.trialEnd");
            TrialResult result = trialResult.get();
            String note = trialNote.get();
            write(() -> service.trial(c.id(), c.version(), start, end, result, note),
                    m.get("recruitment.saved.trial", c.name()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Sets the round's 公示 dates; an empty end takes the default length (5 working days unless changed). */
    public void saveNotice() {
        Round r = round.get();
        if (r == null) {
            return;
        }
        try {
            LocalDate start = Typed.date(m, noticeStart.get(), "recruitment.field.noticeStart");
            LocalDate end = Typed.date(m, noticeEnd.get(), "recruitment.field.noticeEnd");
            write(() -> service.notice(r.id(), r.version(), start, end), m.get("recruitment.saved.notice"));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /** Saves a new or changed round; {@code done} gets null on success, else the refusal. */
    public void saveRound(Round draft, Consumer<String> done) {
        background(() -> round.set(service.saveRound(draft)), m.get("recruitment.saved.round", draft.title()), done);
    }

    public void savePost(Post draft, Consumer<String> done) {
        background(() -> service.savePost(draft), m.get("recruitment.saved.post"), done);
    }

    public void apply(Candidate draft, Consumer<String> done) {
        background(() -> service.apply(draft), m.get("recruitment.saved.applied", draft.name()), done);
    }

    public void finish() {
        Round r = round.get();
        if (r != null) {
            write(() -> service.finish(r.id(), r.version(), null), m.get("recruitment.saved.finished", r.title()));
        }
    }

    private Candidate current() {
        return selected.get() == null ? null : selected.get().candidate();
    }

    private void write(Runnable work, String saved) {
        message.set("");
        background(work, saved, refusal -> {
            if (refusal != null) {
                message.set(refusal);
            }
        });
    }

    private void background(Runnable work, String saved, Consumer<String> done) {
        runner.run(m.get("recruitment.saving"), p -> {
            try {
                work.run();
                return null;
            } catch (ValidationException e) {
                return e.render(m);
            } catch (StaleRecordException e) {
                return e.render(m);
            }
        }, refusal -> {
            done.accept(refusal);
            if (refusal == null) {
                onNotice.accept(saved);
                load();
                onChanged.run();
            }
        }, onFailure);
    }

    // ---- properties -----------------------------------------------------------------------------------

    public ObservableList<Round> rounds() {
        return rounds;
    }

    public ObjectProperty<Round> roundProperty() {
        return round;
    }

    public ObjectProperty<RoundSheet> sheetProperty() {
        return sheet;
    }

    public ObservableList<RoundSheet.CandidateRow> rows() {
        return rows;
    }

    public ObjectProperty<RoundSheet.CandidateRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ConditionCheck> checks() {
        return checks;
    }

    public StringProperty writtenProperty() {
        return written;
    }

    public StringProperty interviewProperty() {
        return interview;
    }

    public StringProperty noticeStartProperty() {
        return noticeStart;
    }

    public StringProperty noticeEndProperty() {
        return noticeEnd;
    }

    public StringProperty objectionProperty() {
        return objection;
    }

    public BooleanProperty objectionUpheldProperty() {
        return objectionUpheld;
    }

    public StringProperty trialStartProperty() {
        return trialStart;
    }

    public StringProperty trialEndProperty() {
        return trialEnd;
    }

    public ObjectProperty<TrialResult> trialResultProperty() {
        return trialResult;
    }

    public StringProperty trialNoteProperty() {
        return trialNote;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
