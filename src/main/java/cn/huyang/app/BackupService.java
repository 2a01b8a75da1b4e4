package cn.huyang.app;

import cn.huyang.access.Access;
import cn.huyang.access.AuditAction;
import cn.huyang.access.Operation;
import cn.huyang.db.BackupInfo;
import cn.huyang.db.BackupKind;
import cn.huyang.db.Backups;
import cn.huyang.db.ServerStore;
import cn.huyang.db.StagedRestore;
import cn.huyang.db.Store;
import cn.huyang.security.BackupUnlock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Backup and restore as a user asks for them: 学工部 and administrators back up, only an
 * administrator restores; each is audited. A restore keeps this folder's accounts and its audit log
 * (the backup's rows of either are added, never put in their place): a week-old backup does not
 * bring back a disabled account or take away the record of who did what since.
 *
 * <p>On the shared server a backup holds every department's data and every account: there only
 * administrators — those who may restore — back up, list backups or restore.
 */
public final class BackupService {
    private final Store store;
    private final Access access;

    BackupService(Store store, Access access) {
        this.store = store;
        this.access = access;
    }

    public Path folder() {
        return store.backups().folder();
    }

    /** What backing up asks: {@link Operation#BACKUP} on a PC, {@link Operation#RESTORE} (administrators) on the server. */
    private void requireBackup() {
        access.guard().require(store instanceof ServerStore ? Operation.RESTORE : Operation.BACKUP);
    }

    public List<BackupInfo> list() {
        requireBackup();
        return store.backups().list();
    }

    public BackupInfo backupNow() {
        requireBackup();
        BackupInfo info = store.backups().backupNow(BackupKind.MANUAL);
        access.audit().record(AuditAction.BACKUP, "backup", null, Map.of("file", info.file().getFileName().toString()));
        return info;
    }

    public BackupInfo backupTo(Path file) {
        requireBackup();
        BackupInfo info = store.backups().backupTo(file);
        access.audit().record(AuditAction.BACKUP, "backup", null, Map.of("file", file.getFileName().toString()));
        return info;
    }

    /** Checks a backup (an encrypted one opened with {@code unlock}, may be null) before anything is replaced. */
    public StagedRestore prepareRestore(Path file, BackupUnlock unlock) {
        access.guard().require(Operation.RESTORE);
        return store.backups().prepareRestore(file, unlock);
    }

    /** Replaces the data with the staged backup, keeping this folder's accounts and audit log; returns the backup of what was replaced. */
    public BackupInfo restore(StagedRestore staged) {
        access.guard().require(Operation.RESTORE);
        KeptRows kept = KeptRows.read(store.dsl());
        BackupInfo before = store.backups().restore(staged);
        store.transactor().inTransaction(() -> {
            kept.putBack(store.dsl());
            access.audit().record(AuditAction.RESTORE, "backup", null, Map.of("file",
                    staged.info().file().getFileName().toString(), "replacedSavedAs", before.file().getFileName().toString()));
        });
        return before;
    }
}
