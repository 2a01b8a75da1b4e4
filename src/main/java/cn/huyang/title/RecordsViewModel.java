package cn.huyang.title;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.CounselorStatus;
import cn.huyang.roster.TitleRank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 * A counselor's records for title evaluation: found by name or ID number, then the title and rank
 * history, research outputs, teaching per semester and service as counselor or class teacher, each
 * added through its own form and deleted here. Every read and write runs in the background; only
 * the latest answer is shown. Imports no control.
 */
public class RecordsViewModel {
    private final TitleRecordsService service;
    private final BackgroundRunner runner;
    private final Messages messages;

    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<CounselorChoice> matches = FXCollections.observableArrayList();
    private final ObjectProperty<CounselorChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper foundText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObservableList<PromotionRow> promotions = FXCollections.observableArrayList();
    private final ObservableList<ResearchOutput> outputs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outputSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<TeachingRow> teaching = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper teachingNote = new ReadOnlyStringWrapper("");
    private final ObservableList<ServiceRecord> services = FXCollections.observableArrayList();
    private final BooleanProperty rosterLoaded = new SimpleBooleanProperty(false);
    private final BooleanProperty recordsLoaded = new SimpleBooleanProperty(false);
    private List<CounselorChoice> roster = List.of();
    private Counselor shown;
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onChanged = () -> { };
    private long generation;

    public RecordsViewModel(TitleRecordsService service, BackgroundRunner runner, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.messages = messages;
        search.addListener((o, a, b) -> filter());
        selected.addListener((o, a, b) -> {
            if (!Objects.equals(a == null ? null : a.id(), b == null ? null : b.id())) {
                clearRecords();
                reload();
            }
        });
    }

    /** Where failures of background work go (the dialog service). */
    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    /** Runs after a record is added or deleted: a title or rank step changes the roster too. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    // ---- finding the counselor ----------------------------------------------------------------

    /** Reads the roster for the search, then the chosen counselor's records again. */
    public void loadRoster() {
        runner.run(messages.get("title.records.loading"), p -> {
            Map<Long, String> departments = service.roster().departmentNames();
            return service.roster().counselors().stream()
                    .map(c -> new CounselorChoice(c.id(), c.name(), departments.get(c.departmentId()), c.idNumber(),
                            c.status() == CounselorStatus.DEREGISTERED))
                    .toList();
        }, list -> {
            roster = list;
            rosterLoaded.set(true);
            filter();
            reload();
        }, onFailure);
    }

    private void filter() {
        String q = Text.clean(Text.halfWidth(search.get()));
        String upper = q == null ? null : q.toUpperCase(Locale.ROOT);
        List<CounselorChoice> found = roster.stream()
                .filter(c -> q == null || c.name().contains(q)
                        || (c.idNumber() != null && c.idNumber().toUpperCase(Locale.ROOT).contains(upper)))
                .toList();
        matches.setAll(found);
        foundText.set(messages.get("title.records.found", found.size()));
    }

    /** The first match (Enter in the search field). */
    public void selectFirst() {
        if (!matches.isEmpty()) {
            selected.set(matches.get(0));
        }
    }

    // ---- the records --------------------------------------------------------------------------

    /** Reads the chosen counselor's records again (after a change, or the data changed elsewhere). */
    public void reload() {
        CounselorChoice c = selected.get();
        long mine = ++generation;
        if (c == null) {
            return;
        }
        runner.run(messages.get("title.records.loadingRecords", c.name()), p -> {
                    List<TeachingAssignment> taught = service.teaching(c.id());
                    return new Records(service.roster().counselor(c.id()).orElse(null), service.promotions(c.id()),
                            service.outputs(c.id()), taught, service.courseLimits(taught), service.services(c.id()));
                },
                r -> {
                    if (mine == generation) {
                        show(c, r);
                    }
                }, onFailure);
    }

    private record Records(Counselor counselor, List<Promotion> promotions, List<ResearchOutput> outputs,
                           List<TeachingAssignment> teaching, Map<Semester, Integer> limits,
                           List<ServiceRecord> services) {
    }

    private void clearRecords() {
        shown = null;
        recordsLoaded.set(false);
        heading.set("");
        promotions.clear();
        outputs.clear();
        outputSummary.set("");
        teaching.clear();
        teachingNote.set("");
        services.clear();
    }

    private void show(CounselorChoice choice, Records r) {
        Counselor c = r.counselor();
        shown = c;
        heading.set(c == null ? choice.name() : messages.get("title.records.heading", c.name(),
                Objects.toString(choice.department(), ""), service.current(c, Track.TITLE),
                service.current(c, Track.RANK)));
        promotions.setAll(r.promotions().stream().map(this::promotionRow).toList());
        outputs.setAll(r.outputs());
        long lead = r.outputs().stream().filter(o -> o.role() == OutputRole.LEAD).count();
        long leadOnline = r.outputs().stream()
                .filter(o -> o.role() == OutputRole.LEAD && o.kind() == OutputKind.ONLINE_CULTURE).count();
        outputSummary.set(messages.get("title.records.outputs.summary", r.outputs().size(), lead, leadOnline));
        showTeaching(r.teaching(), r.limits());
        services.setAll(r.services());
        recordsLoaded.set(true);
    }

    private PromotionRow promotionRow(Promotion p) {
        String grade = p.track() == Track.TITLE ? titleLabel(p.grade()) : p.grade();
        String source = p.id() == null ? "title.records.source.roster"
                : p.applicationId() != null ? "title.records.source.review" : "title.records.source.manual";
        return new PromotionRow(p, p.track().label(messages), grade, messages.get(source), p.id() != null);
    }

    private String titleLabel(String grade) {
        try {
            return TitleRank.valueOf(grade).label(messages);
        } catch (IllegalArgumentException | NullPointerException e) {
            return grade;
        }
    }

    /**
     * The courses newest semester first; a semester with more ideological-political courses than
     * allowed (1 in the seed; counted by course, as the TEACHING_LOAD finding counts) is marked and
     * named in the note.
     */
    private void showTeaching(List<TeachingAssignment> list, Map<Semester, Integer> limits) {
        Map<Semester, List<String>> ideological = TeachingLoad.ideologicalCourses(list);
        List<String> notes = new ArrayList<>();
        ideological.forEach((s, courses) -> {
            int max = limits.getOrDefault(s, Integer.MAX_VALUE);
            if (TeachingLoad.overloaded(courses, max)) {
                notes.add(messages.get("title.records.teaching.overload", label(s), courses.size(),
                        courses.stream().map(x -> messages.get("title.records.course", x))
                                .collect(Collectors.joining(messages.get("title.sep"))), String.valueOf(max)));
            }
        });
        teaching.setAll(list.stream().map(t -> {
            int max = limits.getOrDefault(Semester.of(t), Integer.MAX_VALUE);
            return new TeachingRow(t, label(Semester.of(t)), t.ideologicalPolitical(),
                    TeachingLoad.overloaded(ideological.getOrDefault(Semester.of(t), List.of()), max), max);
        }).toList());
        teachingNote.set(String.join("\n", notes));
    }

    private String label(Semester s) {
        return service.semesterLabel(s.schoolYear(), s.term());
    }

    // ---- adding and deleting ------------------------------------------------------------------

    /** The form for a title or rank step; the title offered first is the one above the current. */
    public PromotionFormViewModel newPromotionForm() {
        PromotionFormViewModel form = new PromotionFormViewModel(service, runner, messages, chosenId());
        if (shown != null && shown.id() == chosenId()) {
            TitleRank current = shown.title();
            TitleRank[] all = TitleRank.values();
            form.title.set(current == null ? all[0] : all[Math.min(current.ordinal() + 1, all.length - 1)]);
            form.dirtyProperty().set(false);
        }
        return form;
    }

    public OutputFormViewModel newOutputForm() {
        return new OutputFormViewModel(service, runner, messages, chosenId());
    }

    public TeachingFormViewModel newTeachingForm() {
        return new TeachingFormViewModel(service, runner, messages, chosenId());
    }

    public ServiceFormViewModel newServiceForm() {
        return new ServiceFormViewModel(service, runner, messages, chosenId());
    }

    private long chosenId() {
        CounselorChoice c = selected.get();
        if (c == null) {
            throw new IllegalStateException("no counselor chosen");
        }
        return c.id();
    }

    /** A form saved a record: read the records again and tell the others. */
    public void added() {
        reload();
        onChanged.run();
    }

    public void deletePromotion(PromotionRow row) {
        if (row.promotion().id() != null) {
            delete(() -> service.deletePromotion(row.promotion().id()));
        }
    }

    public void deleteOutput(ResearchOutput o) {
        delete(() -> service.deleteOutput(o.id()));
    }

    public void deleteTeaching(TeachingRow row) {
        delete(() -> service.deleteTeaching(row.assignment().id()));
    }

    public void deleteService(ServiceRecord s) {
        delete(() -> service.deleteService(s.id()));
    }

    private void delete(Runnable work) {
        runner.run(messages.get("title.records.deleting"), p -> {
            work.run();
            return Boolean.TRUE;
        }, done -> added(), onFailure);
    }

    /** How a record is named when its deletion is asked about. */
    public String describe(PromotionRow r) {
        return messages.get("title.records.describe.promotion", r.grade(), r.promotion().obtained());
    }

    public String describe(ResearchOutput o) {
        return messages.get("title.records.describe.output", o.kind().label(messages), o.caption(), o.year());
    }

    public String describe(TeachingRow r) {
        return messages.get("title.records.describe.teaching", r.semester(),
                messages.get("title.records.course", r.assignment().course()));
    }

    public String describe(ServiceRecord s) {
        return messages.get("title.records.describe.service", s.role().label(messages), period(s));
    }

    /** 起止日期 in words: "2019-09-01 至 2021-07-01", or "至今" while it goes on. */
    public String period(ServiceRecord s) {
        return s.end() == null ? messages.get("title.records.periodOngoing", s.start())
                : messages.get("title.records.period", s.start(), s.end());
    }

    // ---- properties ---------------------------------------------------------------------------

    public Messages messages() {
        return messages;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<CounselorChoice> matches() {
        return matches;
    }

    public ObjectProperty<CounselorChoice> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty foundTextProperty() {
        return foundText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ObservableList<PromotionRow> promotions() {
        return promotions;
    }

    public ObservableList<ResearchOutput> outputs() {
        return outputs;
    }

    public ReadOnlyStringProperty outputSummaryProperty() {
        return outputSummary.getReadOnlyProperty();
    }

    public ObservableList<TeachingRow> teaching() {
        return teaching;
    }

    public ReadOnlyStringProperty teachingNoteProperty() {
        return teachingNote.getReadOnlyProperty();
    }

    public ObservableList<ServiceRecord> services() {
        return services;
    }

    public BooleanProperty rosterLoadedProperty() {
        return rosterLoaded;
    }

    public BooleanProperty recordsLoadedProperty() {
        return recordsLoaded;
    }
}
