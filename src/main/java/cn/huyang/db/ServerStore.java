package cn.huyang.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared store: one PostgreSQL database (14 or later) that several office PCs use at once, reached
 * by a JDBC URL ({@code jdbc:postgresql://host:5432/huyang}, optionally {@code ?sslmode=verify-full}), a
 * database user and password. The same Flyway scripts make its schema and the same generated jOOQ
 * classes query it (rendered in lower case, PostgreSQL's). Settings, logs and backups stay in the
 * {@link DataFolder} on this PC.
 *
 * <p>Opening refuses a server older than PostgreSQL {@value #MIN_MAJOR_VERSION}
 * ({@link ServerTooOldException}) and a schema newer than this program's ({@link SchemaTooNewException});
 * it backs up into the local folder before migrating a database that holds an older schema. Flyway
 * takes PostgreSQL's advisory lock, so two PCs starting a new version at once migrate it once.
 *
 * <p>Connections come from a pool of at most {@value #MAX_CONNECTIONS} (H2's pool over PostgreSQL's
 * pooled connections: no further library).
 */
public final class ServerStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(ServerStore.class);
    /** The oldest PostgreSQL major version the program runs on. */
    public static final int MIN_MAJOR_VERSION = 14;
    static final int MAX_CONNECTIONS = 8;
    /** Scratch databases and unfinished backups older than this are a killed program's, removed at the next open. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(6);
    /** How long a restore waits for other PCs' transactions on the tables before giving up. */
    private static final String LOCK_TIMEOUT = "30s";

    private final String location;
    private final DataFolder folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Backups backups;

    private ServerStore(String location, DataFolder folder, JdbcConnectionPool pool, Clock clock) {
        this.location = location;
        this.folder = folder;
        this.pool = pool;
        this.dsl = StoreSetup.dsl(pool, SQLDialect.POSTGRES, RenderNameCase.LOWER);
        this.backups = new Backups(new BackupHost(folder, this::connection, () -> null, this::replaceWith, true), clock);
    }

    /**
     * Connects to the server's database, checks the server and the schema, migrates when needed.
     *
     * @param url      {@code jdbc:postgresql://host:port/database}, with options such as {@code sslmode}
     * @param folder   this PC's folder of settings, logs and backups (made when missing)
     * @throws ServerTooOldException  when the server runs a PostgreSQL older than {@value #MIN_MAJOR_VERSION}
     * @throws SchemaTooNewException  when a newer program made the schema; nothing is touched
     * @throws IllegalStateException  when the server cannot be reached or refuses the user (the cause says why)
     */
    public static ServerStore open(String url, String user, String password, DataFolder folder, Clock clock) {
        String location = withoutPassword(url);
        try {
            OwnerOnly.createDirectories(folder.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Backups.clearLeftovers(folder, LEFTOVER_AGE);
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("Huyang");
        source.setDefaultAutoCommit(true);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        long start = System.nanoTime();
        try {
            checkServer(pool, location);
            StoreSetup.prepareSchema(pool, folder, clock, null, location,
                    v -> SchemaTooNewException.onServer(location, v, Migrations.latest().getVersion()));
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        LOG.info("Opened {} in {} ms", location, (System.nanoTime() - start) / 1_000_000);
        return new ServerStore(location, folder, pool, clock);
    }

    private static void checkServer(JdbcConnectionPool pool, String location) {
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            requireSupported(md.getDatabaseMajorVersion(), md.getDatabaseProductVersion(), location);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + location + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    static void requireSupported(int majorVersion, String version, String location) {
        if (majorVersion < MIN_MAJOR_VERSION) {
            throw new ServerTooOldException(location, version);
        }
    }

    /** The URL as a user may read it: without a {@code password} (or {@code sslpassword}) option. */
    public static String withoutPassword(String url) {
        int q = url.indexOf('?');
        String base = url.replaceFirst("^(jdbc:postgresql://)([^/@:]*):[^/@]*@", "$1$2@");
        if (q < 0) {
            return base;
        }
        base = base.substring(0, base.indexOf('?'));
        String options = Arrays.stream(url.substring(q + 1).split("&"))
                .filter(o -> {
                    String name = o.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !name.equals("password") && !name.equals("sslpassword");
                })
                .collect(Collectors.joining("&"));
        return options.isEmpty() ? base : base + "?" + options;
    }

    /**
     * A restore: every table's rows are replaced by the staged backup's in one transaction (other PCs
     * read the old data until it commits and wait to write), identities continue after the restored
     * ids. On any failure nothing is changed.
     */
    private void replaceWith(StagedRestore staged) {
        try (Connection from = staged.scratchAccess().connect(";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE");
             Connection to = pool.getConnection()) {
            String version = BackupFile.appliedVersion(from);
            to.setAutoCommit(false);
            try {
                if (!version.equals(BackupFile.appliedVersion(to))) {
                    throw new IllegalStateException("The server's schema is " + BackupFile.appliedVersion(to)
                            + ", the backup's " + version);
                }
                Catalog target = Catalog.read(to, version);
                try (Statement st = to.createStatement()) {
                    st.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
                    st.execute("truncate table " + target.tables().stream().map(t -> Catalog.quote(t.sqlName()))
                            .collect(Collectors.joining(", ")));
                }
                Map<String, Long> copied = TableCopy.copy(from, Catalog.read(from, version), to, target);
                if (!copied.equals(BackupFile.tableCounts(from)) || !copied.equals(BackupFile.tableCounts(to))) {
                    throw new IllegalStateException("Copied " + copied + " rows of " + BackupFile.tableCounts(from));
                }
                Identities.restartAfterMax(to, target); // last: sequences do not roll back
                to.commit();
            } catch (SQLException | RuntimeException e) {
                undo(to, version, e);
                throw e;
            }
            to.setAutoCommit(true);
            LOG.info("Restored {} into {}", staged.info().file(), location);
        } catch (SQLException e) {
            throw new IllegalStateException("The restore into " + location + " failed; nothing was changed", e);
        }
    }

    /** Rolls back a failed restore and sets the identities after the old rows again (setval is not rolled back). */
    private static void undo(Connection to, String version, Exception failure) {
        try {
            to.rollback();
            to.setAutoCommit(true);
            Identities.restartAfterMax(to, Catalog.read(to, version));
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A connection of the pool; the caller closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    /** Transactions on the server: a commit is durable when it returns, nothing to do after it. */
    @Override
    public Transactor transactor() {
        return new Transactor(dsl);
    }

    @Override
    public Backups backups() {
        return backups;
    }

    @Override
    public DataFolder folder() {
        return folder;
    }

    /** The server's URL, without a password. */
    @Override
    public String location() {
        return location;
    }

    @Override
    public String schemaVersion() {
        try (Connection c = pool.getConnection()) {
            return BackupFile.appliedVersion(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version", e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
