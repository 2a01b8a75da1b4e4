package cn.huyang.worklog;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Converters;
import cn.huyang.common.ui.Tables;
import cn.huyang.common.ui.Toolbars;
import cn.huyang.roster.Counselor;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 工作周记 on screen: the counselor and month on top (the same as 工作记录's), the month's weeks with their
 * state on the left, the chosen week's entries on the right — the eleven duties of 三(一)2, the students,
 * the problems for the department, next week's plans — with 保存, 提交系部 and the department's 标记已阅.
 */
public class JournalView {
    private final JournalViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TableView<JournalViewModel.Week> weeks;
    private final Predicate<String> confirm;

    /** {@code confirm} asks the user (OK: true) before another week replaces what was typed and not saved. */
    public JournalView(JournalViewModel vm, Messages m, Predicate<String> confirm) {
        this.vm = vm;
        this.m = m;
        this.confirm = confirm;
        root.setId("journalView");
        root.setTop(toolbar());
        weeks = weeks();
        SplitPane split = new SplitPane(weeks, form());
        split.setDividerPositions(0.3);
        SplitPane.setResizableWithParent(weeks, false);
        root.setCenter(split);
    }

    public Node node() {
        return root;
    }

    private Node toolbar() {
        ComboBox<Counselor> who = new ComboBox<>(vm.counselors());
        who.setId("journalCounselor");
        who.setConverter(Converters.of(Counselor::name, ""));
        who.valueProperty().bindBidirectional(vm.counselorProperty());
        Button prev = new Button(m.get("worklog.prev"));
        prev.setOnAction(e -> vm.previousMonth());
        Button next = new Button(m.get("worklog.next"));
        next.setOnAction(e -> vm.nextMonth());
        Label month = new Label();
        month.setId("journalMonth");
        month.textProperty().bind(vm.monthProperty().asString());
        return Toolbars.row(new Label(m.get("worklog.field.counselor")), who, prev, month, next);
    }

    private TableView<JournalViewModel.Week> weeks() {
        TableView<JournalViewModel.Week> table = new TableView<>(vm.weeks());
        table.setId("journalWeeks");
        table.setPlaceholder(new Label(m.get("worklog.journal.noWeeks")));
        table.getColumns().addAll(List.of(column("worklog.journal.col.week", JournalViewModel.Week::span),
                column("worklog.journal.col.status", JournalViewModel.Week::state)));
        Tables.fillWidth(table);
        Tables.headersWhole(table);
        table.setMinWidth(Region.USE_PREF_SIZE);
        table.setPrefWidth(220);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.selectedProperty().get())) {
                if (!vm.hasUnsavedChanges()) {
                    vm.select(b);
                } else {
                    Platform.runLater(() -> { // asked after the click is handled; 取消 goes back to the week typed in
                        if (confirm.test(m.get("worklog.journal.discard"))) {
                            vm.select(b);
                        } else {
                            showSelected(table);
                        }
                    });
                }
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> showSelected(table));
        vm.weeks().addListener((ListChangeListener<JournalViewModel.Week>) c -> showSelected(table));
        return table;
    }

    /** The table shows the week the form holds (after a reload or a save, too). */
    private void showSelected(TableView<JournalViewModel.Week> table) {
        JournalViewModel.Week w = vm.selectedProperty().get();
        if (w == null) {
            table.getSelectionModel().clearSelection();
        } else if (!w.equals(table.getSelectionModel().getSelectedItem())) {
            table.getSelectionModel().select(w);
        }
    }

    private TableColumn<JournalViewModel.Week, String> column(String key,
                                                              Function<JournalViewModel.Week, String> value) {
        TableColumn<JournalViewModel.Week, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** The entries scroll; the state of the week, the buttons and a refusal stay in view below them. */
    private Node form() {
        VBox box = new VBox(4);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        for (String k : Journal.KEYS) {
            Label label = new Label(m.get("worklog.journal." + k));
            label.setWrapText(true);
            TextArea area = new TextArea();
            area.setId("journalEntry-" + k);
            area.setWrapText(true);
            area.setPrefRowCount(k.startsWith("duty") ? 2 : 3);
            area.textProperty().bindBidirectional(vm.entry(k));
            area.editableProperty().bind(Bindings.createBooleanBinding(() -> vm.mayEdit() && status() != null
                    && status() != JournalViewModel.Status.READ, vm.selectedProperty(), vm.mayEditProperty()));
            area.focusedProperty().addListener((o, a, b) -> {
                if (b) {
                    reveal(scroll, label, area);
                }
            });
            label.setLabelFor(area);
            box.getChildren().addAll(label, area);
        }
        Label review = new Label();
        review.setId("journalReviewState");
        review.setWrapText(true);
        review.textProperty().bind(vm.reviewProperty());
        review.managedProperty().bind(review.textProperty().isNotEmpty());
        VBox actions = new VBox(6, review, buttons(), reviewRow(), error());
        actions.setPadding(new Insets(6, 8, 6, 8));
        BorderPane right = new BorderPane(scroll);
        right.setBottom(actions);
        return right;
    }

    /** Scrolls the entry with the keyboard's focus (and its label) into view. */
    private static void reveal(ScrollPane scroll, Node label, Node area) {
        Node content = scroll.getContent();
        double free = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (free <= 0) {
            return;
        }
        double top = content.sceneToLocal(label.localToScene(label.getBoundsInLocal())).getMinY();
        double bottom = content.sceneToLocal(area.localToScene(area.getBoundsInLocal())).getMaxY();
        double from = scroll.getVvalue() * free;
        double seen = scroll.getViewportBounds().getHeight();
        if (top < from) {
            scroll.setVvalue(top / free);
        } else if (bottom > from + seen) {
            scroll.setVvalue(Math.min(1, (bottom - seen) / free));
        }
    }

    private Node buttons() {
        Button save = Toolbars.whole(new Button(m.get("worklog.save")));
        save.setId("journalSave");
        save.setOnAction(e -> vm.save());
        BooleanBinding noWeek = vm.selectedProperty().isNull();
        save.disableProperty().bind(noWeek.or(vm.mayEditProperty().not()).or(Bindings.createBooleanBinding(
                () -> status() == JournalViewModel.Status.READ, vm.selectedProperty()))); // read: kept as read
        Button submit = Toolbars.whole(new Button(m.get("worklog.journal.submit")));
        submit.setId("journalSubmit");
        submit.setOnAction(e -> vm.submit());
        submit.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.mayEdit()
                || status() == null || status() == JournalViewModel.Status.SUBMITTED
                || status() == JournalViewModel.Status.READ, vm.selectedProperty(), vm.mayEditProperty()));
        return new HBox(8, save, submit);
    }

    private Node reviewRow() {
        Label label = Toolbars.whole(new Label(m.get("worklog.field.reviewComment")));
        TextField comment = new TextField();
        comment.setId("journalComment");
        comment.textProperty().bindBidirectional(vm.commentProperty());
        HBox.setHgrow(comment, Priority.ALWAYS);
        Button read = Toolbars.whole(new Button(m.get("worklog.journal.markRead")));
        read.setId("journalReview");
        read.setOnAction(e -> vm.markRead());
        BooleanBinding cannot = Bindings.createBooleanBinding(() -> !vm.mayReview() || status() == null
                || status() == JournalViewModel.Status.EMPTY || status() == JournalViewModel.Status.SAVED,
                vm.selectedProperty(), vm.mayReviewProperty());
        read.disableProperty().bind(cannot);
        comment.disableProperty().bind(cannot);
        HBox row = new HBox(8, label, comment, read);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.mayReviewProperty());
        row.managedProperty().bind(vm.mayReviewProperty());
        return row;
    }

    private Node error() {
        Label error = new Label();
        error.setId("journalError");
        error.setWrapText(true);
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        return error;
    }

    private JournalViewModel.Status status() {
        JournalViewModel.Week w = vm.selectedProperty().get();
        return w == null ? null : w.status();
    }
}
