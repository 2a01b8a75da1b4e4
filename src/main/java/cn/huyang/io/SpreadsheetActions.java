package cn.huyang.io;

import cn.huyang.assessment.AssessmentView;
import cn.huyang.assessment.GridRow;
import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.FilePicker;
import cn.huyang.roster.Counselor;
import cn.huyang.roster.RosterRow;
import cn.huyang.roster.RosterView;
import cn.huyang.common.ui.DialogService;
import cn.huyang.training.ComplianceRow;
import cn.huyang.training.LedgerFilter;
import cn.huyang.training.LedgerSort;
import cn.huyang.training.TrainingView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.stage.Window;

/**
 * The window's spreadsheet commands: 文件 → 导入花名册… and an 导出 Excel… button on every table
 * (roster, staffing ratio, ledger, compliance, assessment results). Each export writes the table as
 * shown — its filter and sort — in the background; ID numbers are masked unless the user picks
 * 导出完整身份证号 from the button's menu. When done, the status bar says where the file is.
 */
public class SpreadsheetActions {
    private final ExportService export;
    private final RosterImportService rosterImport;
    private final TrainingImportService trainingImport;
    private final ScoresImportService scoresImport;
    private final BackgroundRunner runner;
    private final Messages m;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;
    private final Runnable reload;
    private final Supplier<LocalDate> today;
    private FilePicker files;

    /** Writes a table to a file in the background; the rows were taken on the JavaFX thread, as shown. */
    @FunctionalInterface
    public interface Writer {
        int write(Path file, boolean fullId) throws Exception;
    }

    public SpreadsheetActions(ExportService export, RosterImportService rosterImport,
                              TrainingImportService trainingImport, ScoresImportService scoresImport,
                              BackgroundRunner runner,
                              Messages messages, DialogService dialogs, Supplier<Window> owner, FilePicker files,
                              Consumer<String> notice, Runnable reload, Supplier<LocalDate> today) {
        this.export = export;
        this.rosterImport = rosterImport;
        this.trainingImport = trainingImport;
        this.scoresImport = scoresImport;
        this.runner = runner;
        this.m = messages;
        this.dialogs = dialogs;
        this.owner = owner;
        this.files = files;
        this.notice = notice;
        this.reload = reload;
        this.today = today;
    }

    /** Screen tests answer the file choosers themselves. */
    public void setFilePicker(FilePicker files) {
        this.files = files;
    }

    /** 文件 → 从 Excel 导入…. */
    public MenuItem importMenuItem() {
        MenuItem item = new MenuItem(m.get("io.menu.import"));
        item.setId("menuImport");
        item.setOnAction(e -> openImport());
        return item;
    }

    public ImportDialog openImport() {
        ImportViewModel vm = new ImportViewModel(rosterImport, trainingImport, scoresImport, export, runner, m,
                today.get().getYear());
        vm.setOnImported(outcome -> reload.run());
        ImportDialog dialog = new ImportDialog(vm, files, owner.get());
        dialog.show();
        return dialog;
    }

    /** An 导出 Excel… button on each table of the window, and 导入… on the roster's. */
    public void installExports(RosterView roster, TrainingView training) {
        javafx.scene.control.Button importButton = new javafx.scene.control.Button(m.get("io.import.button"));
        importButton.setId("importRosterButton");
        importButton.setOnAction(e -> openImport());
        roster.addTool(importButton);
        roster.addTool(button("exportRosterButton", () -> m.get("io.sheet.roster"), true, () -> {
            List<Counselor> rows = roster.table().getItems().stream().map(RosterRow::counselor).toList();
            return (file, fullId) -> export.roster(file, rows, fullId);
        }));
        roster.staffing().addTool(button("exportRatioButton", () -> m.get("io.sheet.ratio", roster.staffing().year()),
                false, () -> {
                    int year = roster.staffing().year();
                    return (file, fullId) -> export.ratio(file, year);
                }));
        training.ledgerView().addTool(button("exportLedgerButton", () -> m.get("io.sheet.ledger"), false, () -> {
            LedgerFilter filter = training.ledger().filter();
            LedgerSort sort = training.ledger().sortProperty().get();
            return (file, fullId) -> export.ledger(file, filter, sort);
        }));
        training.complianceView().addTool(button("exportComplianceButton", () -> m.get("io.sheet.compliance"), false,
                () -> {
                    List<ComplianceRow> rows = List.copyOf(training.complianceView().table().getItems());
                    return (file, fullId) -> export.compliance(file, rows);
                }));
    }

    /** 导出 Excel… on the assessment results. */
    public void installExport(AssessmentView assessment) {
        assessment.addTool(button("exportScoresButton", () -> m.get("io.sheet.scores", assessment.year()), true, () -> {
            if (assessment.dirty()) {
                dialogs.info(m.get("io.export.unsaved"));
                return null;
            }
            int year = assessment.year();
            var rows = assessment.table().getItems().stream().map(GridRow::source).toList();
            return (file, fullId) -> export.scores(file, year, rows, fullId);
        }));
    }

    /**
     * 导出 Excel…: a click exports with ID numbers masked; where the table holds ID numbers, the
     * button's menu offers 导出完整身份证号…. The file name offered is the sheet's name and today's date.
     */
    SplitMenuButton button(String id, Supplier<String> name, boolean hasIdNumbers, Supplier<Writer> shown) {
        SplitMenuButton button = new SplitMenuButton();
        button.setText(m.get("io.export.button"));
        button.setId(id);
        button.setOnAction(e -> export(name, false, shown));
        if (hasIdNumbers) {
            MenuItem full = new MenuItem(m.get("io.export.fullId"));
            full.setId(id + "FullId");
            full.setOnAction(e -> export(name, true, shown));
            button.getItems().add(full);
        }
        return button;
    }

    private void export(Supplier<String> name, boolean fullId, Supplier<Writer> shown) {
        Writer writer = shown.get();
        if (writer == null) {
            return;
        }
        Path file = files.save(owner.get(), m.get(fullId ? "io.export.titleFullId" : "io.export.title"),
                m.get("io.export.fileName", name.get(), today.get().toString()));
        if (file == null) {
            return;
        }
        runner.run(m.get("io.export.running", file.getFileName()), p -> writer.write(file, fullId),
                rows -> notice.accept(m.get("io.export.done", rows, file)),
                e -> dialogs.error(m.get("io.export.failed", file, e.getMessage())));
    }
}
