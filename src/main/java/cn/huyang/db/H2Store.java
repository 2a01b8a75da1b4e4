package cn.huyang.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
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
 * refuses a database written by a newer version, backs up an existing database before a pending
 * migration, migrates the schema with Flyway and hands out a {@link DSLContext}.
 *
 * <p>Every commit is written to the file before it returns ({@code WRITE_DELAY=0}): a killed
 * process keeps every transaction it reported committed (see {@code KillTest}).
 */
public final class H2Store implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(H2Store.class);
    /**
     * Lock files held by this JVM. A second open in the same JVM must not even open a channel on a
     * held lock file: closing that channel would drop the OS lock of the first (POSIX fcntl locks
     * belong to the process), letting another program open the folder.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    static final String USER = "huyang";

    private final Path lockKey;

    private final DataFolder folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SwitchableDataSource dataSource;
    private final DSLContext dsl;
    private final Clock clock;
    private final Backups backups;

    private H2Store(DataFolder folder, Path lockKey, FileChannel lockChannel, FileLock lock,
                     JdbcConnectionPool pool, Clock clock) {
        this.folder = folder;
        this.lockKey = lockKey;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataSource = new SwitchableDataSource(pool);
        this.clock = clock;
        // Thread-bound transactions: repositories keep using this one DSLContext inside Transactor.inTransaction.
        Configuration configuration = new DefaultConfiguration()
                .set(SQLDialect.H2)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource), true))
                .set(new Settings().withExecuteLogging(false).withRenderQuotedNames(RenderQuotedNames.NEVER))
                .set(new StoreFailureGuard());
        this.dsl = DSL.using(configuration);
        this.backups = new Backups(this, clock);
    }

    /**
     * Opens (creating when needed) and migrates the database of the folder.
     *
     * @throws DatabaseInUseException when another program holds the folder; nothing is touched
     * @throws SchemaTooNewException when a newer version of the program wrote the database; nothing is touched
     */
    public static H2Store open(DataFolder folder) {
        return open(folder, Clock.systemDefaultZone());
    }

    public static H2Store open(DataFolder folder, Clock clock) {
        FileChannel channel = null;
        Path lockKey = null;
        try {
            OwnerOnly.createDirectories(folder.path());
            Path key = folder.path().toRealPath().resolve(folder.lockFile().getFileName());
            if (!HELD.add(key)) {
                throw new DatabaseInUseException(folder.path());
            }
            lockKey = key;
            channel = openLockFile(folder.lockFile());
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
            recoverInterruptedSwap(folder);
            Backups.clearLeftovers(folder);
            refuseNewerSchema(folder);
            if (!Files.exists(folder.databaseFile())) {
                FreshDatabase.create(folder);
            }
            JdbcConnectionPool pool = createPool(folder);
            try {
                prepareSchema(pool, folder, clock);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            OwnerOnly.secureTree(folder.path()); // also what an older version or H2 made readable by others
            LOG.info("Opened {} in {} ms", folder.databaseFile(), (System.nanoTime() - start) / 1_000_000);
            return new H2Store(folder, lockKey, channel, lock, pool, clock);
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

    private static FileChannel openLockFile(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (OwnerOnly.posix(file)) {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
        }
        return FileChannel.open(file, options);
    }

    /**
     * A restore killed while swapping the files: with the database file missing, the set-aside one is
     * put back; with both there, the swap was done and the set-aside copy is removed.
     */
    private static void recoverInterruptedSwap(DataFolder folder) {
        Path aside = aside(folder.databaseFile());
        if (!Files.exists(aside)) {
            return;
        }
        try {
            if (Files.exists(folder.databaseFile())) {
                LOG.info("Removing the database set aside by an interrupted restore: {}", aside);
                Files.delete(aside);
            } else {
                LOG.warn("Putting back the database set aside by an interrupted restore: {}", aside);
                BackupFile.move(aside, folder.databaseFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path aside(Path current) {
        return current.resolveSibling(current.getFileName() + ".replaced");
    }

    private static String url(DataFolder folder) {
        return "jdbc:h2:file:" + folder.databaseBase().toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0";
    }

    private static JdbcConnectionPool createPool(DataFolder folder) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), USER, "");
        pool.setMaxConnections(8);
        return pool;
    }

    /**
     * Reads the schema version of an existing file read-only, before anything opens it for writing:
     * a database from a newer program is refused untouched.
     */
    private static void refuseNewerSchema(DataFolder folder) {
        if (!Files.isRegularFile(folder.databaseFile())) {
            return;
        }
        String url = "jdbc:h2:file:" + folder.databaseBase().toAbsolutePath()
                + ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        String applied;
        try (Connection c = DriverManager.getConnection(url, USER, "")) {
            applied = BackupFile.appliedVersion(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version of " + folder.databaseFile(), e);
        }
        if (Migrations.isNewerThanThisBuild(applied)) {
            throw new SchemaTooNewException(folder.databaseFile(), applied, Migrations.latest().getVersion());
        }
    }

    /** Backs up an existing database when a migration is pending, then migrates; nothing when up to date. */
    private static void prepareSchema(DataSource pool, DataFolder folder, Clock clock) {
        try (Connection c = pool.getConnection()) {
            if (BackupFile.schemaUpToDate(c)) {
                return;
            }
            String applied = BackupFile.appliedVersion(c);
            if (Migrations.isNewerThanThisBuild(applied)) {
                throw new SchemaTooNewException(folder.databaseFile(), applied, Migrations.latest().getVersion());
            }
            if (applied != null && Migrations.latest().isNewerThan(applied)) {
                LOG.info("Schema {} → {}: backing up first", applied, Migrations.latest());
                Backups.writeAutomatic(c, folder, BackupKind.BEFORE_MIGRATION, clock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version of " + folder.databaseFile(), e);
        }
        migrate(pool);
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public Transactor transactor() {
        return new Transactor(dsl, this::storeNow);
    }

    /**
     * Writes H2's store now. {@code WRITE_DELAY=0} alone is not enough: a commit can return while
     * another thread is writing the store, and its changes then wait for the next write — which a
     * killed process never makes ({@code KillTest} lost such commits now and then).
     */
    private void storeNow() {
        try (Connection c = dataSource.getConnection()) {
            if (c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                    && c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal s
                    && s.getDatabase().getStore() != null) {
                s.getDatabase().getStore().getMvStore().commit();
            }
        } catch (SQLException e) {
            LOG.warn("Writing the store after a commit reported: {}", e.toString());
        }
    }

    @Override
    public DataFolder folder() {
        return folder;
    }

    @Override
    public String location() {
        return folder.path().toString();
    }

    @Override
    public String schemaVersion() {
        try (Connection c = connection()) {
            return BackupFile.appliedVersion(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version", e);
        }
    }

    /** Automatic and manual backups of this database, and restore. */
    @Override
    public Backups backups() {
        return backups;
    }

    Clock clock() {
        return clock;
    }

    /** A connection of the current pool, for backups; the caller closes it. */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Replaces the database file with {@code restored} (a closed H2 file on the same disk) while
     * keeping the folder's lock: shuts the current pool down, swaps the files, opens and migrates the
     * new one. The DSLContext and everything built on it keep working. On failure the old file is
     * put back.
     */
    synchronized void replaceWith(Path restored) {
        JdbcConnectionPool old = dataSource.pool();
        shutdown(folder, old);
        Path current = folder.databaseFile();
        Path aside = aside(current);
        try {
            BackupFile.move(current, aside);
            BackupFile.move(restored, current);
            OwnerOnly.set(current, OwnerOnly.FILE);
            BackupFile.forceDirectory(folder.path());
        } catch (IOException e) {
            putBack(aside, current);
            dataSource.switchTo(createPool(folder));
            throw new UncheckedIOException(e);
        }
        JdbcConnectionPool next = createPool(folder);
        try {
            prepareSchema(next, folder, clock);
        } catch (RuntimeException e) {
            shutdown(folder, next);
            putBack(aside, current);
            dataSource.switchTo(createPool(folder));
            throw e;
        }
        dataSource.switchTo(next);
        BackupFile.deleteQuietly(aside);
        LOG.info("Database replaced by {}", restored);
    }

    private static void putBack(Path aside, Path current) {
        try {
            if (Files.exists(aside)) {
                BackupFile.move(aside, current);
            }
        } catch (IOException e) {
            LOG.error("Could not put the database back from {}", aside, e);
        }
    }

    /** Closes the H2 database of the folder and the pool (a plain connection: a pooled one would log a rollback error). */
    private static void shutdown(DataFolder folder, JdbcConnectionPool pool) {
        try (Connection c = DriverManager.getConnection(url(folder), USER, ""); Statement st = c.createStatement()) {
            pool.dispose();
            st.execute("SHUTDOWN"); // closes the database even while a connection is still checked out
        } catch (SQLException e) {
            pool.dispose();
            LOG.debug("H2 shutdown reported: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        shutdown(folder, dataSource.pool());
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
