package cn.huyang.db;

import cn.huyang.security.FileKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A backup checked and restored into a scratch H2 database on this PC, waiting to replace the data of the store. */
public final class StagedRestore implements AutoCloseable {
    private final BackupInfo info;
    private final Path scratch;
    private final FileKey databaseKey;
    private final byte[] keyRingCopy;

    StagedRestore(BackupInfo info, Path scratch) {
        this(info, scratch, null, null);
    }

    /**
     * @param databaseKey the key the scratch database is encrypted with (null: unencrypted)
     * @param keyRingCopy the backup's copy of its key ring (null: an unencrypted backup)
     */
    StagedRestore(BackupInfo info, Path scratch, FileKey databaseKey, byte[] keyRingCopy) {
        this.info = info;
        this.scratch = scratch;
        this.databaseKey = databaseKey;
        this.keyRingCopy = keyRingCopy;
    }

    FileKey databaseKey() {
        return databaseKey;
    }

    byte[] keyRingCopy() {
        return keyRingCopy;
    }

    /** What the backup holds: date, schema version, counts. */
    public BackupInfo info() {
        return info;
    }

    Path databaseFile() {
        return scratch.resolve("huyang.mv.db");
    }

    /** How to open the scratch database (to copy its rows into a server). */
    H2Access scratchAccess() {
        return new H2Access(scratch.resolve("huyang"), databaseKey);
    }

    /** Removes the scratch database (after a restore, or when the user says no). */
    @Override
    public void close() {
        scratchAccess().forget();
        deleteTree(scratch);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(BackupFile::deleteQuietly);
        } catch (IOException e) {
            // best effort: a leftover scratch folder does no harm
        }
    }
}
