package cn.huyang;

import cn.huyang.db.DataFolder;

/** Points the log file at {@code <data folder>/logs/} before the first logger is made. */
final class Logging {
    static final String LOG_DIR_PROPERTY = "huyang.logdir";

    private Logging() {
    }

    static void configure(DataFolder folder) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, folder.logs().toString());
        }
        // A log folder that cannot be written must not print logback's status on the console: the
        // command line says what went wrong in one sentence.
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
