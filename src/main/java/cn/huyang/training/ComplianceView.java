package cn.huyang.training;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Toolbars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Each full-time counselor's training compliance in a chosen year; shortfalls in red, sortable. */
public class ComplianceView {
    private final ComplianceViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TableView<ComplianceRow> table = new TableView<>();
    private final javafx.scene.control.TextField search = new javafx.scene.control.TextField();
    private javafx.scene.layout.FlowPane tools;

    public ComplianceView(ComplianceViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        root.setId("complianceView");
        root.setTop(toolbar());
        root.setCenter(buildTable());
    }

    public Node node() {
        return root;
    }

    public TableView<ComplianceRow> table() {
        return table;
    }

    /** The year shown. */
    public Integer year() {
        return vm.yearProperty().get();
    }

    /** The name typed into the search (what narrows the rows shown), or empty. */
    public String searchText() {
        return search.getText() == null ? "" : search.getText();
    }

    /** Ctrl+F: the cursor into the name search. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Puts a tool at the end of the toolbar (the shell adds 导出 Excel… here). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private Node toolbar() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("complianceYear");
        year.setConverter(Converters.of(y -> m.get("training.yearLabel", y), ""));
        year.valueProperty().bindBidirectional(vm.yearProperty());
        CheckBox onlyShort = new CheckBox(m.get("compliance.onlyShort"));
        onlyShort.setId("onlyShortBox");
        onlyShort.selectedProperty().bindBidirectional(vm.onlyShortProperty());
        Label summary = new Label();
        summary.setId("complianceSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        search.setId("complianceSearch");
        search.setPromptText(m.get("compliance.search.prompt"));
        search.setPrefColumnCount(10);
        ComboBox<String> department = new ComboBox<>(vm.departments());
        department.setId("complianceDepartment");
        department.setConverter(Converters.of(d -> d, m.get("training.filter.allDepartments")));
        department.valueProperty().bindBidirectional(vm.departmentProperty());
        tools = Toolbars.row(year, department, onlyShort, search);
        summary.setPadding(new javafx.geometry.Insets(0, 8, 4, 8));
        summary.setMinHeight(Label.USE_PREF_SIZE);
        return new javafx.scene.layout.VBox(tools, summary);
    }

    private Node buildTable() {
        table.setId("complianceTable");
        // the name searched narrows what the year's filter shows (and what 导出 Excel… writes)
        javafx.collections.transformation.FilteredList<ComplianceRow> found =
                new javafx.collections.transformation.FilteredList<>(vm.shownRows());
        found.predicateProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> {
            String typed = cn.huyang.common.Text.clean(search.getText());
            return typed == null ? r -> true : r -> r.name() != null && r.name().contains(typed);
        }, search.textProperty()));
        SortedList<ComplianceRow> sorted = new SortedList<>(found);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(m.get("compliance.table.empty")));
        TableColumn<ComplianceRow, String> dept = column("field.department", 130, ComplianceRow::department);
        // two of one name are told apart by their ID numbers' last four, as 个人档案 tells them
        TableColumn<ComplianceRow, String> name = column("field.name", 170,
                r -> cn.huyang.common.SameNames.shown(m, r.name(), r.idTail()));
        java.text.Collator pinyin = java.text.Collator.getInstance(java.util.Locale.CHINA);
        dept.setComparator((a, b) -> pinyin.compare(a == null ? "" : a, b == null ? "" : b));
        name.setComparator(pinyin::compare);
        table.getColumns().setAll(List.of(dept, name,
                column("compliance.col.period", 80, r -> m.get(r.partialYear() ? "compliance.partial"
                        : "compliance.fullYear")),
                number("compliance.col.schoolHours", ComplianceRow::schoolHours, r -> !r.hoursMet()),
                number("compliance.col.shortfall", ComplianceRow::shortfall, r -> !r.hoursMet()),
                date(),
                status("compliance.col.higher", 130, ComplianceRow::higher, "compliance.notDue.higher"),
                status("compliance.col.preService", 150, ComplianceRow::preService, "compliance.notDue.preService")));
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        return table;
    }

    private <T> TableColumn<ComplianceRow, T> column(String key, double width, Function<ComplianceRow, T> value) {
        TableColumn<ComplianceRow, T> col = new TableColumn<>();
        // headers name the year's hours and window years, in force on its 31 December
        col.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.header(key),
                vm.policyProperty()));
        col.setId("col-" + key);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<ComplianceRow, BigDecimal> number(String key, Function<ComplianceRow, BigDecimal> value,
                                                          Predicate<ComplianceRow> red) {
        TableColumn<ComplianceRow, BigDecimal> col = column(key, 80, value);
        col.setCellFactory(c -> new TableCell<>() {
            {
                setStyle("-fx-alignment: center-right;");
            }

            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                ComplianceRow row = empty ? null : getTableRow().getItem();
                setText(empty || v == null ? null : ComplianceRules.plain(v));
                CellState.set(this, "shortfall", row != null && red.test(row));
            }
        });
        return col;
    }

    private TableColumn<ComplianceRow, LocalDate> date() {
        TableColumn<ComplianceRow, LocalDate> col = column("compliance.col.lastHigher", 170, ComplianceRow::lastHigher);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? m.get("compliance.never") : v.toString());
            }
        });
        return col;
    }

    private TableColumn<ComplianceRow, ComplianceRow.Status> status(String key, double width,
                                                                   Function<ComplianceRow, ComplianceRow.Status> value,
                                                                   String notDueKey) {
        TableColumn<ComplianceRow, ComplianceRow.Status> col = column(key, width, value);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ComplianceRow.Status s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s == ComplianceRow.Status.NOT_DUE ? vm.header(notDueKey)
                        : s.label(m));
                CellState.set(this, "shortfall", !empty && s == ComplianceRow.Status.MISSING);
            }
        });
        return col;
    }
}
