package cn.huyang.db;

import cn.huyang.security.SecureDelete;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replacing the database file by another, so that a program killed at any moment leaves one of the
 * two whole: the current file is set aside ({@code huyang.mv.db.replaced}), the new one moved in,
 * then the set-aside one removed. The next open finishes or undoes what was interrupted.
 */
final class DatabaseSwap {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseSwap.class);

    private DatabaseSwap() {
    }

    static Path aside(Path current) {
        return current.resolveSibling(current.getFileName() + ".replaced");
    }

    /** Sets the current file aside and moves {@code replacement} into its place; on failure puts it back. */
    static void swapIn(Path replacement, Path current) throws IOException {
        Path aside = aside(current);
        BackupFile.move(current, aside);
        try {
            BackupFile.move(replacement, current);
            OwnerOnly.set(current, OwnerOnly.FILE);
            BackupFile.forceDirectory(current.getParent());
        } catch (IOException e) {
            putBack(aside, current);
            throw e;
        }
    }

    /**
     * A swap killed half-way: with the database file missing, the set-aside one is put back; with both
     * there, the swap was done and the set-aside copy is removed — overwritten first when it is an
     * unencrypted file that an encrypted one replaced.
     */
    static void recoverInterrupted(DataFolder folder) {
        Path aside = aside(folder.databaseFile());
        if (!Files.exists(aside)) {
            return;
        }
        try {
            if (Files.exists(folder.databaseFile())) {
                LOG.info("Removing the database set aside by an interrupted swap: {}", aside);
                removeAside(aside, folder.databaseFile());
            } else {
                LOG.warn("Putting back the database set aside by an interrupted swap: {}", aside);
                BackupFile.move(aside, folder.databaseFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the set-aside file; an unencrypted one replaced by an encrypted one is overwritten first. */
    static void removeAside(Path aside, Path current) throws IOException {
        if (!H2Access.isEncrypted(aside) && H2Access.isEncrypted(current)) {
            SecureDelete.overwriteAndDelete(aside);
        } else {
            Files.deleteIfExists(aside);
        }
    }

    static void putBack(Path aside, Path current) {
        try {
            if (Files.exists(aside)) {
                BackupFile.move(aside, current);
            }
        } catch (IOException e) {
            LOG.error("Could not put the database back from {}", aside, e);
        }
    }
}
