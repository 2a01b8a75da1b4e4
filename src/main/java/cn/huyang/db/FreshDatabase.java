package cn.huyang.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database of a new data folder, made whole before it gets its name. */
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
    static void create(DataFolder folder) throws IOException {
        Path base = folder.databaseBase().resolveSibling(folder.databaseBase().getFileName() + "-new");
        Path file = base.resolveSibling(base.getFileName() + ".mv.db");
        Files.deleteIfExists(file);
        Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, H2Store.USER, "");
        try {
            H2Store.migrate(pool);
        } finally {
            try (Connection c = DriverManager.getConnection(url, H2Store.USER, ""); Statement st = c.createStatement()) {
                pool.dispose();
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                pool.dispose();
                LOG.debug("H2 shutdown of the new database reported: {}", e.getMessage());
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
