package cn.huyang.db;

import cn.huyang.security.FileKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What {@link Backups} needs of the store it backs up, whichever kind it is: the local folder (where
 * automatic backups and the scratch database of a restore go), connections to read the data in one
 * snapshot, the file key backups are sealed with (none on a server), and how a checked backup replaces
 * the data — H2 swaps its file, a server takes the rows in one transaction.
 */
record BackupHost(DataFolder folder, Connections connections, Supplier<FileKey> key, Consumer<StagedRestore> replace,
                  boolean shared) {
    /** A new connection of the store; the caller closes it. */
    @FunctionalInterface
    interface Connections {
        Connection get() throws SQLException;
    }
}
