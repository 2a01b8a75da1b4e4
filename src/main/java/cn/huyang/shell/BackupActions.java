package cn.huyang.shell;

import cn.huyang.common.BackgroundRunner;
import cn.huyang.common.Messages;
import cn.huyang.common.ui.DialogService;
import cn.huyang.db.BackupException;
import cn.huyang.db.BackupTexts;
import cn.huyang.app.BackupService;
import cn.huyang.security.BackupUnlock;
import cn.huyang.db.StagedRestore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * 文件 → 备份… and 文件 → 恢复…: the whole database to a chosen file, and back. A restore checks the
 * file completely first, shows what it holds and asks; the window reloads every tab after it.
 */
final class BackupActions {
    private final Stage stage;
    private final Messages m;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final Settings settings;
    private final Supplier<BackupService> backups;
    private final Supplier<String> userName;
    private final Runnable reload;
    private final Supplier<java.time.Clock> clock;

    BackupActions(Stage stage, Messages m, BackgroundRunner runner, DialogService dialogs, Settings settings,
                  Supplier<BackupService> backups, Supplier<String> userName, Supplier<java.time.Clock> clock,
                  Runnable reload) {
        this.userName = userName;
        this.stage = stage;
        this.m = m;
        this.runner = runner;
        this.dialogs = dialogs;
        this.settings = settings;
        this.backups = backups;
        this.reload = reload;
        this.clock = clock;
    }

    private FileChooser chooser(String titleKey, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("backup.chooser.filter"), "*.zip"));
        Path start = settings.get("backup.lastFolder").map(Path::of).filter(Files::isDirectory).orElse(folder);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }

    /** 文件 → 备份: the whole database to a chosen file. */
    void backup() {
        FileChooser chooser = chooser("backup.chooser.save", Path.of(System.getProperty("user.home")));
        chooser.setInitialFileName("胡杨备份-" + LocalDateTime.now(clock.get()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".zip");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath().getFileName().toString().toLowerCase().endsWith(".zip") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".zip");
        settings.put("backup.lastFolder", file.toAbsolutePath().getParent().toString());
        BackupService store = backups.get();
        runner.run(m.get("backup.running"), p -> store.backupTo(file),
                info -> dialogs.notice(m.get("backup.done", info.file(), info.counselors())), this::failure);
    }

    /** 文件 → 恢复: checks the chosen backup, shows what it holds, asks, then replaces the database. */
    void restore() {
        BackupService store = backups.get();
        File chosen = chooser("backup.chooser.open", store.folder()).showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        check(store, chosen.toPath(), null);
    }

    /** Checks the backup; an encrypted one asks for the password (or the recovery key) that opens it. */
    private void check(BackupService store, Path file, BackupUnlock unlock) {
        runner.run(m.get("restore.checking"), p -> store.prepareRestore(file, unlock),
                staged -> confirm(store, staged), e -> {
                    if (e instanceof BackupException b && (b.problem() == BackupException.Problem.LOCKED
                            || b.problem() == BackupException.Problem.WRONG_UNLOCK)) {
                        if (b.problem() == BackupException.Problem.WRONG_UNLOCK) {
                            failure(e);
                        }
                        new BackupUnlockDialog(m, userName.get()).ask(stage, file)
                                .ifPresent(u -> check(store, file, u));
                    } else {
                        failure(e);
                    }
                });
    }

    private void confirm(BackupService store, StagedRestore staged) {
        if (!dialogs.confirmDestructive(m.get("restore.confirm", BackupTexts.summary(staged.info(), m),
                store.folder()), m.get("restore.action"))) {
            runner.run(m.get("restore.running"), p -> {
                staged.close();
                return null;
            }, x -> { }, this::failure);
            return;
        }
        runner.run(m.get("restore.running"), p -> store.restore(staged), before -> {
            reload.run();
            dialogs.info(m.get("restore.done", staged.info().counselors(), before.file()));
        }, e -> {
            staged.close();
            reload.run();
            failure(e);
        });
    }

    private void failure(Throwable e) {
        if (e instanceof BackupException b) {
            dialogs.error(BackupTexts.problem(b, m));
        } else {
            dialogs.failure(e);
        }
    }
}
