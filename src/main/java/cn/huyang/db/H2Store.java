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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store in a data folder: takes the folder's lock (one program per folder),
 * refuses a database written by a newer version, backs up an existing database before a pending
 * migration, migrates the schema with Flyway and hands out a {@link DSLContext}.
 *
 * <p>A folder with a key ring is encrypted: its database opens only with the folder's
 * {@link FileKey} ({@code CIPHER=AES}), and its backups are encrypted too.
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
    /** The file key of an encrypted database, null for an unencrypted one; set by a restore that encrypts it. */
    private volatile FileKey key;

    private H2Store(DataFolder folder, Path lockKey, FileChannel lockChannel, FileLock lock,
                     JdbcConnectionPool pool, Clock clock, FileKey key) {
        this.folder = folder;
        this.key = key;
        this.lockKey = lockKey;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataSource = new SwitchableDataSource(pool);
        this.clock = clock;
        this.dsl = StoreSetup.dsl(dataSource, SQLDialect.H2, RenderNameCase.UPPER, new StoreFailureGuard());
        this.backups = new Backups(new BackupHost(folder, this::connection, this::fileKey, this::replaceWith, false), clock);
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
        return open(folder, clock, null);
    }

    /**
     * Opens the folder's database with its file key ({@code null}: an unencrypted folder).
     *
     * @throws EncryptedFolderException when the folder is encrypted and no key, or a key that does not
     *                                  open it, was given; nothing is touched
     */
    public static H2Store open(DataFolder folder, Clock clock, FileKey key) {
        FileChannel channel = null;
        Path lockKey = null;
        try {
            OwnerOnly.createDirectories(folder.path());
            Path held = folder.path().toRealPath().resolve(folder.lockFile().getFileName());
            if (!HELD.add(held)) {
                throw new DatabaseInUseException(folder.path());
            }
            lockKey = held;
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
            DatabaseSwap.recoverInterrupted(folder);
            Backups.clearLeftovers(folder);
            FolderEncryption.clearLeftovers(folder);
            FolderEncryption.checkKey(folder, key);
            refuseNewerSchema(folder, key);
            if (!Files.exists(folder.databaseFile())) {
                FreshDatabase.create(folder, key);
            }
            JdbcConnectionPool pool = createPool(folder, key);
            try {
                prepareSchema(pool, folder, clock, key);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            OwnerOnly.secureTree(folder.path()); // also what an older version or H2 made readable by others
            LOG.info("Opened {} in {} ms", folder.databaseFile(), (System.nanoTime() - start) / 1_000_000);
            return new H2Store(folder, lockKey, channel, lock, pool, clock, key);
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

    /** Whether this program has the folder open. */
    static boolean heldHere(DataFolder folder) {
        try {
            return Files.isDirectory(folder.path())
                    && HELD.contains(folder.path().toRealPath().resolve(folder.lockFile().getFileName()));
        } catch (IOException e) {
            return false;
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
     * {@code REUSE_SPACE=FALSE}: every chunk is appended at the end of the file while the program runs.
     * H2 2.5 writing a chunk into a gap inside the file does not always rewrite the file header that
     * finds it, and after a kill the reopened store stopped at an older chunk, losing the last commits
     * ({@code KillTest}, 1 round in ~30). {@link #shutdown} reclaims the space ({@code MAX_COMPACT_TIME=0}:
     * H2's own closing compaction spent its second on every close, 1.3–2.3 s at 10,000 counselors).
     */
    static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0";

    private static JdbcConnectionPool createPool(DataFolder folder, FileKey key) {
        JdbcConnectionPool pool = H2Access.of(folder, key).pool(OPTIONS);
        pool.setMaxConnections(8);
        return pool;
    }

    /**
     * Reads the schema version of an existing file read-only, before anything opens it for writing:
     * a database from a newer program is refused untouched.
     */
    private static void refuseNewerSchema(DataFolder folder, FileKey key) {
        if (!Files.isRegularFile(folder.databaseFile())) {
            return;
        }
        String applied;
        try (Connection c = H2Access.of(folder, key).connect(";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE")) {
            applied = BackupFile.appliedVersion(c);
        } catch (SQLException e) {
            if (key != null && e.getErrorCode() == H2Access.WRONG_FILE_PASSWORD) {
                throw new EncryptedFolderException(EncryptedFolderException.Reason.WRONG_KEY, folder.path());
            }
            throw new IllegalStateException("Cannot read the schema version of " + folder.databaseFile(), e);
        }
        StoreSetup.refuseNewer(applied, v -> tooNew(folder, v));
    }

    /** Backs up an existing database when a migration is pending, then migrates; nothing when up to date. */
    private static void prepareSchema(DataSource pool, DataFolder folder, Clock clock, FileKey key) {
        StoreSetup.prepareSchema(pool, folder, clock, key, folder.databaseFile().toString(), v -> tooNew(folder, v));
    }

    private static SchemaTooNewException tooNew(DataFolder folder, String applied) {
        return new SchemaTooNewException(folder.databaseFile(), applied, Migrations.latest().getVersion());
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
     * killed process never makes ({@code KillTest} lost such commits now and then). Under a bulk fill's
     * background writing ({@link BulkFill}), the write holding the commit may still be under way: waited for.
     */
    private void storeNow() {
        try (Connection c = dataSource.getConnection()) {
            org.h2.mvstore.MVStore store = mvStore(c);
            if (store != null) {
                store.commit();
                store.getFileStore().executeFileStoreOperation(() -> { });
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

    /** The file key of an encrypted database; null for an unencrypted one. */
    FileKey fileKey() {
        return key;
    }

    /** Whether the database is encrypted (and its backups are). */
    public boolean encrypted() {
        return key != null;
    }

    /** A connection of the current pool, for backups; the caller closes it. */
    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * A restore: the staged scratch database replaces this one. An unencrypted folder takes an encrypted
     * backup's key ring (first, unless it has one) and key.
     */
    private void replaceWith(StagedRestore staged) {
        FileKey restoredKey = key;
        boolean adopted = false;
        if (restoredKey == null && staged.databaseKey() != null) {
            if (!KeyRing.exists(folder.path())) {
                KeyRing.adopt(folder.path(), staged.keyRingCopy(), clock);
                adopted = true;
            }
            restoredKey = staged.databaseKey();
        }
        try {
            replaceWith(staged.databaseFile(), restoredKey);
        } catch (RuntimeException e) {
            if (adopted) {
                BackupFile.deleteQuietly(KeyRing.file(folder.path())); // the old, unencrypted file is back
            }
            throw e;
        }
    }

    /**
     * Replaces the database file with {@code restored} (a closed H2 file on the same disk, encrypted
     * with {@code restoredKey} or with none) while keeping the folder's lock: shuts the current pool
     * down, swaps the files, opens and migrates the new one. The DSLContext and everything built on it
     * keep working. On failure the old file is put back.
     */
    synchronized void replaceWith(Path restored, FileKey restoredKey) {
        FileKey oldKey = key;
        JdbcConnectionPool old = dataSource.pool();
        shutdown(folder, old, oldKey);
        Path current = folder.databaseFile();
        Path aside = DatabaseSwap.aside(current);
        try {
            DatabaseSwap.swapIn(restored, current);
        } catch (IOException e) {
            dataSource.switchTo(createPool(folder, oldKey));
            throw new UncheckedIOException(e);
        }
        JdbcConnectionPool next = createPool(folder, restoredKey);
        try {
            prepareSchema(next, folder, clock, restoredKey);
        } catch (RuntimeException e) {
            shutdown(folder, next, restoredKey);
            DatabaseSwap.putBack(aside, current);
            dataSource.switchTo(createPool(folder, oldKey));
            throw e;
        }
        key = restoredKey;
        dataSource.switchTo(next);
        try {
            DatabaseSwap.removeAside(aside, current);
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", aside, e.toString());
        }
        LOG.info("Database replaced by {}", restored);
    }

    /** Closes the H2 database of the folder and the pool (a plain connection: a pooled one would log a rollback error). */
    private static void shutdown(DataFolder folder, JdbcConnectionPool pool, FileKey key) {
        try (Connection c = H2Access.of(folder, key).connect(OPTIONS); Statement st = c.createStatement()) {
            pool.dispose();
            org.h2.mvstore.MVStore store = mvStore(c);
            if (store != null) {
                store.setReuseSpace(true); // the closing compaction moves chunks into the gaps (see OPTIONS)
                ClosingCompaction.runIfWasteful(store);
            }
            st.execute("SHUTDOWN"); // closes the database even while a connection is still checked out
        } catch (SQLException e) {
            pool.dispose();
            LOG.debug("H2 shutdown reported: {}", e.getMessage());
        } finally {
            H2Access.of(folder, key).forget();
        }
    }

    @Override
    public void close() {
        try {
            shutdown(folder, dataSource.pool(), key);
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                LOG.warn("Releasing the lock failed", e);
            }
            closeQuietly(lockChannel);
            release(lockKey);
        }
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

    /** H2's store behind a connection of this program's embedded database; null if it has none. */
    static org.h2.mvstore.MVStore mvStore(Connection c) throws SQLException {
        if (c.isWrapperFor(org.h2.jdbc.JdbcConnection.class)
                && c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal s
                && s.getDatabase().getStore() != null) {
            return s.getDatabase().getStore().getMvStore();
        }
        return null;
    }
}
