package cn.huyang.training;

import cn.huyang.common.Coded;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellMark;
import cn.huyang.common.ui.Converters;
import cn.huyang.roster.Department;
import cn.huyang.roster.DepartmentFilter;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Toolbars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The ledger: filters, one page of records sorted by the database, the totals of everything the
 * filters select, and the paging buttons. Entering, editing and deleting open from here.
 */
public class TrainingLedgerView {
    private final TrainingLedgerViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Runnable onChanged;
    private final BorderPane root = new BorderPane();
    private final TableView<LedgerRow> table = new TableView<>();
    private final TextField counselor = new TextField();
    private FlowPane tools;

    /**
     * @param onChanged runs after a save or a delete, for the other views that show training data
     */
    public TrainingLedgerView(TrainingLedgerViewModel vm, DialogService dialogs, Supplier<Window> owner,
                              Runnable onChanged) {
        this.vm = vm;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        this.onChanged = onChanged;
        root.setId("trainingLedgerView");
        root.setTop(new VBox(filters(), actions()));
        root.setCenter(buildTable());
        root.setBottom(footer());
    }

    public Node node() {
        return root;
    }

    public TableView<LedgerRow> table() {
        return table;
    }

    /**
     * Loads the page again (the data changed elsewhere), the same record selected after and the view
     * where it was; the filters, the sort and the page stay as they are.
     */
    public void reloadKeepingPlace() {
        cn.huyang.common.ui.TablePlace.of(table, LedgerRow::recordId).reloadKeeping(vm::refresh);
    }

    /** Ctrl+F: the cursor into the counselor search (name or ID number), its text selected. */
    public void focusSearch() {
        counselor.requestFocus();
        counselor.selectAll();
    }

    /** Puts a tool at the end of the toolbar (the shell adds 导出 Excel… here). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private Node filters() {
        ComboBox<Integer> year = new ComboBox<>(vm.years());
        year.setId("trainingYearFilter");
        year.setConverter(Converters.of(y -> m.get("training.yearLabel", y), m.get("training.filter.allYears")));
        year.valueProperty().bindBidirectional(vm.yearProperty());

        ComboBox<TrainingLevel> level = codedFilter("trainingLevelFilter", TrainingLevel.values(),
                "training.filter.allLevels");
        level.valueProperty().bindBidirectional(vm.levelProperty());
        ComboBox<TrainingCategory> category = codedFilter("trainingCategoryFilter", TrainingCategory.values(),
                "training.filter.allCategories");
        category.valueProperty().bindBidirectional(vm.categoryProperty());

        ComboBox<Department> dept = DepartmentFilter.comboBox("trainingDepartmentFilter", vm.departments(), vm.departmentProperty(),
                m.get("training.filter.allDepartments"));

        counselor.setId("trainingCounselorFilter");
        counselor.setPromptText(m.get("training.filter.counselor.prompt"));
        counselor.setPrefColumnCount(12);
        counselor.textProperty().bindBidirectional(vm.counselorProperty());
        TextField search = new TextField();
        search.setId("trainingSearchField");
        search.setPromptText(m.get("training.search.prompt"));
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(vm.searchProperty());

        return Toolbars.row(year, level, category, dept, counselor, search);
    }

    private <T extends Coded> ComboBox<T> codedFilter(String id, T[] values, String allKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(Converters.coded(m, m.get(allKey)));
        return box;
    }

    private Node actions() {
        Button add = new Button(m.get("training.add"));
        add.setId("addTrainingButton");
        add.setOnAction(e -> openForm(null));
        Button edit = new Button(m.get("training.edit"));
        edit.setId("editTrainingButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openForm(table.getSelectionModel().getSelectedItem()));
        Button deleteRecord = new Button(m.get("training.deleteRecord"));
        deleteRecord.setId("deleteRecordButton");
        deleteRecord.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteRecord.setOnAction(e -> deleteRecord(table.getSelectionModel().getSelectedItem()));
        Button deleteSession = new Button(m.get("training.deleteSession"));
        deleteSession.setId("deleteSessionButton");
        deleteSession.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        deleteSession.setOnAction(e -> deleteSession(table.getSelectionModel().getSelectedItem()));
        Label totals = new Label();
        totals.setId("trainingTotals");
        totals.getStyleClass().add("count-label");
        totals.textProperty().bind(vm.totalsTextProperty());
        tools = Toolbars.row(totals, add, edit, deleteRecord, deleteSession);
        return tools;
    }

    private Node footer() {
        Button prev = new Button(m.get("training.page.prev"));
        prev.setId("prevPageButton");
        prev.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        prev.setOnAction(e -> vm.previousPage());
        Button next = new Button(m.get("training.page.next"));
        next.setId("nextPageButton");
        next.disableProperty().bind(vm.pageProperty().greaterThanOrEqualTo(vm.pageCountProperty().subtract(1)));
        next.setOnAction(e -> vm.nextPage());
        Label page = new Label();
        page.setId("pageLabel");
        page.textProperty().bind(vm.pageTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(spacer, prev, page, next);
        bar.getStyleClass().add("toolbar-row");
        Toolbars.keepWhole(bar);
        return bar;
    }

    private Node buildTable() {
        table.setId("ledgerTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("training.table.empty")));
        table.getColumns().setAll(List.of(
                outsideColumn(),
                // two of one name are told apart by their ID numbers' last four, as 个人档案 tells them
                text("field.name", 150, LedgerSort.Column.COUNSELOR,
                        this::shown),
                text("field.department", 110, LedgerSort.Column.DEPARTMENT, LedgerRow::department),
                text("field.course", 170, LedgerSort.Column.COURSE, LedgerRow::course),
                text("field.organiser", 100, LedgerSort.Column.ORGANISER, LedgerRow::organiser),
                text("field.trainingLevel", 62, LedgerSort.Column.LEVEL, r -> r.level().label(m)),
                text("field.trainingCategory", 70, LedgerSort.Column.CATEGORY, r -> r.category().label(m)),
                date("field.startDate", LedgerSort.Column.START_DATE, LedgerRow::startDate),
                date("field.endDate", LedgerSort.Column.END_DATE, LedgerRow::endDate),
                number("field.hours", 48, LedgerSort.Column.HOURS, LedgerRow::hours),
                text("field.certificateNo", 110, LedgerSort.Column.CERTIFICATE, LedgerRow::certificateNo),
                number("field.cost", 70, LedgerSort.Column.COST, LedgerRow::cost),
                text("field.note", 90, null, LedgerRow::note),
                text("training.col.attendees", 62, null, r -> String.valueOf(r.attendees()))));
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        // The database sorts: a click on a header asks for a new first page in that order.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortProperty().set(LedgerSort.NEWEST_FIRST);
            } else {
                TableColumn<LedgerRow, ?> c = t.getSortOrder().get(0);
                if (c.getUserData() instanceof LedgerSort.Column column) {
                    vm.sortProperty().set(new LedgerSort(column, c.getSortType() == TableColumn.SortType.ASCENDING));
                }
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<LedgerRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            LedgerRow selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                openForm(selected);
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteRecord(selected);
            }
        });
        return table;
    }

    private <T> TableColumn<LedgerRow, T> column(String key, double width, LedgerSort.Column sort,
                                                 Function<LedgerRow, T> value) {
        TableColumn<LedgerRow, T> col = new TableColumn<>(m.get(key));
        col.setId("col-" + key);
        col.setPrefWidth(width);
        col.setUserData(sort);
        col.setSortable(sort != null);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<LedgerRow, String> text(String key, double width, LedgerSort.Column sort,
                                                Function<LedgerRow, String> value) {
        return column(key, width, sort, value);
    }

    private TableColumn<LedgerRow, LocalDate> date(String key, LedgerSort.Column sort,
                                                   Function<LedgerRow, LocalDate> value) {
        return column(key, 90, sort, value);
    }

    private TableColumn<LedgerRow, BigDecimal> number(String key, double width, LedgerSort.Column sort,
                                                      Function<LedgerRow, BigDecimal> value) {
        TableColumn<LedgerRow, BigDecimal> col = column(key, width, sort, value);
        col.setCellFactory(c -> new TableCell<>() {
            {
                setStyle("-fx-alignment: center-right;");
            }

            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : ComplianceRules.plain(v));
            }
        });
        return col;
    }

    private TableColumn<LedgerRow, Boolean> outsideColumn() {
        TableColumn<LedgerRow, Boolean> col = column("field.note", 32, null, LedgerRow::outsideService);
        col.setText("⚑");
        col.setId("col-outside");
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean outside, boolean empty) {
                super.updateItem(outside, empty);
                if (empty || outside == null || !outside) {
                    setText(null);
                    CellMark.NONE.on(this, null);
                } else {
                    setText("⚠");
                    CellMark.WARNING.on(this, m.get("training.outside.tooltip"));
                }
            }
        });
        return col;
    }

    /** The row's counselor: the name, and the ID number's last four when another counselor has the name too. */
    private String shown(LedgerRow row) {
        return cn.huyang.common.SameNames.shown(m, row.counselor(), row.idTail());
    }

    /** Opens the form for a new training (row null) or the session of a row. */
    public void openForm(LedgerRow row) {
        TrainingFormViewModel form = vm.newForm();
        TrainingFormDialog dialog = new TrainingFormDialog(form, dialogs, owner.get(), result -> {
            vm.showYearOf(result.session().startDate());
            onChanged.run();
            // no pop-up: the status bar says it, with those off the roster (they are findings too)
            dialogs.notice(result.outsideService().isEmpty() ? m.get("training.saved", result.session().course())
                    : m.get("training.saved.outside", result.outsideService().size(),
                    String.join("、", result.outsideService())));
        });
        form.open(row == null ? null : row.sessionId(), dialogs::failure);
        dialog.show();
    }

    private void deleteRecord(LedgerRow row) {
        if (row != null && dialogs.confirmDestructive(m.get("training.confirm.deleteRecord", shown(row), row.course()),
                m.get("common.delete"))) {
            vm.deleteRecord(row, () -> {
                onChanged.run();
                dialogs.notice(m.get("training.deleted.record", shown(row), row.course()));
            });
        }
    }

    private void deleteSession(LedgerRow row) {
        if (row != null && dialogs.confirmDestructive(m.get("training.confirm.deleteSession", row.course(),
                row.attendees()), m.get("common.delete"))) {
            vm.deleteSession(row, () -> {
                onChanged.run();
                dialogs.notice(m.get("training.deleted.session", row.course(), row.attendees()));
            });
        }
    }
}
