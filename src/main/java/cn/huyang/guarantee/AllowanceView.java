package cn.huyang.guarantee;

import static cn.huyang.guarantee.GuaranteeControls.column;
import static cn.huyang.guarantee.GuaranteeControls.field;
import static cn.huyang.guarantee.GuaranteeControls.label;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Forms;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.PostType;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 津贴发放: the grid of a year (counselor × month: paid, and the state when not on time; due, paid and
 * short for the year) with the form that records a payment; 津贴标准: the year's standards per post type.
 */
public final class AllowanceView {
    private final AllowanceViewModel vm;
    private final Messages m;
    private final TableView<AllowanceRow> grid = new TableView<>();
    private final TableView<AllowanceStandard> standards = new TableView<>();
    private final VBox gridPane;
    private final VBox standardsPane;

    public AllowanceView(AllowanceViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        gridPane = gridPane();
        standardsPane = standardsPane();
    }

    public Node gridNode() {
        return gridPane;
    }

    public Node standardsNode() {
        return standardsPane;
    }

    public TableView<AllowanceRow> grid() {
        return grid;
    }

    private VBox gridPane() {
        grid.setId("allowanceGrid");
        grid.setItems(vm.rows());
        grid.getColumns().add(column(m.get("field.department"), r -> r.department() == null ? "" : r.department(), 90));
        grid.getColumns().add(column(m.get("field.name"), AllowanceRow::name, 120));
        for (int i = 0; i < 12; i++) {
            int month = i;
            TableColumn<AllowanceRow, String> c = column(m.get("guarantee.col.month", i + 1),
                    r -> vm.cell(r.months().get(month)), 104); // "1600.00 逾期" whole
            c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    AllowanceRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    CellState.set(this, "shortfall", row != null && row.months().get(month).state().breaksRule());
                }
            });
            grid.getColumns().add(c);
        }
        grid.getColumns().add(column(m.get("guarantee.col.due"), r -> Fen.format(r.dueFen()), 90));
        grid.getColumns().add(column(m.get("guarantee.col.paid"), r -> Fen.format(r.paidFen()), 90));
        grid.getColumns().add(column(m.get("guarantee.col.short"), r -> Fen.format(r.shortFen()), 90));
        Tables.headersWhole(grid);
        Tables.freezeFirstColumn(grid);
        grid.setPlaceholder(new Label(m.get("guarantee.grid.empty")));

        ComboBox<Counselor> counselor = new ComboBox<>(vm.counselors());
        counselor.setId("paymentCounselor");
        counselor.setPromptText(m.get("guarantee.field.counselor"));
        counselor.setConverter(Converters.of(Counselor::name, ""));
        ComboBox<Integer> month = new ComboBox<>(FXCollections.observableArrayList(
                IntStream.rangeClosed(1, 12).boxed().toList()));
        month.setId("paymentMonth");
        month.setPromptText(m.get("guarantee.field.month"));
        month.setConverter(Converters.of(x -> m.get("guarantee.col.month", x), ""));
        TextField amount = field("paymentAmount", m.get("guarantee.field.amount"), 8);
        DatePicker paidOn = new DatePicker();
        paidOn.setId("paymentDate");
        Forms.lenientDate(paidOn, m.get("guarantee.field.paidOn"), (text, ok) -> { });
        paidOn.setPrefWidth(130);
        TextField note = field("paymentNote", m.get("guarantee.field.note"), 10);
        Button add = new Button(m.get("guarantee.payment.add"));
        add.setId("paymentAdd");
        add.setDisable(!vm.mayEdit()); // the service refuses too; the button says so first
        add.setOnAction(e -> vm.addPayment(counselor.getValue(), month.getValue(), amount.getText(),
                paidOn.getValue(), note.getText()));
        Label summary = GuaranteeControls.sentence("");
        summary.textProperty().bind(vm.summaryProperty());
        VBox box = new VBox(6,
                Toolbars.row(label(m.get("guarantee.field.year")),
                        GuaranteeControls.yearBox("allowanceYear", vm.years(), vm.yearProperty(), m)),
                summary, grid,
                Toolbars.row(label(m.get("guarantee.payment.title")), counselor, month, amount, paidOn, note, add),
                GuaranteeControls.errorLine("allowanceError", vm.errorProperty()));
        VBox.setVgrow(grid, Priority.ALWAYS);
        box.setId("allowanceView");
        return box;
    }

    private VBox standardsPane() {
        standards.setId("allowanceStandards");
        standards.setItems(vm.standards());
        standards.getColumns().add(column(m.get("guarantee.field.year"), s -> String.valueOf(s.year()), 80));
        standards.getColumns().add(column(m.get("guarantee.field.postType"), s -> s.postType().label(m), 120));
        standards.getColumns().add(column(m.get("guarantee.field.standard"), s -> Fen.format(s.monthlyFen()), 140));
        Tables.headersWhole(standards);
        standards.setPlaceholder(new Label(m.get("guarantee.standards.empty")));
        ComboBox<PostType> type = new ComboBox<>(FXCollections.observableArrayList(PostType.values()));
        type.setId("standardPostType");
        type.setConverter(Converters.coded(m, ""));
        type.setPromptText(m.get("guarantee.field.postType"));
        TextField amount = field("standardAmount", m.get("guarantee.field.standard"), 8);
        Button save = new Button(m.get("guarantee.standard.save"));
        save.setId("standardSave");
        save.setDisable(!vm.mayEdit());
        save.setOnAction(e -> vm.saveStandard(type.getValue(), amount.getText()));
        VBox box = new VBox(6,
                Toolbars.row(label(m.get("guarantee.field.year")),
                        GuaranteeControls.yearBox("standardYear", vm.years(), vm.yearProperty(), m)),
                standards, Toolbars.row(type, amount, save),
                GuaranteeControls.errorLine("standardError", vm.errorProperty()));
        VBox.setVgrow(standards, Priority.ALWAYS);
        return box;
    }
}
