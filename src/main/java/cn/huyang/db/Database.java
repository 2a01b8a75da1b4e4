package cn.huyang.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store in a data folder: takes the folder's lock (one program per folder),
 * migrates the schema with Flyway and hands out a {@link DSLContext}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /**
     * Lock files held by this JVM. A second open in the same JVM must not even open a channel on a
     * held lock file: closing that channel would drop the OS lock of the first (POSIX fcntl locks
     * belong to the process), letting another program open the folder.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockKey;

    private final DataFolder folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private Database(DataFolder folder, Path lockKey, FileChannel lockChannel, FileLock lock,
                     JdbcConnectionPool pool) {
        this.folder = folder;
        this.lockKey = lockKey;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.pool = pool;
        // Thread-bound transactions: repositories keep using this one DSLContext inside Transactor.inTransaction.
        Configuration configuration = new DefaultConfiguration()
                .set(SQLDialect.H2)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool), true))
                .set(new Settings().withExecuteLogging(false).withRenderQuotedNames(RenderQuotedNames.NEVER));
        this.dsl = DSL.using(configuration);
    }

    /**
     * Opens (creating when needed) and migrates the database of the folder.
     *
     * @throws DatabaseInUseException when another program holds the folder; nothing is touched
     */
    public static Database open(DataFolder folder) {
        FileChannel channel = null;
        Path lockKey = null;
        try {
            Files.createDirectories(folder.path());
            Path key = folder.path().toRealPath().resolve(folder.lockFile().getFileName());
            if (!HELD.add(key)) {
                throw new DatabaseInUseException(folder.path());
            }
            lockKey = key;
            channel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException(folder.path());
            }
            long start = System.nanoTime();
            String url = "jdbc:h2:file:" + folder.databaseBase().toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "huyang", "");
            pool.setMaxConnections(8);
            migrate(pool);
            LOG.info("Opened {} in {} ms", folder.databaseFile(), (System.nanoTime() - start) / 1_000_000);
            return new Database(folder, lockKey, channel, lock, pool);
        } catch (IOException e) {
            closeQuietly(channel);
            release(lockKey);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            release(lockKey);
            throw e;
        }
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Transactor transactor() {
        return new Transactor(dsl);
    }

    public DataFolder folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            dsl.execute("shutdown");
        } catch (RuntimeException e) {
            LOG.debug("H2 shutdown reported: {}", e.getMessage());
        }
        pool.dispose();
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing the lock failed", e);
        }
        closeQuietly(lockChannel);
        release(lockKey);
    }

    private static void release(Path lockKey) {
        if (lockKey != null) {
            HELD.remove(lockKey);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
