package cn.huyang.guarantee;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Dormitory buildings (office, activity room) and grade meetings per grade and term: the lists and
 * entering them. A building the roster names but nobody registered is listed to register. Imports no control.
 */
public class FacilityViewModel {
    private final FacilityService service;
    private final BackgroundRunner runner;
    private final Messages m;
    private final Writes writes;
    private final ObjectProperty<Integer> year;
    private final ObservableList<DormBuilding> buildings = FXCollections.observableArrayList();
    private final ObservableList<String> unregistered = FXCollections.observableArrayList();
    private final ObservableList<GradeMeeting> meetings = FXCollections.observableArrayList();
    private Consumer<Throwable> onFailure = e -> { };
    private long generation;

    /** @param year the school year shown (2025: 2025–2026) */
    public FacilityViewModel(FacilityService service, ObjectProperty<Integer> year, BackgroundRunner runner,
                             Messages m, Writes writes) {
        this.service = service;
        this.runner = runner;
        this.m = m;
        this.writes = writes;
        this.year = year;
    }

    public void setOnFailure(Consumer<Throwable> onFailure) {
        this.onFailure = onFailure;
    }

    private record Loaded(List<DormBuilding> buildings, List<String> unregistered, List<GradeMeeting> meetings) {
    }

    public void load() {
        Integer y = year.get();
        long mine = ++generation;
        runner.run(m.get("guarantee.loadingFacilities"), p -> new Loaded(service.buildings(),
                service.unregisteredBuildings(), y == null ? List.of() : service.gradeMeetings(y)), l -> {
                    if (mine == generation) {
                        buildings.setAll(l.buildings());
                        unregistered.setAll(l.unregistered());
                        meetings.setAll(l.meetings());
                    }
                }, onFailure);
    }

    /**
     * Saves a building: {@code existing} the one chosen (null: a new one); the students typed as text
     * (a refusal names the field).
     */
    public void saveBuilding(DormBuilding existing, String name, String students, boolean office, boolean room,
                             String note) {
        Integer n = whole(students);
        if (n == null) {
            writes.refuse(FieldError.of("guarantee.field.students", "guarantee.validation.notWhole"));
            return;
        }
        DormBuilding b = new DormBuilding(existing == null ? null : existing.id(), name, n, office, room, note,
                existing == null ? 0 : existing.version());
        writes.write(m.get("guarantee.saved.building", name == null ? "" : name.strip()),
                () -> service.saveBuilding(b), this::load);
    }

    public void saveMeeting(String grade, Integer term, boolean scheduled) {
        if (term == null) {
            writes.refuse(FieldError.of("guarantee.field.term", "validation.required"));
            return;
        }
        int y = year.get();
        String g = grade == null ? null : grade.strip();
        int version = meetings.stream().filter(x -> x.grade().equals(g) && x.term() == term)
                .mapToInt(GradeMeeting::version).findFirst().orElse(0);
        writes.write(m.get("guarantee.saved.meeting", g == null ? "" : g),
                () -> service.saveGradeMeeting(new GradeMeeting(g, y, term, scheduled, version)), this::load);
    }

    private static Integer whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ObservableList<DormBuilding> buildings() {
        return buildings;
    }

    public ObservableList<String> unregistered() {
        return unregistered;
    }

    public ObservableList<GradeMeeting> meetings() {
        return meetings;
    }

    public boolean mayEdit() {
        return service.mayEdit();
    }

    public Writes writes() {
        return writes;
    }
}
