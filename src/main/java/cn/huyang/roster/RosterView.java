package cn.huyang.roster;

import cn.huyang.common.Finding;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Toolbars;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The roster tab: filters and search, the counselor table with findings, the staffing table below. */
public class RosterView {
    private final RosterViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Runnable onDemo;
    private final Supplier<CounselorFormViewModel> forms;
    private final BorderPane root = new BorderPane();
    private final TableView<RosterRow> table = new TableView<>();
    private final TextField search = new TextField();
    private FlowPane tools;
    private final StaffingRatioView staffing;
    private final cn.huyang.common.ui.TablePlace<RosterRow> place = cn.huyang.common.ui.TablePlace.of(table,
            r -> r.counselor().id());

    public RosterView(RosterViewModel vm, Supplier<CounselorFormViewModel> forms, DialogService dialogs,
                      Supplier<Window> owner, Runnable onDemo) {
        this.vm = vm;
        this.forms = forms;
        this.m = vm.messages();
        this.dialogs = dialogs;
        this.owner = owner;
        this.onDemo = onDemo;
        root.setId("rosterView");
        root.setTop(new VBox(emptyBanner(), toolbar()));
        staffing = new StaffingRatioView(vm, m, dialogs);
        SplitPane split = new SplitPane(buildTable(), staffing.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        root.setCenter(split);
    }

    public Node node() {
        return root;
    }

    public TableView<RosterRow> table() {
        return table;
    }

    /** The staffing table below the roster. */
    public StaffingRatioView staffing() {
        return staffing;
    }

    /** Ctrl+F: the cursor into the search box, its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Puts a tool at the end of the toolbar (the shell adds 导出 Excel… here). */
    public void addTool(Node tool) {
        tools.getChildren().add(tool);
    }

    private Node emptyBanner() {
        Label text = new Label(m.get("roster.empty"));
        Button demo = new Button(m.get("roster.empty.demo"));
        demo.setId("demoButton");
        demo.setOnAction(e -> onDemo.run());
        Button add = new Button(m.get("roster.add"));
        add.setOnAction(e -> openForm(null));
        FlowPane banner = Toolbars.row(text, demo, add);
        banner.getStyleClass().add("banner");
        banner.managedProperty().bind(vm.emptyProperty());
        banner.visibleProperty().bind(vm.emptyProperty());
        return banner;
    }

    private Node toolbar() {
        search.setId("searchField");
        search.setPromptText(m.get("roster.search.prompt"));
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<Department> dept = DepartmentFilter.comboBox("departmentFilter", vm.departments(), vm.departmentProperty(),
                m.get("roster.filter.allDepartments"));

        ComboBox<PostType> post = new ComboBox<>();
        post.setId("postTypeFilter");
        post.getItems().add(null);
        post.getItems().addAll(PostType.values());
        post.setConverter(Converters.coded(m, m.get("roster.filter.allPostTypes")));
        post.valueProperty().bindBidirectional(vm.postTypeProperty());

        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("statusFilter");
        status.getItems().addAll(StatusFilter.values());
        status.setConverter(Converters.coded(m, ""));
        status.valueProperty().bindBidirectional(vm.statusProperty());

        Label count = new Label();
        count.setId("countLabel");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(vm.countText());

        Button add = new Button(m.get("roster.add"));
        add.setId("addButton");
        add.setOnAction(e -> openForm(null));
        Button edit = new Button(m.get("roster.edit"));
        edit.setId("editButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openForm(table.getSelectionModel().getSelectedItem()));

        tools = Toolbars.row(search, dept, post, status, count, add, edit);
        return tools;
    }

    private Node buildTable() {
        table.setId("rosterTable");
        SortedList<RosterRow> sorted = new SortedList<>(vm.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedIdProperty().set(row.counselor().id());
            }
        });
        // rows loaded again (a save, another PC's change, the findings arriving): the same counselor stays selected
        vm.rows().addListener((javafx.collections.ListChangeListener<RosterRow>) c ->
                javafx.application.Platform.runLater(this::reselect));
        table.setPlaceholder(new Label(m.get("roster.table.empty")));
        table.getColumns().setAll(List.of(
                findingsColumn(),
                text("field.name", 110, r -> r.counselor().name()),
                text("field.gender", 50, r -> label(r.counselor().gender())),
                text("field.department", 120, RosterRow::department),
                text("field.postType", 70, r -> label(r.counselor().postType())),
                text("field.position", 100, r -> label(r.counselor().position())),
                text("field.title", 80, r -> label(r.counselor().title())),
                text("field.education", 90, r -> label(r.counselor().education())),
                text("field.politicalStatus", 100, r -> label(r.counselor().politicalStatus())),
                text("field.employmentForm", 80, r -> label(r.counselor().employmentForm())),
                date("field.entryDate", r -> r.counselor().entryDate()),
                text("field.phone", 100, r -> r.counselor().phone()),
                text("field.idNumber", 150, r -> cn.huyang.common.IdNumber.mask(r.counselor().idNumber())),
                text("field.status", 60, r -> label(r.counselor().status()))));
        // a wide window widens the columns; a narrow one scrolls sideways, every header whole
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        table.setRowFactory(t -> {
            TableRow<RosterRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RosterRow item, boolean empty) {
                    super.updateItem(item, empty);
                    // a counselor no longer on the roster: the row greyed
                    cn.huyang.common.ui.CellState.set(this, "deregistered",
                            !empty && item != null && item.counselor().status() == CounselorStatus.DEREGISTERED);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openForm(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private String label(cn.huyang.common.Coded c) {
        return c == null ? "" : c.label(m);
    }

    private TableColumn<RosterRow, String> text(String key, double width, Function<RosterRow, String> value) {
        TableColumn<RosterRow, String> col = new TableColumn<>(m.get(key));
        col.setId("col-" + key);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<RosterRow, LocalDate> date(String key, Function<RosterRow, LocalDate> value) {
        TableColumn<RosterRow, LocalDate> col = new TableColumn<>(m.get(key));
        col.setId("col-" + key);
        col.setPrefWidth(95);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<RosterRow, List<Finding>> findingsColumn() {
        TableColumn<RosterRow, List<Finding>> col = new TableColumn<>("⚑");
        col.setId("col-findings");
        col.setPrefWidth(36);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().findings()));
        col.setComparator((a, b) -> Integer.compare(a.size(), b.size()));
        col.setCellFactory(c -> new FindingsCell<>(m));
        return col;
    }

    /**
     * Loads the rows again (another PC changed them), the same counselor selected after and the view
     * where it was; the filters and the sort stay as they are.
     */
    public void reloadKeepingPlace() {
        place.reloadKeeping(vm::refresh);
    }

    private void reselect() {
        RosterRow selected = table.getSelectionModel().getSelectedItem();
        Long id = vm.selectedIdProperty().get();
        if (id == null || selected != null && id.equals(selected.counselor().id())) {
            return;
        }
        List<RosterRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).counselor().id())) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    /** Opens the form for a new counselor (row null) or a stored one. */
    public void openForm(RosterRow row) {
        CounselorFormViewModel form = forms.get();
        if (row != null) {
            form.edit(row.counselor());
        }
        new CounselorFormDialog(form, dialogs, owner.get(), saved -> vm.refresh()).show();
    }
}
