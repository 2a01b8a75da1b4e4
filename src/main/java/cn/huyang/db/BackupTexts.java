package cn.huyang.db;

import cn.huyang.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.OptionalLong;

/** The words for backups, the same in the window and on the command line. */
public final class BackupTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BackupTexts() {
    }

    public static String when(BackupInfo info) {
        return WHEN.format(info.created().atZone(ZoneId.systemDefault()));
    }

    /** File, date, kind, versions and the counts of counselors, training records and assessments. */
    public static String summary(BackupInfo info, Messages m) {
        return m.get("backup.summary", info.file(), when(info), info.kind().label(m),
                cn.huyang.common.AppVersion.display(info.appVersion(), m), format(info.schemaVersion(), m),
                info.counselors(), info.departments(), count(info.trainingRecords(), m), count(info.assessments(), m));
    }

    /** The backup's data format in words: as this program's, or older (brought up to date on restore). */
    static String format(String schemaVersion, Messages m) {
        if (schemaVersion == null) {
            return m.get("backup.format.unknown");
        }
        var v = org.flywaydb.core.api.MigrationVersion.fromVersion(schemaVersion);
        return v.equals(Migrations.latest()) ? m.get("backup.format.same") : m.get("backup.format.older");
    }

    private static String count(OptionalLong n, Messages m) {
        return n.isPresent() ? m.get("backup.summary.count", n.getAsLong()) : m.get("backup.summary.none");
    }

    /** Why a backup was refused, in plain words. */
    public static String problem(BackupException e, Messages m) {
        return switch (e.problem()) {
            case NEWER_SCHEMA -> m.get(e.problem().messageKey(), e.file(), e.detail(), Migrations.latest().getVersion());
            case NEWER_FORMAT -> m.get(e.problem().messageKey(), e.file(), e.detail(), BackupFile.FORMAT_VERSION);
            case BAD_ROW -> m.get(e.problem().messageKey(), e.file(), e.table(), e.row());
            default -> m.get(e.problem().messageKey(), e.file());
        };
    }

    public static String schemaTooNew(SchemaTooNewException e, Messages m) {
        return m.get(e.onServer() ? "error.schemaTooNew.server" : "error.schemaTooNew", e.location(),
                e.databaseVersion(), e.supportedVersion());
    }
}
