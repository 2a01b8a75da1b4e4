package cn.huyang.students;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 学生档案 on screen: on top the students under attention by what is due (overdue in red), below the student
 * list with its filter beside the chosen student's file ({@link StudentFileView}).
 */
public final class StudentsView {
    private final SplitPane root = new SplitPane();
    private final StudentsViewModel vm;
    private final Messages m;

    public StudentsView(StudentsViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        root.setId("studentsRoot");
        root.setOrientation(Orientation.VERTICAL);
        SplitPane lower = new SplitPane(studentList(), new StudentFileView(vm, m).node());
        lower.setDividerPositions(0.4);
        root.getItems().addAll(attentionList(), lower);
        root.setDividerPositions(0.3);
    }

    public Node node() {
        return root;
    }

    private Node attentionList() {
        TableView<AttentionDue> table = new TableView<>(vm.due());
        table.setId("attentionTable");
        table.getColumns().add(col(m.get("students.field.studentNo"), d -> d.student().studentNo(), 95));
        table.getColumns().add(col(m.get("students.field.name"), d -> d.student().name(), 80));
        table.getColumns().add(col(m.get("students.field.className"), d -> d.student().className(), 100));
        table.getColumns().add(col(m.get("students.field.category"), d -> m.get(d.attention().category().messageKey()), 90));
        table.getColumns().add(col(m.get("students.field.level"), d -> m.get("students.level." + d.attention().level()), 130));
        table.getColumns().add(col(m.get("students.field.counselor"), d -> d.counselor() == null ? "" : d.counselor(), 80));
        table.getColumns().add(col(m.get("students.col.lastContact"),
                d -> d.lastContact() == null ? m.get("students.col.noContact") : d.lastContact().toString(), 100));
        table.getColumns().add(col(m.get("students.col.due"), vm::dueText, 210));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AttentionDue item, boolean empty) {
                super.updateItem(item, empty);
                CellState.set(this, "overdue", !empty && item != null && item.overdue());
            }
        });
        table.setPlaceholder(new Label(m.get("students.noAttention")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.open(b.student().id());
            }
        });
        Tables.fillWidth(table);
        Tables.headersWhole(table);
        Label title = new Label(m.get("students.attentionTitle"));
        title.setWrapText(true);
        title.getStyleClass().add("section-title");
        VBox box = new VBox(4, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node studentList() {
        TextField klass = new TextField();
        klass.setId("studentClassFilter");
        klass.setPromptText(m.get("students.field.className"));
        klass.textProperty().bindBidirectional(vm.classFilterProperty());
        TextField name = new TextField();
        name.setId("studentNameFilter");
        name.setPromptText(m.get("students.filter.name"));
        name.textProperty().bindBidirectional(vm.nameFilterProperty());
        Button find = new Button(m.get("students.find"));
        find.setId("studentFind");
        find.setDefaultButton(false);
        find.setOnAction(e -> vm.load());
        klass.setOnAction(e -> vm.load());
        name.setOnAction(e -> vm.load());
        Button add = new Button(m.get("students.new"));
        add.setId("studentNew");
        add.setDisable(!vm.mayEdit());
        add.setOnAction(e -> vm.startNew());
        TableView<Student> table = new TableView<>(vm.students());
        table.setId("studentTable");
        table.getColumns().add(studentCol(m.get("students.field.studentNo"), Student::studentNo, 110));
        table.getColumns().add(studentCol(m.get("students.field.name"), Student::name, 80));
        table.getColumns().add(studentCol(m.get("students.field.className"), Student::className, 120));
        table.getColumns().add(studentCol(m.get("field.department"), s -> vm.departmentName(s.departmentId()), 100));
        table.setPlaceholder(new Label(m.get("students.none")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.open(b.id());
            }
        });
        Tables.fillWidth(table);
        Tables.headersWhole(table);
        VBox box = new VBox(6, Toolbars.row(klass, name, find, add), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private static TableColumn<AttentionDue, String> col(String title, Function<AttentionDue, String> f, double w) {
        TableColumn<AttentionDue, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private static TableColumn<Student, String> studentCol(String title, Function<Student, String> f, double w) {
        TableColumn<Student, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }
}
