package cn.huyang.exchange;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.CellState;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 文件 → 导入数据包… (学工部 and administrators; a department's PC for its office's packages): choose a .hypkg, 预览 (in the background) shows who sent it,
 * per table what is new, changed, unchanged, in conflict or deleted, and the changes field by field;
 * 导入 applies it (a backup first) and the dialog says what it did. Nothing is written before 导入.
 */
public final class PackageImportDialog {
    private final Dialog<Void> d = new Dialog<>();

    /** @param office 学工部 or an administrator (else a department's PC, importing its office's package) */
    PackageImportDialog(PackageImportViewModel vm, Messages m, PackageFiles files, Window owner, boolean office) {
        d.setTitle(m.get("package.ui.importTitle"));
        HBox path = PackageViews.pathRow(m, "packageFile", vm.fileProperty(), () -> {
            String chosen = files.openPackage(d.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                vm.fileProperty().set(chosen);
                vm.preview(); // chosen: previewed at once
            }
            return null;
        });
        ((TextField) path.getChildren().get(0)).setOnAction(e -> vm.preview());
        Button preview = new Button(m.get("package.ui.preview"));
        preview.setId("packagePreviewButton");
        preview.setMinWidth(Button.USE_PREF_SIZE);
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.preview());
        path.getChildren().addAll(preview, PackageViews.spinner("packageImportProgress", vm.busyProperty()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Label file = new Label(m.get("package.ui.file"));
        file.setMinWidth(Label.USE_PREF_SIZE);
        HBox fileRow = new HBox(8, file, path);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Label manifest = PackageViews.text("packageManifest", vm.manifestProperty(), "section-title");
        Label status = PackageViews.text("packageStatus", vm.statusProperty(), null);
        TableView<PackageImportViewModel.Counts> counts = counts(vm, m);
        TableView<PackageImportViewModel.Line> lines = lines(vm, m);
        String kind = office ? "" : "FromOffice";
        VBox content = new VBox(8, Dialogs.heading(m.get("package.ui.importHeading" + kind)),
                Dialogs.note(m.get("package.ui.importNote" + kind)), fileRow,
                PackageViews.text("packageImportError", vm.errorProperty(), "form-errors"), manifest, status, counts,
                new Label(m.get("package.ui.changes")), lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        content.setPrefWidth(980); // the notes wrap at this width rather than widen the dialog
        d.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(m.get("package.ui.apply"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(apply,
                new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button button = (Button) d.getDialogPane().lookupButton(apply);
        button.setId("packageApplyButton");
        button.disableProperty().bind(vm.applicableProperty().not().or(vm.busyProperty()));
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stays open: what it did shows here
            vm.apply();
        });
        Dialogs.prepare(d, owner);
        if (d.getDialogPane().getScene().getWindow() instanceof Stage s) {
            Screens.fit(s, owner, 1000, 720);
        }
    }

    private static TableView<PackageImportViewModel.Counts> counts(PackageImportViewModel vm, Messages m) {
        TableView<PackageImportViewModel.Counts> t = PackageViews.table("packageCounts", vm.counts(), m,
                "package.ui.countsEmpty");
        t.getColumns().add(PackageViews.column(m, "package.ui.col.table", 180, PackageImportViewModel.Counts::label));
        t.getColumns().add(PackageViews.number(m, "package.kind.NEW", PackageImportViewModel.Counts::added));
        t.getColumns().add(PackageViews.number(m, "package.kind.CHANGED", PackageImportViewModel.Counts::changed));
        t.getColumns().add(PackageViews.number(m, "package.kind.UNCHANGED", PackageImportViewModel.Counts::unchanged));
        t.getColumns().add(PackageViews.number(m, "package.kind.CONFLICT", PackageImportViewModel.Counts::conflicts));
        t.getColumns().add(PackageViews.number(m, "package.kind.DELETE", PackageImportViewModel.Counts::deleted));
        PackageViews.finish(t);
        t.setPrefHeight(240);
        t.setMinHeight(120);
        return t;
    }

    private static TableView<PackageImportViewModel.Line> lines(PackageImportViewModel vm, Messages m) {
        TableView<PackageImportViewModel.Line> t = PackageViews.table("packageLines", vm.lines(), m,
                "package.ui.linesEmpty");
        t.getColumns().add(PackageViews.column(m, "package.ui.col.kind", 60, PackageImportViewModel.Line::kindLabel));
        t.getColumns().add(PackageViews.column(m, "package.ui.col.table", 90, PackageImportViewModel.Line::table));
        t.getColumns().add(PackageViews.column(m, "package.ui.col.record", 170, PackageImportViewModel.Line::record));
        t.getColumns().add(PackageViews.column(m, "package.ui.col.field", 90, PackageImportViewModel.Line::field));
        t.getColumns().add(PackageViews.column(m, "package.ui.col.before", 170, PackageImportViewModel.Line::before));
        t.getColumns().add(PackageViews.column(m, "package.ui.col.after", 170, PackageImportViewModel.Line::after));
        t.setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(PackageImportViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                CellState.set(this, "package-conflict", !empty && line != null && line.kind() == RowChange.Kind.CONFLICT);
            }
        });
        PackageViews.finish(t);
        t.setMinHeight(140);
        return t;
    }

    public void show() {
        d.show();
    }

    Dialog<Void> dialog() {
        return d;
    }
}
