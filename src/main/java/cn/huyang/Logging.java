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
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
