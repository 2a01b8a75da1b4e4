package cn.huyang.db;

import java.io.IOException;
import cn.huyang.security.FileKey;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database of a new data folder (encrypted when given a key), made whole before it gets its name. */
final class FreshDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(FreshDatabase.class);

    private FreshDatabase() {
    }

    /**
     * A new folder's database is created and migrated under another name and renamed into place when
     * complete: H2 commits each DDL statement, so a program killed during the first migration would
     * otherwise leave a half-made schema that no later start can migrate. A leftover of such a kill is
     * simply made again.
     */
    static void create(DataFolder folder, FileKey key) throws IOException {
        Path base = folder.databaseBase().resolveSibling(folder.databaseBase().getFileName() + "-new");
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        Files.deleteIfExists(file);
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
        H2Access access = new H2Access(base, key);
        JdbcConnectionPool pool = access.pool(H2Store.OPTIONS);
        try {
            StoreSetup.migrate(pool);
        } finally {
            try (Connection c = access.connect(H2Store.OPTIONS); Statement st = c.createStatement()) {
                pool.dispose();
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                pool.dispose();
                LOG.debug("H2 shutdown of the new database reported: {}", e.getMessage());
            } finally {
                access.forget();
            }
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        BackupFile.move(file, folder.databaseFile());
        BackupFile.forceDirectory(folder.path());
        LOG.info("Created a new database in {}", folder.databaseFile());
    }
}
