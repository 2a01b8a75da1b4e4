package cn.huyang;

import cn.huyang.db.DataFolder;
import cn.huyang.db.OwnerOnly;
import java.io.IOException;

/** Points the log file at {@code <data folder>/logs/} (owner-only) before the first logger is made. */
final class Logging {
    static final String LOG_DIR_PROPERTY = "huyang.logdir";

    private Logging() {
    }

    static void configure(DataFolder folder) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            secure(folder);  // makes no logger: the log must not open before it knows its folder
            System.setProperty(LOG_DIR_PROPERTY, folder.logs().toString());
        }
        // A log folder that cannot be written must not print logback's status on the console: the
        // command line says what went wrong in one sentence.
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /**
     * The log folder, made before the log: owner-only, like the data folder it is in, so the log files
     * made in it are out of others' reach (the log names files and counts, never personal data, but
     * still). Log files left readable by an older version are fixed.
     */
    static void secure(DataFolder folder) {
        try {
            OwnerOnly.createDirectories(folder.path());
            OwnerOnly.createDirectories(folder.logs());
            OwnerOnly.secureTree(folder.logs());
        } catch (IOException | RuntimeException e) {
            // no log yet to tell; the log's own set-up reports a folder it cannot write
        }
    }
}
