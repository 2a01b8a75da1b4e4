package cn.huyang.io;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.FilePicker;
import cn.huyang.common.ui.DialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.stage.Window;

/**
 * The window's spreadsheet commands: the import dialog (文件 → 从 Excel 导入…) and the 导出 Excel…
 * button that each tab puts on its tables (roster, staffing ratio, ledger, compliance, assessment results). Each export writes the table as
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

    public ImportDialog openImport() {
        ImportViewModel vm = new ImportViewModel(rosterImport, trainingImport, scoresImport, export, runner, m,
                today.get().getYear());
        vm.setOnImported(outcome -> reload.run());
        ImportDialog dialog = new ImportDialog(vm, files, owner.get());
        dialog.show();
        return dialog;
    }

    /**
     * 导出 Excel…: a click exports with ID numbers masked; where the table holds ID numbers, the
     * button's menu offers 导出完整身份证号…. The file name offered is the sheet's name and today's date.
     */
    public SplitMenuButton button(String id, Supplier<String> name, boolean hasIdNumbers, Supplier<Writer> shown) {
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

    /** 导出所选行…: the rows a writer was made for (ID numbers masked), to a file chosen as 导出 Excel… does. */
    public void exportSelected(Supplier<String> name, Writer selected) {
        export(name, false, () -> selected);
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
                e -> dialogs.error(m.get("io.export.failed", file, ExportGuard.reason(e, m))));
    }
}
