package cn.huyang.title;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import cn.huyang.common.ui.Toolbars;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The year's plan (posts reserved for counselors), criteria and review weights per target; each row edits in a dialog. */
public class TargetsView {
    private final TargetsViewModel vm;
    private final Messages m;
    private final Supplier<Window> owner;
    private final BorderPane root = new BorderPane();
    private final TableView<Target> table = new TableView<>();

    public TargetsView(TargetsViewModel vm, DialogService dialogs, Supplier<Window> owner) {
        this.vm = vm;
        this.m = vm.messages();
        this.owner = owner;
        root.setId("targetsView");
        TextField cutoff = new TextField();
        cutoff.setId("cutoffField");
        cutoff.setPrefColumnCount(10);
        cutoff.textProperty().bindBidirectional(vm.cutoffProperty());
        Button saveCutoff = new Button(m.get("title.targets.saveCutoff"));
        saveCutoff.setId("saveCutoffButton");
        Button edit = new Button(m.get("title.targets.edit"));
        edit.setId("editTargetButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button addRank = new Button(m.get("title.targets.addRank"));
        addRank.setId("addRankButton");
        addRank.setOnAction(e -> edit(vm.newRank()));
        Button delete = new Button(m.get("title.targets.delete"));
        delete.setId("deleteTargetButton");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            Target t = table.getSelectionModel().getSelectedItem();
            if (t != null && dialogs.confirmDestructive(m.get("title.targets.deleteConfirm",
                    vm.targetLabel(t)), m.get("common.delete"))) {
                vm.delete(t);
            }
        });
        saveCutoff.setOnAction(e -> vm.saveCutoff());
        javafx.scene.layout.FlowPane bar = Toolbars.row(new Label(m.get("title.field.cutoff")), cutoff, saveCutoff, edit,
                addRank, delete);
        bar.disableProperty().bind(vm.lockedProperty());
        Label notice = new Label();
        notice.setId("targetsNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        HBox banner = new HBox(notice);
        banner.getStyleClass().add("banner");
        Label message = new Label();
        message.getStyleClass().add("form-errors");
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(bar, banner, message);
        VBox.setMargin(message, new Insets(0, 8, 0, 8));
        root.setTop(top);
        root.setCenter(buildTable());
    }

    public Node node() {
        return root;
    }

    private void edit(Target t) {
        if (t != null && !vm.lockedProperty().get()) {
            new TargetDialog(vm, t, owner.get()).showAndWait();
        }
    }

    private Node buildTable() {
        table.setId("targetsTable");
        table.setItems(vm.targets());
        table.getColumns().setAll(List.of(
                column("title.col.track", 130, t -> t.track().label(m)),
                column("title.col.target", 90, vm::targetLabel),
                column("title.field.posts", 70, t -> String.valueOf(t.posts())),
                column("title.field.minYearsCurrent", 80, t -> String.valueOf(t.minYearsCurrent())),
                column("title.col.counselorYears", 120, t -> m.get("title.targets.byDegree", t.minYearsBachelor(),
                        t.minYearsMaster(), t.minYearsDoctor())),
                column("title.col.education", 130, t -> (t.minEducation() == null ? m.get("title.rule.any")
                        : t.minEducation().label(m)) + " / " + (t.minDegree() == null ? m.get("title.rule.any")
                        : t.minDegree().label(m))),
                column("title.col.assessment", 170, t -> m.get("title.targets.assessment", t.assessmentWindow(),
                        t.minExcellent())),
                column("title.col.training", 60, t -> m.get(t.requireTraining() ? "title.targets.yes"
                        : "title.targets.no")),
                column("title.field.minOutputs", 80, t -> String.valueOf(t.minOutputs())),
                column("title.field.weights", 90, t -> TitleReviewViewModel.plain(t.weightWork()) + " / "
                        + TitleReviewViewModel.plain(t.weightResearch())),
                column("title.col.source", 90, t -> m.get(t.defaults() ? "title.targets.default"
                        : "title.targets.set"))));
        cn.huyang.common.ui.Tables.fillWidth(table);
        cn.huyang.common.ui.Tables.headersWhole(table);
        table.setRowFactory(tv -> {
            TableRow<Target> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private TableColumn<Target, String> column(String key, double width, Function<Target, String> value) {
        TableColumn<Target, String> col = new TableColumn<>(m.get(key));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }
}
