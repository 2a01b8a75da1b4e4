package cn.huyang.exchange;

import cn.huyang.common.Messages;
import cn.huyang.common.ui.Dialogs;
import cn.huyang.common.ui.Screens;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
 * 文件 → 导出数据包…: 系部 and 辅导员 choose where to write the package, the office key file (the first
 * time) and the package to follow (optional); 学工部 chooses the department and whether its PC is new
 * instead of the key file. 导出 writes it in the background (a spinner meanwhile) and the dialog stays
 * open with the package's number and rows per table (and a new PC's one-time setup code), or the
 * refusal in words.
 */
public final class PackageExportDialog {
    private final PackageExportViewModel vm;
    private final Dialog<Void> d = new Dialog<>();

    PackageExportDialog(PackageExportViewModel vm, Messages m, PackageFiles files, Window owner) {
        this.vm = vm;
        d.setTitle(m.get("package.ui.exportTitle"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        if (vm.forDepartments()) {
            ComboBox<PackageExportViewModel.Choice> department = new ComboBox<>(vm.departments());
            department.setId("packageDepartment");
            department.valueProperty().bindBidirectional(vm.departmentProperty());
            grid.addRow(row++, label(m, "package.ui.department"), department);
            CheckBox newPc = new CheckBox(m.get("package.ui.newPc"));
            newPc.setId("packageNewPc");
            newPc.setWrapText(true);
            newPc.selectedProperty().bindBidirectional(vm.newPcProperty());
            grid.add(newPc, 1, row++);
        }
        grid.addRow(row++, label(m, "package.ui.target"), PackageViews.pathRow(m, "packageTarget", vm.targetProperty(),
                () -> files.savePackage(d.getDialogPane().getScene().getWindow(), vm.suggestedName())));
        if (!vm.forDepartments()) {
            grid.addRow(row++, label(m, "package.ui.officeKey"), PackageViews.pathRow(m, "packageOfficeKey",
                    vm.officeKeyProperty(), () -> files.openOfficeKey(d.getDialogPane().getScene().getWindow())));
            grid.add(Dialogs.note(m.get("package.ui.officeKeyNote")), 1, row++);
        }
        TextField since = new TextField();
        since.setId("packageSince");
        since.setPrefColumnCount(6);
        since.setMinWidth(Region.USE_PREF_SIZE);
        since.setMaxWidth(Region.USE_PREF_SIZE);
        since.setPromptText(m.get("package.ui.sincePrompt"));
        since.textProperty().bindBidirectional(vm.sinceProperty());
        Label sinceNote = Dialogs.note(m.get("package.ui.sinceNote"));
        HBox sinceRow = new HBox(8, since, sinceNote);
        sinceRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sinceNote, Priority.ALWAYS);
        grid.addRow(row, label(m, "package.ui.since"), sinceRow);

        TableView<PackageExportViewModel.TableRows> rows = PackageViews.table("packageExportRows", vm.rows(), m,
                "package.ui.exportEmpty");
        rows.getColumns().add(PackageViews.column(m, "package.ui.col.table", 220,
                PackageExportViewModel.TableRows::label));
        rows.getColumns().add(PackageViews.number(m, "package.ui.col.rows", PackageExportViewModel.TableRows::rows));
        PackageViews.finish(rows);
        rows.setPrefHeight(260);
        rows.setMinHeight(150);
        HBox state = new HBox(8, PackageViews.spinner("packageExportProgress", vm.busyProperty()),
                PackageViews.text("packageExportSummary", vm.summaryProperty(), "met"));
        state.setAlignment(Pos.CENTER_LEFT);
        String kind = vm.forDepartments() ? "ForDepartment" : "";
        VBox content = new VBox(8, Dialogs.heading(m.get("package.ui.exportHeading" + kind)),
                Dialogs.note(m.get("package.ui.exportNote" + kind)), grid,
                PackageViews.text("packageExportError", vm.errorProperty(), "form-errors"), state, setupCode(vm, m),
                rows);
        VBox.setVgrow(rows, Priority.ALWAYS);
        content.setPrefWidth(700);
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
            Screens.fit(s, owner, 760, 720);
        }
    }

    /** The one-time setup code, selectable (to copy), with what to do with it; no room while there is none. */
    private static VBox setupCode(PackageExportViewModel vm, Messages m) {
        TextField code = new TextField();
        code.setId("packageSetupCode");
        code.setEditable(false);
        code.textProperty().bind(vm.setupCodeProperty());
        code.getStyleClass().add("setup-code");
        VBox box = new VBox(4, new Label(m.get("package.ui.setupCode")), code,
                Dialogs.note(m.get("package.ui.setupCodeNote")));
        box.managedProperty().bind(vm.setupCodeProperty().isNotEmpty());
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    private static Label label(Messages m, String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    public void show() {
        vm.load();
        d.show();
    }

    Dialog<Void> dialog() {
        return d;
    }
}
