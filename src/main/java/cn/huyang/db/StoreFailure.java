package cn.huyang.db;

import java.io.IOException;
import java.util.Locale;

/** Recognises a failure of the database's file store (the disk full or gone) in an exception's causes. */
public final class StoreFailure {
    private StoreFailure() {
    }

    /** Whether the store failed: H2's MVStoreException, or a full disk, anywhere in the causes. */
    public static boolean isStoreFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = String.valueOf(c.getMessage());
            if (c instanceof org.h2.mvstore.MVStoreException || message.contains("MVStoreException")
                    || c instanceof IOException && isDiskFullMessage(message)) {
                return true;
            }
        }
        return false;
    }

    /** The operating systems' words for a full disk (Linux, macOS, Windows). */
    public static boolean isDiskFullMessage(String message) {
        String m = String.valueOf(message).toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                || m.contains("disk quota exceeded") || m.contains("磁盘空间不足");
    }

    /** Whether the store failed writing to its file (rather than reading a damaged one). */
    public static boolean isWriteFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = String.valueOf(c.getMessage());
            if (message.contains("Writing to") && message.contains("failed") || isDiskFullMessage(message)) {
                return true;
            }
        }
        return false;
    }
}
