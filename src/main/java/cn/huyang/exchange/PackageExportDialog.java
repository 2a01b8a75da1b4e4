package cn.huyang.exchange;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 文件 → 导出数据包… (系部, 辅导员): where to write the package, the office key file (the first time), the
 * package to follow (optional); 导出 writes it in the background (a spinner meanwhile) and the dialog
 * stays open with the package's number and rows per table, or the refusal in words.
 */
public final class PackageExportDialog {
    private final Dialog<Void> d = new Dialog<>();

    PackageExportDialog(PackageExportViewModel vm, Messages m, PackageFiles files, Window owner) {
        d.setTitle(m.get("package.ui.exportTitle"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        grid.addRow(0, label(m, "package.ui.target"), PackageViews.pathRow(m, "packageTarget", vm.targetProperty(),
                () -> files.savePackage(d.getDialogPane().getScene().getWindow(), vm.suggestedName())));
        grid.addRow(1, label(m, "package.ui.officeKey"), PackageViews.pathRow(m, "packageOfficeKey",
                vm.officeKeyProperty(), () -> files.openOfficeKey(d.getDialogPane().getScene().getWindow())));
        grid.add(Dialogs.note(m.get("package.ui.officeKeyNote")), 1, 2);
        TextField since = new TextField();
        since.setId("packageSince");
        since.setPrefColumnCount(6);
        since.setMaxWidth(Region.USE_PREF_SIZE);
        since.setPromptText(m.get("package.ui.sincePrompt"));
        since.textProperty().bindBidirectional(vm.sinceProperty());
        Label sinceNote = Dialogs.note(m.get("package.ui.sinceNote"));
        HBox sinceRow = new HBox(8, since, sinceNote);
        sinceRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sinceNote, Priority.ALWAYS);
        grid.addRow(3, label(m, "package.ui.since"), sinceRow);

        TableView<PackageExportViewModel.TableRows> rows = PackageViews.table("packageExportRows", vm.rows(), m,
                "package.ui.exportEmpty");
        rows.getColumns().add(PackageViews.column(m, "package.ui.col.table", 220,
                PackageExportViewModel.TableRows::label));
        rows.getColumns().add(PackageViews.number(m, "package.ui.col.rows", PackageExportViewModel.TableRows::rows));
        PackageViews.finish(rows);
        rows.setPrefHeight(220);
        HBox state = new HBox(8, PackageViews.spinner("packageExportProgress", vm.busyProperty()),
                PackageViews.text("packageExportSummary", vm.summaryProperty(), "met"));
        state.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, Dialogs.heading(m.get("package.ui.exportHeading")),
                Dialogs.note(m.get("package.ui.exportNote")), grid,
                PackageViews.text("packageExportError", vm.errorProperty(), "form-errors"), state, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        content.setPrefWidth(640);
        d.getDialogPane().setContent(content);
        ButtonType export = new ButtonType(m.get("package.ui.export"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(export,
                new ButtonType(m.get("common.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button button = (Button) d.getDialogPane().lookupButton(export);
        button.setId("packageExportButton");
        button.disableProperty().bind(vm.busyProperty());
        button.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stays open: the result shows here
            vm.export();
        });
        Dialogs.prepare(d, owner);
        if (d.getDialogPane().getScene().getWindow() instanceof Stage s) {
            Screens.fit(s, owner, 720, 620);
        }
    }

    private static Label label(Messages m, String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    public void show() {
        d.show();
    }

    Dialog<Void> dialog() {
        return d;
    }
}
