package cn.huyang.roster;

import cn.huyang.common.Messages;
import cn.huyang.common.Text;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Toolbars;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.converter.DefaultStringConverter;

/**
 * The staffing table [三(二)1] for a chosen year: students (editable), full-time, part-time,
 * effective, required and the shortfall in red; the college row last, in bold.
 */
public class StaffingRatioView {
    private final RosterViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    /** The refusal of an enrolment typed ("在校生数：…"), red, above the table; no room while empty. */
    private final Label refusal = Forms.dialogErrors("ratioErrors");
    private javafx.scene.layout.FlowPane tools;

    public StaffingRatioView(RosterViewModel vm, Messages m, DialogService dialogs) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        refusal.setPadding(new Insets(0, 8, 0, 8));
        root.setTop(new javafx.scene.layout.VBox(header(), refusal));
        root.setCenter(table());
        // a department renamed elsewhere first: both names side by side, and the user chooses
        vm.conflictProperty().addListener((o, was, conflict) -> {
            if (conflict != null) {
                javafx.application.Platform.runLater(() -> vm.choose(cn.huyang.common.ui.ConflictDialog.ask(
                        root.getScene() == null ? null : root.getScene().getWindow(), m, conflict)));
            }
        });
    }

    public Node node() {
        return root;
    }

    /** The year shown. */
    public int year() {
        return vm.yearProperty().get();
    }

    /** Puts a tool at the end of the toolbar (the shell adds 导出 Excel… here). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private Node header() {
        Label title = new Label(m.get("ratio.title"));
        title.getStyleClass().add("section-title");
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("ratioYear");
        int now = vm.today().getYear();
        for (int y = now + 1; y >= now - 9; y--) {
            year.getItems().add(y);
        }
        year.setConverter(cn.huyang.common.ui.Converters.of(y -> m.get("ratio.yearLabel", y), ""));
        year.setValue(vm.yearProperty().get());
        year.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.yearProperty().set(b);
            }
        });
        Label reference = new Label();
        reference.setId("ratioReference");
        Label rule = new Label();
        rule.setId("ratioRule");
        vm.ratioProperty().addListener((o, a, r) -> {
            reference.setText(r == null ? "" : m.get("ratio.reference", r.referenceDate().toString()));
            // the ratio and the part-time weight in force on the year's 31 December
            rule.setText(r == null ? "" : m.get("ratio.rule", String.valueOf(r.studentsPerCounselor()),
                    r.partTimeWeight().toString()));
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(m.get("department.add"));
        add.setId("addDepartmentButton");
        add.setOnAction(e -> addDepartment());
        tools = Toolbars.row(title, year, reference, rule, spacer, add);
        return tools;
    }

    private Node table() {
        TableView<StaffingRow> t = new TableView<>(vm.staffing());
        t.setId("ratioTable");
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StaffingRow, String> dept = new TableColumn<>(m.get("ratio.department"));
        dept.setPrefWidth(180);
        dept.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().department()));
        dept.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                if (getTableRow() != null && getTableRow().getItem() != null && !getTableRow().getItem().isCollege()) {
                    super.startEdit();
                }
            }
        });
        dept.setOnEditCommit(e -> {
            String name = Text.clean(e.getNewValue());
            if (name != null && !name.equals(e.getOldValue())) {
                vm.renameDepartment(e.getRowValue().departmentId(), name);
            }
        });
        TableColumn<StaffingRow, String> students = new TableColumn<>(m.get("ratio.students"));
        students.setId("studentsColumn");
        students.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().students())));
        // Enter stores; a refused number stays in the cell with the refusal above the table
        students.setCellFactory(c -> new EnrolmentCell(vm, refusal.textProperty()));
        t.getColumns().setAll(List.of(dept, students,
                number("ratio.fullTime", r -> String.valueOf(r.fullTime())),
                number("ratio.partTime", r -> String.valueOf(r.partTime())),
                number("ratio.effective", r -> String.format("%.2f", r.effective())),
                number("ratio.required", r -> String.valueOf(r.required())),
                shortfall()));
        t.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(StaffingRow item, boolean empty) {
                super.updateItem(item, empty);
                CellState.set(this, "college-row", !empty && item != null && item.isCollege());
            }
        });
        t.setPlaceholder(new Label(m.get("ratio.empty")));
        cn.huyang.common.ui.Tables.headersWhole(t);
        return t;
    }

    private TableColumn<StaffingRow, String> number(String key, Function<StaffingRow, String> value) {
        TableColumn<StaffingRow, String> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(80);
        col.setStyle("-fx-alignment: center-right;");
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<StaffingRow, StaffingRow> shortfall() {
        TableColumn<StaffingRow, StaffingRow> col = new TableColumn<>(m.get("ratio.shortfall"));
        col.setId("shortfallColumn");
        col.setPrefWidth(90);
        col.setStyle("-fx-alignment: center-right;");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(StaffingRow row, boolean empty) {
                super.updateItem(row, empty);
                CellState.set(this, "shortfall", !empty && row != null && (row.isShort() || row.students() == 0));
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                // no enrolment typed for the year: nothing is 达标 yet
                setText(row.students() == 0 ? m.get("ratio.noStudents")
                        : row.isShort() ? String.format("%.2f", row.shortfall()) : m.get("ratio.met"));
            }
        });
        return col;
    }

    /** 新增系部: stays open with what was typed until the department is stored; a refusal marks the field. */
    private void addDepartment() {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(m.get("department.add"));
        TextField code = new TextField();
        code.setId("departmentCodeField");
        TextField name = new TextField();
        name.setId("departmentNameField");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        Label codeLabel = new Label(m.get("field.departmentCode"));
        Label nameLabel = new Label(m.get("field.departmentName"));
        codeLabel.setMinWidth(Label.USE_PREF_SIZE);
        nameLabel.setMinWidth(Label.USE_PREF_SIZE);
        g.addRow(0, codeLabel, code);
        g.addRow(1, nameLabel, name);
        Label errors = Forms.dialogErrors("departmentErrors");
        d.getDialogPane().setContent(new javafx.scene.layout.VBox(8, errors, g));
        ButtonType ok = new ButtonType(m.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("departmentOkButton");
        Dialogs.prepare(d, root.getScene() == null ? null : root.getScene().getWindow());
        Dialogs.keepOpen(d, ok, attempt -> vm.addDepartment(code.getText(), name.getText(), () -> attempt.accept(ok),
                e -> {
                    attempt.refuse();
                    if (!Forms.showRefusal(e, m, errors, java.util.Map.of("field.departmentCode", code,
                            "field.departmentName", name))) {
                        dialogs.failure(e);
                    }
                }));
        d.showAndWait();
    }
}
