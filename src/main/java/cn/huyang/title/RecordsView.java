package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.common.SameNames;
import cn.huyang.common.ui.CellMark;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 个人档案: find a counselor on the left; on the right the title and rank history, research outputs,
 * teaching per semester and service as counselor or class teacher, each with 添加… and 删除.
 * Loads when first shown.
 */
public class RecordsView {
    private final RecordsViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final RecordDialogs forms;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private boolean stale = true;

    public RecordsView(RecordsViewModel vm, Messages m, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = m;
        this.dialogs = dialogs;
        this.owner = owner;
        this.forms = new RecordDialogs(dialogs, m);
        vm.setOnFailure(dialogs::failure);
        root.setId("recordsView");
        root.setLeft(picker());
        root.setCenter(records());
    }

    public Node node() {
        return root;
    }

    /** The view became visible: reads the roster (and the chosen counselor's records) the first time, or when stale. */
    public void showing() {
        if (stale) {
            stale = false;
            vm.loadRoster();
        }
    }

    /** The data changed elsewhere (demo data, the roster, a confirmed review): everything loads again when shown. */
    public void invalidate() {
        stale = true;
    }

    /** Runs after a record is added or deleted here (a title or rank step changes the roster). */
    public void setOnChanged(Runnable onChanged) {
        vm.setOnChanged(onChanged);
    }

    /** Ctrl+F: the cursor into the counselor search. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public RecordsViewModel viewModel() {
        return vm;
    }

    // ---- the search ---------------------------------------------------------------------------

    private Node picker() {
        search.setId("recordsSearchField");
        search.setPromptText(m.get("title.records.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<CounselorChoice> list = new ListView<>(vm.matches());
        list.setId("recordsCounselorList");
        list.setPlaceholder(new Label(m.get("title.records.noMatch")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CounselorChoice c, boolean empty) {
                super.updateItem(c, empty);
                // the ID number's last digits tell two people of one name (and department) apart
                setText(empty || c == null ? null : m.get("title.records.match", c.name(),
                        c.department() == null ? "" : c.department(),
                        c.deregistered() ? m.get("title.records.deregistered") : "")
                        + SameNames.idTail(m, c.idNumber()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        // The chosen counselor stays marked in the list while the search changes around them.
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        vm.matches().addListener((ListChangeListener<CounselorChoice>) c ->
                list.getSelectionModel().select(vm.selectedProperty().get()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        Label found = new Label();
        found.setId("recordsFoundLabel");
        found.textProperty().bind(vm.foundTextProperty());
        VBox box = new VBox(6, search, found, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPrefWidth(240);
        box.setMinWidth(200);
        box.getStyleClass().add("toolbar-row");
        return box;
    }

    // ---- the records --------------------------------------------------------------------------

    private Node records() {
        Label heading = new Label();
        heading.setId("recordsHeading");
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(Bindings.when(vm.selectedProperty().isNull())
                .then(m.get("title.records.none")).otherwise(vm.headingProperty()));
        TabPane tabs = new TabPane(
                tab("promotionsTab", "title.records.tab.promotions", promotions()),
                tab("outputsTab", "title.records.tab.outputs", outputs()),
                tab("teachingTab", "title.records.tab.teaching", teaching()),
                tab("servicesTab", "title.records.tab.services", services()));
        tabs.setId("recordsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(heading, tabs);
        heading.setPadding(new Insets(6, 8, 2, 8));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        return t;
    }

    private Node promotions() {
        TableView<PromotionRow> table = table("promotionTable", vm.promotions());
        table.getColumns().setAll(List.of(
                column("title.records.col.track", 170, PromotionRow::track),
                column("title.records.col.grade", 110, PromotionRow::grade),
                column("title.field.series", 130, r -> r.promotion().series()),
                column("title.field.obtained", 100, r -> r.promotion().obtained()),
                column("title.field.documentNo", 150, r -> r.promotion().documentNo()),
                column("title.records.col.source", 70, PromotionRow::source)));
        Button add = addButton("addPromotionButton", () -> {
            PromotionFormViewModel form = vm.newPromotionForm();
            forms.promotion(form, owner.get(), chosenName()).show(saved -> added());
        });
        Button delete = deleteButton("deletePromotionButton", table, PromotionRow::deletable, r -> {
            if (dialogs.confirmDestructive(m.get("title.records.confirm.delete", vm.describe(r)),
                    m.get("common.delete"))) {
                vm.deletePromotion(r);
            }
        });
        return section(null, add, delete, table, null);
    }

    private Node outputs() {
        TableView<ResearchOutput> table = table("outputTable", vm.outputs());
        table.getColumns().setAll(List.of(
                column("title.field.kind", 100, o -> o.kind().label(m)),
                column("title.field.caption", 260, ResearchOutput::caption),
                column("title.field.level", 80, o -> o.level().label(m)),
                column("title.field.outputYear", 60, ResearchOutput::year),
                column("title.field.role", 120, o -> o.role().label(m)),
                column("field.note", 120, ResearchOutput::note)));
        Button add = addButton("addOutputButton", () -> {
            OutputFormViewModel form = vm.newOutputForm();
            forms.output(form, owner.get(), chosenName()).show(saved -> added());
        });
        Button delete = deleteButton("deleteOutputButton", table, o -> true, o -> {
            if (dialogs.confirmDestructive(m.get("title.records.confirm.delete", vm.describe(o)),
                    m.get("common.delete"))) {
                vm.deleteOutput(o);
            }
        });
        return section(label("outputSummary", vm.outputSummaryProperty(), null), add, delete, table, null);
    }

    private Node teaching() {
        TableView<TeachingRow> table = table("teachingTable", vm.teaching());
        TableColumn<TeachingRow, TeachingRow> semester = new TableColumn<>(m.get("title.records.col.semester"));
        semester.setPrefWidth(230);
        semester.setSortable(false);
        semester.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        semester.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TeachingRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    CellMark.NONE.on(this, null);
                } else if (r.overloaded()) {
                    setText(m.get("title.records.overloaded", r.semester()));
                    CellMark.NOTICE.on(this, m.get("title.records.teaching.overload.tooltip", String.valueOf(r.allowed())));
                } else {
                    setText(r.semester());
                    CellMark.NONE.on(this, null);
                }
            }
        });
        TableColumn<TeachingRow, String> course = column("title.field.course", 220,
                r -> m.get("title.records.course", r.assignment().course()));
        TableColumn<TeachingRow, String> hours = column("title.field.hours", 70,
                r -> plain(r.assignment().hours()));
        hours.setStyle("-fx-alignment: center-right;");
        TableColumn<TeachingRow, String> ideological = column("title.records.col.ideological", 70,
                r -> r.ideological() ? m.get("title.records.tick") : "");
        ideological.setStyle("-fx-alignment: center;");
        table.getColumns().setAll(List.of(semester, course, hours, ideological));
        Button add = addButton("addTeachingButton", () -> {
            TeachingFormViewModel form = vm.newTeachingForm();
            forms.teaching(form, owner.get(), chosenName()).show(saved -> added());
        });
        Button delete = deleteButton("deleteTeachingButton", table, r -> true, r -> {
            if (dialogs.confirmDestructive(m.get("title.records.confirm.delete", vm.describe(r)),
                    m.get("common.delete"))) {
                vm.deleteTeaching(r);
            }
        });
        Label note = label("teachingNote", vm.teachingNoteProperty(), "finding-notice");
        note.setWrapText(true);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        return section(null, add, delete, table, note);
    }

    private Node services() {
        TableView<ServiceRecord> table = table("serviceTable", vm.services());
        TableColumn<ServiceRecord, String> competent = column("title.records.col.competent", 80,
                s -> s.competent() ? m.get("title.records.tick") : m.get("common.no"));
        competent.setStyle("-fx-alignment: center;");
        table.getColumns().setAll(List.of(
                column("title.field.serviceRole", 90, s -> s.role().label(m)),
                column("title.records.col.period", 220, vm::period),
                column("title.field.className", 220, ServiceRecord::className),
                competent));
        Button add = addButton("addServiceButton", () -> {
            ServiceFormViewModel form = vm.newServiceForm();
            forms.service(form, owner.get(), chosenName()).show(saved -> added());
        });
        Button delete = deleteButton("deleteServiceButton", table, s -> true, s -> {
            if (dialogs.confirmDestructive(m.get("title.records.confirm.delete", vm.describe(s)),
                    m.get("common.delete"))) {
                vm.deleteService(s);
            }
        });
        Label hint = new Label(m.get("title.records.service.hint"));
        hint.setId("serviceHint");
        hint.setStyle("-fx-text-fill: #666666;");
        return section(hint, add, delete, table, null);
    }

    // ---- small pieces -------------------------------------------------------------------------

    /** A record was added through its form: the lists reload, the status bar says so. */
    private void added() {
        vm.added();
        dialogs.notice(m.get("title.records.saved", chosenName()));
    }

    private String chosenName() {
        CounselorChoice c = vm.selectedProperty().get();
        return c == null ? "" : c.name();
    }

    private Node section(Label left, Button add, Button delete, TableView<?> table, Node below) {
        javafx.scene.layout.FlowPane bar = Toolbars.row(add, delete);
        VBox box = new VBox(bar);
        if (left != null) {
            // A wrapping text takes its own line under the buttons.
            left.setMinHeight(Label.USE_PREF_SIZE);
            VBox.setMargin(left, new Insets(0, 8, 4, 8));
            box.getChildren().add(left);
        }
        box.getChildren().add(table);
        if (below != null) {
            box.getChildren().add(below);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        if (below != null) {
            VBox.setMargin(below, new Insets(4, 8, 6, 8));
        }
        return box;
    }

    private Label label(String id, ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        l.setWrapText(true);
        return l;
    }

    private <R> TableView<R> table(String id, ObservableList<R> rows) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(m.get(
                vm.selectedProperty().get() == null ? "title.records.none" : "title.records.empty")),
                vm.selectedProperty()));
        Tables.fillWidth(table);
        Tables.headersWhole(table);
        return table;
    }

    private <R, V> TableColumn<R, V> column(String key, double width, Function<R, V> value) {
        TableColumn<R, V> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private Button addButton(String id, Runnable open) {
        Button b = new Button(m.get("title.records.add"));
        b.setId(id);
        b.disableProperty().bind(vm.selectedProperty().isNull());
        b.setOnAction(e -> open.run());
        return b;
    }

    private <R> Button deleteButton(String id, TableView<R> table, Predicate<R> deletable, Consumer<R> delete) {
        Button b = new Button(m.get("title.records.delete"));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            R r = table.getSelectionModel().getSelectedItem();
            return r == null || !deletable.test(r);
        }, table.getSelectionModel().selectedItemProperty()));
        b.setOnAction(e -> {
            R r = table.getSelectionModel().getSelectedItem();
            if (r != null) {
                delete.accept(r);
            }
        });
        table.setOnKeyPressed(e -> {
            R r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && r != null && deletable.test(r)) {
                delete.accept(r);
            }
        });
        return b;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
