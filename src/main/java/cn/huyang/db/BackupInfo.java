package cn.huyang.db;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * What a backup file says it holds, from its manifest: when and why it was made, by which version,
 * the schema version and the row count of every table.
 */
public record BackupInfo(Path file, Instant created, BackupKind kind, String appVersion, String schemaVersion,
                         Map<String, Long> tableCounts, long size) {
    public static final String COUNSELOR = "COUNSELOR";
    public static final String DEPARTMENT = "DEPARTMENT";
    /** Added by the training feature (V2); counted only when the table exists. */
    public static final String TRAINING_RECORD = "TRAINING_RECORD";
    /** Added by the assessment feature (V3); counted only when the table exists. */
    public static final String ASSESSMENT_RESULT = "ASSESSMENT_RESULT";

    public BackupInfo {
        tableCounts = Map.copyOf(tableCounts);
    }

    public OptionalLong count(String table) {
        Long n = tableCounts.get(table.toUpperCase(Locale.ROOT));
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    public long counselors() {
        return count(COUNSELOR).orElse(0);
    }

    public long departments() {
        return count(DEPARTMENT).orElse(0);
    }

    /** Empty when the backup comes from a schema without training records. */
    public OptionalLong trainingRecords() {
        return count(TRAINING_RECORD);
    }

    /** Empty when the backup comes from a schema without assessments. */
    public OptionalLong assessments() {
        return count(ASSESSMENT_RESULT);
    }

    public long totalRows() {
        return tableCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    BackupInfo withFile(Path f, long newSize) {
        return new BackupInfo(f, created, kind, appVersion, schemaVersion, tableCounts, newSize);
    }
}
