package cn.huyang.guarantee;

import static cn.huyang.guarantee.GuaranteeControls.column;
import static cn.huyang.guarantee.GuaranteeControls.field;
import static cn.huyang.guarantee.GuaranteeControls.label;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 宿舍楼与年级大会: each dormitory building with its students, counselor office and activity room (a
 * building housing students without them is marked), the buildings the roster names not registered yet,
 * and whether each grade's meeting is in the timetable per term of a school year.
 */
public final class FacilityView {
    private final FacilityViewModel vm;
    private final Messages m;
    private final VBox root;

    public FacilityView(FacilityViewModel vm, AllowanceViewModel years, Messages m) {
        this.vm = vm;
        this.m = m;
        root = build(years);
        root.setId("facilityView");
    }

    public Node node() {
        return root;
    }

    private String yes(boolean b) {
        return m.get(b ? "guarantee.yes" : "guarantee.no");
    }

    private VBox build(AllowanceViewModel years) {
        TableView<DormBuilding> buildings = new TableView<>(vm.buildings());
        buildings.setId("dormTable");
        buildings.getColumns().add(column(m.get("guarantee.field.building"), DormBuilding::name, 130));
        buildings.getColumns().add(column(m.get("guarantee.field.students"), b -> String.valueOf(b.students()), 90));
        buildings.getColumns().add(column(m.get("guarantee.col.office"), b -> yes(b.counselorOffice()), 110));
        buildings.getColumns().add(column(m.get("guarantee.col.room"), b -> yes(b.activityRoom()), 110));
        buildings.getColumns().add(column(m.get("guarantee.col.finding"), b -> b.lacking()
                ? m.get("guarantee.col.lacking") : "", 90));
        buildings.getColumns().add(column(m.get("guarantee.field.note"), b -> b.note() == null ? "" : b.note(), 120));
        Tables.headersWhole(buildings);
        buildings.setPlaceholder(new Label(m.get("guarantee.dorm.empty")));
        TextField name = field("dormName", m.get("guarantee.field.building"), 9);
        TextField students = field("dormStudents", m.get("guarantee.field.students"), 6);
        CheckBox office = new CheckBox(m.get("guarantee.col.office"));
        office.setId("dormOffice");
        CheckBox room = new CheckBox(m.get("guarantee.col.room"));
        room.setId("dormRoom");
        TextField note = field("dormNote", m.get("guarantee.field.note"), 8);
        buildings.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                name.setText(b.name());
                students.setText(String.valueOf(b.students()));
                office.setSelected(b.counselorOffice());
                room.setSelected(b.activityRoom());
                note.setText(b.note() == null ? "" : b.note());
            }
        });
        Button save = new Button(m.get("guarantee.dorm.save"));
        save.setId("dormSave");
        save.setDisable(!vm.mayEdit());
        save.setOnAction(e -> {
            DormBuilding chosen = buildings.getSelectionModel().getSelectedItem();
            DormBuilding existing = chosen != null && chosen.name().equals(name.getText().strip()) ? chosen : null;
            vm.saveBuilding(existing, name.getText(), students.getText(), office.isSelected(), room.isSelected(),
                    note.getText());
        });
        Label unregistered = GuaranteeControls.sentence("");
        unregistered.setId("dormUnregistered");
        vm.unregistered().addListener((javafx.collections.ListChangeListener<String>) c -> {
            java.util.List<String> names = vm.unregistered();
            unregistered.setText(names.isEmpty() ? "" : m.get("guarantee.dorm.unregistered", names.size(),
                    String.join(m.get("guarantee.sep"), names.subList(0, Math.min(6, names.size())))
                            + (names.size() > 6 ? m.get("guarantee.more") : "")));
        });

        TableView<GradeMeeting> meetings = new TableView<>(vm.meetings());
        meetings.setId("meetingTable");
        meetings.getColumns().add(column(m.get("guarantee.field.grade"), GradeMeeting::grade, 100));
        meetings.getColumns().add(column(m.get("guarantee.field.term"), g -> m.get("guarantee.term." + g.term()), 110));
        meetings.getColumns().add(column(m.get("guarantee.col.scheduled"), g -> yes(g.scheduled()), 140));
        Tables.headersWhole(meetings);
        meetings.setPlaceholder(new Label(m.get("guarantee.meeting.empty")));
        meetings.setPrefHeight(130);
        TextField grade = field("meetingGrade", m.get("guarantee.field.grade"), 6);
        ComboBox<Integer> term = new ComboBox<>(FXCollections.observableArrayList(1, 2));
        term.setId("meetingTerm");
        term.setConverter(Converters.of(t -> m.get("guarantee.term." + t), ""));
        term.getSelectionModel().select(0);
        CheckBox scheduled = new CheckBox(m.get("guarantee.col.scheduled"));
        scheduled.setId("meetingScheduled");
        Button saveMeeting = new Button(m.get("guarantee.meeting.save"));
        saveMeeting.setId("meetingSave");
        saveMeeting.setDisable(!vm.mayEdit());
        saveMeeting.setOnAction(e -> vm.saveMeeting(grade.getText(), term.getValue(), scheduled.isSelected()));

        VBox box = new VBox(6, buildings, Toolbars.row(name, students, office, room, note, save), unregistered,
                Toolbars.row(label(m.get("guarantee.schoolYear")),
                        GuaranteeControls.yearBox("meetingYear", years.years(), years.yearProperty(), m)),
                meetings, Toolbars.row(grade, term, scheduled, saveMeeting),
                GuaranteeControls.errorLine("facilityError", vm.writes().errorProperty()));
        VBox.setVgrow(buildings, Priority.ALWAYS);
        return box;
    }
}
