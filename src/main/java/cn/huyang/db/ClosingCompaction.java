package cn.huyang.db;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compaction an H2 file gets when it closes ({@link H2Store}; H2's own is off, {@code MAX_COMPACT_TIME=0}):
 * up to a second, and only when little of the file or of its chunks is live. H2's own spent its whole second on
 * every close and gained nothing at 79–86 % live (1.3–2.3 s a command at 10,000 counselors). A compaction that
 * fails (a full disk) is skipped: the database still closes and the folder's lock is still released.
 */
final class ClosingCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(ClosingCompaction.class);
    /** Below this share (percent) of the file in live chunks, or of the chunks in live pages, the close compacts. */
    static final int BELOW_FILL_RATE = 70;
    /** How long it may run (the window's or the command's exit waits for it). */
    static final int MILLIS = 1000;

    private ClosingCompaction() {
    }

    static void runIfWasteful(MVStore store) {
        try {
            if (Math.min(store.getFillRate(), store.getFileStore().getChunksFillRate()) < BELOW_FILL_RATE) {
                store.compactFile(MILLIS);
            }
        } catch (RuntimeException e) {
            LOG.debug("No compaction on closing: {}", e.toString());
        }
    }
}
