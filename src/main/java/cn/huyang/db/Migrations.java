package cn.huyang.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The schema versions this build ships: the {@code V<version>__<name>.sql} scripts under
 * {@code db/migration} on the classpath (a folder when run from classes, the jar when packaged).
 * Read without a database, so a database from a newer version can be recognised before Flyway
 * touches it.
 */
public final class Migrations {
    public static final String LOCATION = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");
    private static volatile List<MigrationVersion> shipped;

    private Migrations() {
    }

    /**
     * Flyway on the program's scripts for the database behind the data source, with the placeholders
     * the few statements no plain SQL of both stores can say use (V19's back-fill): {@code random_uuid}
     * and {@code next_change_seq}. Every migration of the program is configured here.
     */
    public static FluentConfiguration flyway(DataSource dataSource) {
        boolean postgres;
        try (java.sql.Connection c = dataSource.getConnection()) {
            postgres = Identities.isPostgres(c);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell which database is to be migrated", e);
        }
        return Flyway.configure().dataSource(dataSource).locations("classpath:" + LOCATION)
                .placeholders(placeholders(postgres));
    }

    /** {@link #flyway(DataSource)} for a JDBC URL (H2's or PostgreSQL's). */
    public static FluentConfiguration flyway(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations("classpath:" + LOCATION)
                .placeholders(placeholders(url.startsWith("jdbc:postgresql:")));
    }

    static Map<String, String> placeholders(boolean postgres) {
        return postgres
                ? Map.of("random_uuid", "gen_random_uuid()", "next_change_seq", "nextval('change_seq')")
                : Map.of("random_uuid", "RANDOM_UUID()", "next_change_seq", "NEXT VALUE FOR change_seq");
    }

    /** Every shipped version, ascending. */
    public static List<MigrationVersion> shipped() {
        List<MigrationVersion> s = shipped;
        if (s == null) {
            s = scan();
            shipped = s;
        }
        return s;
    }

    /** The highest version this build can migrate to. */
    public static MigrationVersion latest() {
        List<MigrationVersion> s = shipped();
        return s.get(s.size() - 1);
    }

    /** True when the given version (as written in {@code flyway_schema_history}) is above {@link #latest()}. */
    public static boolean isNewerThanThisBuild(String version) {
        return version != null && MigrationVersion.fromVersion(version).isNewerThan(latest().getVersion());
    }

    private static List<MigrationVersion> scan() {
        TreeSet<MigrationVersion> versions = new TreeSet<>();
        try {
            Enumeration<URL> roots = Migrations.class.getClassLoader().getResources(LOCATION);
            for (URL root : Collections.list(roots)) {
                for (String name : names(root)) {
                    Matcher m = SCRIPT.matcher(name);
                    if (m.matches()) {
                        versions.add(MigrationVersion.fromVersion(m.group(1).replace('_', '.')));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("No migrations found under classpath:" + LOCATION);
        }
        return List.copyOf(versions);
    }

    private static List<String> names(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(root.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.forEach(p -> names.add(p.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        } else if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = LOCATION + "/";
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .forEach(n -> names.add(n.substring(prefix.length())));
            }
        }
        return names;
    }
}
