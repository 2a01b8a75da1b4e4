package cn.huyang.exchange;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Remembered;
import cn.huyang.common.ui.DialogService;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Opens the package screens of the 文件 menu with what the window gives: the words, the background
 * runner, its dialogs (a failure that is no refusal), the owner window, what is remembered (the folder
 * of packages), and what to do after data changed (the window reloads its tabs).
 */
public final class PackageScreens {
    private final PackageTexts texts;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final PackageFiles files;
    private final Runnable changed;

    public PackageScreens(PackageTexts texts, BackgroundRunner runner, DialogService dialogs, Supplier<Window> owner,
                          Remembered remembered, Runnable changed) {
        this.texts = texts;
        this.runner = runner;
        this.dialogs = dialogs;
        this.owner = owner;
        this.files = new PackageFiles(texts.messages(), remembered);
        this.changed = changed;
    }

    /**
     * 导出数据包…: {@code sender} is the account (in the file name offered); {@code forDepartments} for
     * 学工部 (a package for a department's PC).
     */
    public PackageExportDialog export(PackageExport export, String sender, LocalDate today, boolean forDepartments) {
        PackageExportViewModel vm = new PackageExportViewModel(export, texts, runner, sender, today, forDepartments);
        vm.setOnFailure(dialogs::failure);
        vm.setOnNotice(dialogs::notice);
        PackageExportDialog d = new PackageExportDialog(vm, texts.messages(), files, owner.get());
        d.show();
        return d;
    }

    /** 导入数据包…: {@code office} for 学工部 and administrators (else a department's PC, from its office). */
    public PackageImportDialog receive(PackageImport receive, boolean office) {
        PackageImportViewModel vm = new PackageImportViewModel(receive, texts, runner);
        vm.setOnFailure(dialogs::failure);
        vm.setOnImported(changed);
        PackageImportDialog d = new PackageImportDialog(vm, texts.messages(), files, owner.get(), office);
        d.show();
        return d;
    }

    /** 数据包冲突…. */
    public PackageConflictsDialog conflicts(ConflictService conflicts) {
        PackageConflictsViewModel vm = new PackageConflictsViewModel(conflicts, texts, runner);
        vm.setOnFailure(dialogs::failure);
        vm.setOnNotice(dialogs::notice);
        vm.setOnResolved(changed);
        PackageConflictsDialog d = new PackageConflictsDialog(vm, texts.messages(), owner.get());
        d.show();
        return d;
    }
}
