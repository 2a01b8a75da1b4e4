package cn.huyang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space checked before a large write, where the size can be estimated: refused before anything
 * is written rather than failing half way.
 */
final class DiskSpace {
    /** Room kept free beyond the estimate: H2 writes whole chunks, the log grows too. */
    static final long MARGIN = 2L * 1024 * 1024;

    private DiskSpace() {
    }

    /** Throws {@link DiskFullException} when the disk holding {@code where} has less than {@code bytes} + margin free. */
    static void require(Path where, long bytes) {
        Path existing = where.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        long usable;
        try {
            usable = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return; // not knowable: the write itself reports a full disk
        }
        if (usable < bytes + MARGIN) {
            throw new DiskFullException(where, bytes + MARGIN, usable);
        }
    }

    /** The size of a file, 0 when it has none. */
    static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Not enough free space for a write; nothing was written. */
    static final class DiskFullException extends RuntimeException {
        private final transient Path where;

        DiskFullException(Path where, long needed, long usable) {
            super("Not enough space at " + where + ": " + needed + " bytes needed, " + usable + " usable");
            this.where = where;
        }

        Path where() {
            return where;
        }
    }
}
