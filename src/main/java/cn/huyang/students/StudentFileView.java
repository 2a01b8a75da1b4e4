package cn.huyang.students;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.Department;
import cn.huyang.roster.Gender;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A student's file: the student's details (a form: new or change), the six parts (each saved on its own),
 * the attention records with opening and releasing one, and the timeline of contacts. Editing only for
 * users with the right to edit students.
 */
final class StudentFileView {
    private final StudentsViewModel vm;
    private final Messages m;
    private final ScrollPane root = new ScrollPane();
    private final TextField no = field("studentNo");
    private final TextField name = field("studentName");
    private final ComboBox<Gender> gender = new ComboBox<>(FXCollections.observableArrayList(Gender.values()));
    private final TextField ethnicity = field("studentEthnicity");
    private final TextField klass = field("studentClass");
    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField dormitory = field("studentDormitory");
    private final TextField phone = field("studentPhone");
    private final TextField parent = field("studentParent");
    private final ComboBox<Counselor> counselor = new ComboBox<>();
    private final Map<FilePart, TextArea> parts = new EnumMap<>(FilePart.class);
    private final VBox attentionBox = new VBox(6);
    private final ListView<String> timeline = new ListView<>();

    StudentFileView(StudentsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        gender.setId("studentGender");
        gender.setConverter(Converters.of(g -> m.get(g.messageKey()), ""));
        department.setId("studentDepartment");
        department.setItems(vm.departments());
        department.setConverter(Converters.of(Department::name, ""));
        counselor.setId("studentCounselor");
        counselor.setItems(vm.counselors());
        counselor.setConverter(Converters.of(Counselor::name, ""));
        timeline.setId("studentTimeline");
        timeline.setPrefHeight(120);
        timeline.setPlaceholder(new Label(m.get("students.noContacts")));
        VBox content = new VBox(8, details(), sections(), new TitledPane(m.get("students.attention"), attentionBox),
                new TitledPane(m.get("students.timeline"), timeline));
        content.setPadding(new Insets(6));
        root.setContent(content);
        root.setFitToWidth(true);
        vm.fileProperty().addListener((o, a, f) -> show(f));
        show(null);
    }

    Node node() {
        return root;
    }

    private Node details() {
        FlowPane form = new FlowPane(10, 6);
        form.getChildren().addAll(pair("students.field.studentNo", no), pair("students.field.name", name),
                pair("field.gender", gender), pair("field.ethnicity", ethnicity),
                pair("students.field.className", klass), pair("field.department", department),
                pair("students.field.dormitory", dormitory), pair("students.field.phone", phone),
                pair("students.field.parentContact", parent), pair("students.field.counselor", counselor));
        Button save = Toolbars.whole(new Button(m.get("students.save")));
        save.setId("studentSave");
        save.setDisable(!vm.mayEdit());
        save.setOnAction(e -> vm.saveStudent(no.getText(), name.getText(), gender.getValue(), ethnicity.getText(),
                klass.getText(), department.getValue(), dormitory.getText(), phone.getText(), parent.getText(),
                counselor.getValue()));
        Button talk = Toolbars.whole(new Button(m.get("students.newTalk")));
        talk.setId("studentNewTalk");
        talk.disableProperty().bind(vm.fileProperty().isNull());
        talk.setOnAction(e -> vm.newTalk());
        Label error = new Label();
        error.setId("studentError");
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());
        return new TitledPane(m.get("students.details"), new VBox(6, form, new FlowPane(8, 4, save, talk), error));
    }

    private Node pair(String key, javafx.scene.control.Control control) {
        Label label = Toolbars.whole(new Label(m.get(key)));
        label.setLabelFor(control);
        control.setPrefWidth(150);
        return new VBox(2, label, control);
    }

    private Node sections() {
        VBox box = new VBox(6);
        for (FilePart p : FilePart.values()) {
            TextArea text = new TextArea();
            text.setId("part_" + p.name());
            text.setPrefRowCount(3);
            text.setWrapText(true);
            Button save = Toolbars.whole(new Button(m.get("students.savePart")));
            save.setId("partSave_" + p.name());
            save.setDisable(!vm.mayEdit());
            save.setOnAction(e -> vm.saveSection(p, text.getText()));
            parts.put(p, text);
            box.getChildren().add(new VBox(2, new Label(m.get(p.messageKey())), text, save));
        }
        return new TitledPane(m.get("students.parts"), box);
    }

    private void show(StudentFile f) {
        Student s = f == null ? null : f.student();
        no.setText(s == null ? "" : s.studentNo());
        name.setText(s == null ? "" : s.name());
        gender.setValue(s == null ? null : s.gender());
        ethnicity.setText(s == null ? "" : nz(s.ethnicity()));
        klass.setText(s == null ? "" : s.className());
        department.setValue(s == null ? null : vm.departments().stream()
                .filter(d -> d.id().equals(s.departmentId())).findFirst().orElse(null));
        dormitory.setText(s == null ? "" : nz(s.dormitory()));
        phone.setText(s == null ? "" : nz(s.phone()));
        parent.setText(s == null ? "" : nz(s.parentContact()));
        counselor.setValue(s == null || s.counselorId() == null ? null : vm.counselors().stream()
                .filter(c -> c.id().equals(s.counselorId())).findFirst().orElse(null));
        for (FilePart p : FilePart.values()) {
            parts.get(p).setText(f == null ? "" : nz(f.section(p).body()));
            parts.get(p).setDisable(f == null);
        }
        timeline.getItems().setAll(f == null ? java.util.List.of() : f.contacts().stream()
                .map(c -> c.date() + "  " + c.kind() + "  " + nz(c.summary())).toList());
        attentionBox.getChildren().setAll(attention(f));
    }

    private java.util.List<Node> attention(StudentFile f) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        if (f == null) {
            out.add(new Label(m.get("students.chooseStudent")));
            return out;
        }
        for (Attention a : f.attentions()) {
            String text = m.get("students.attentionLine", m.get(a.category().messageKey()),
                    m.get("students.level." + a.level()), a.startedOn().toString(), m.get(a.status().messageKey()),
                    nz(a.reason()), nz(a.measures()), a.releasedOn() == null ? "" : a.releasedOn().toString(),
                    nz(a.releaseReason()));
            Label l = new Label(text);
            l.setWrapText(true);
            out.add(l);
            if (a.active() && vm.mayEdit()) {
                DatePicker on = new DatePicker(vm.today());
                on.setId("releaseDate");
                Forms.lenientDate(on, "", (typed, ok) -> { });
                TextField why = field("releaseReason");
                why.setPromptText(m.get("students.field.releaseReason"));
                Button release = Toolbars.whole(new Button(m.get("students.release")));
                release.setId("attentionRelease");
                release.setOnAction(e -> vm.release(a, on.getValue(), why.getText()));
                out.add(new FlowPane(6, 4, on, why, release));
            }
        }
        if (vm.mayEdit() && f.attentions().stream().noneMatch(Attention::active)) {
            ComboBox<AttentionCategory> category = new ComboBox<>(
                    FXCollections.observableArrayList(AttentionCategory.values()));
            category.setId("attentionCategory");
            category.setConverter(Converters.of(c -> m.get(c.messageKey()), ""));
            ComboBox<Integer> level = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3));
            level.setId("attentionLevel");
            level.setConverter(Converters.of(x -> m.get("students.level." + x), ""));
            TextField reason = field("attentionReason");
            reason.setPromptText(m.get("students.field.reason"));
            TextField measures = field("attentionMeasures");
            measures.setPromptText(m.get("students.field.measures"));
            DatePicker start = new DatePicker(vm.today());
            start.setId("attentionStart");
            Forms.lenientDate(start, "", (typed, ok) -> { });
            Button open = Toolbars.whole(new Button(m.get("students.openAttention")));
            open.setId("attentionOpen");
            open.setOnAction(e -> vm.openAttention(category.getValue(), level.getValue(), reason.getText(),
                    measures.getText(), start.getValue()));
            out.add(new FlowPane(6, 4, category, level, reason, measures, start, open));
        }
        return out;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
