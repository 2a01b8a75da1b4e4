package cn.huyang.io;

import cn.huyang.db.BackupInfo;
import java.util.Optional;

/** What an import wrote, and the backup made before it (its file name; null when none was made, as on the server). */
public record ImportOutcome(int created, int updated, int unchanged, int skipped, int refusedRows,
                            int departmentsCreated, String backup) {

    /** The file name of the before-import backup, null when none was made. */
    static String backupName(Optional<BackupInfo> backup) {
        return backup.map(b -> b.file().getFileName().toString()).orElse(null);
    }
}
