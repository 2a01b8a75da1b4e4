package cn.huyang.exchange;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 文件 → 数据包冲突… (学工部, administrators): the open conflicts above; below, the selected one's fields
 * with this office's value and the package's side by side, and per record 保留本处的版本 or
 * 采用数据包的版本, or the package's values of the fields ticked (按勾选的字段合并). Nothing is decided
 * without a click; each decision is in the audit log.
 */
public final class PackageConflictsDialog {
    private final PackageConflictsViewModel vm;
    private final Dialog<Void> d = new Dialog<>();

    PackageConflictsDialog(PackageConflictsViewModel vm, Messages m, Window owner) {
        this.vm = vm;
        d.setTitle(m.get("package.ui.conflictsTitle"));
        TableView<PackageConflictsViewModel.Row> list = PackageViews.table("packageConflicts", vm.rows(), m,
                "package.ui.noConflicts");
        list.getColumns().add(PackageViews.column(m, "package.ui.col.id", 50, r -> "#" + r.id()));
        list.getColumns().add(PackageViews.column(m, "package.ui.col.table", 90, PackageConflictsViewModel.Row::table));
        list.getColumns().add(PackageViews.column(m, "package.ui.col.record", 180,
                PackageConflictsViewModel.Row::record));
        list.getColumns().add(PackageViews.column(m, "package.ui.col.fields", 220,
                PackageConflictsViewModel.Row::fields));
        list.getColumns().add(PackageViews.column(m, "package.ui.col.from", 110, PackageConflictsViewModel.Row::from));
        list.getColumns().add(PackageViews.column(m, "package.ui.col.created", 130,
                PackageConflictsViewModel.Row::created));
        PackageViews.finish(list);
        list.setPrefHeight(220);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != null && list.getSelectionModel().getSelectedItem() != r) {
                list.getSelectionModel().select(r);
            }
        });

        TableView<PackageConflictsViewModel.Field> fields = PackageViews.table("packageConflictFields", vm.fields(), m,
                "package.ui.selectConflict");
        fields.getColumns().add(PackageViews.column(m, "package.ui.col.field", 120,
                PackageConflictsViewModel.Field::field));
        fields.getColumns().add(PackageViews.column(m, "package.ui.col.office", 250,
                PackageConflictsViewModel.Field::office));
        fields.getColumns().add(PackageViews.column(m, "package.ui.col.package", 250,
                PackageConflictsViewModel.Field::pkg));
        TableColumn<PackageConflictsViewModel.Field, Boolean> take = new TableColumn<>(m.get("package.ui.col.take"));
        take.setId("conflictTakeField");
        take.setCellValueFactory(x -> vm.takeField(x.getValue().column()));
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setEditable(true);
        take.setPrefWidth(90);
        take.editableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().mergeable(), vm.selectedProperty()));
        fields.getColumns().add(take);
        fields.setEditable(true);
        PackageViews.finish(fields);
        fields.setMinHeight(140);

        Button keep = new Button(m.get("package.ui.keepOffice"));
        keep.setId("conflictKeepOffice");
        keep.setOnAction(e -> vm.resolve(ConflictService.Take.OFFICE));
        Button takeAll = new Button(m.get("package.ui.takePackage"));
        takeAll.setId("conflictTakePackage");
        takeAll.setOnAction(e -> vm.resolve(ConflictService.Take.PACKAGE));
        for (Button b : new Button[] {keep, takeAll}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        }
        Button merge = new Button(m.get("package.ui.takeFields"));
        merge.setId("conflictTakeFields");
        merge.setMinWidth(Button.USE_PREF_SIZE);
        merge.setOnAction(e -> vm.resolveFields());
        merge.disableProperty().bind(vm.fieldsChosenProperty().not().or(vm.busyProperty()));
        HBox actions = new HBox(8, keep, takeAll, merge,
                PackageViews.spinner("packageConflictsProgress", vm.busyProperty()));
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(8, Dialogs.heading(m.get("package.ui.conflictsHeading")),
                Dialogs.note(m.get("package.ui.conflictsNote")),
                PackageViews.text("packageConflictCount", vm.countProperty(), null),
                PackageViews.text("packageConflictError", vm.errorProperty(), "form-errors"), list,
                new Label(m.get("package.ui.conflictFields")), fields, actions);
        VBox.setVgrow(fields, Priority.ALWAYS);
        content.setPrefWidth(900); // the notes wrap at this width rather than widen the dialog
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        if (d.getDialogPane().getScene().getWindow() instanceof Stage s) {
            Screens.fit(s, owner, 960, 680);
        }
    }

    /** Shows the dialog and reads the open conflicts behind it. */
    public void show() {
        vm.load();
        d.show();
    }

    Dialog<Void> dialog() {
        return d;
    }
}
