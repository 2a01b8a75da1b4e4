package cn.huyang.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every backup format shares: the manifest {@code backup.properties} (format, date, kind, program
 * and schema version, every table's row count) and the checks made on it before anything else is
 * read. Format 2 ({@link BackupWriter}, {@code docs/backup-format.md}) holds one JSON Lines file per
 * table; format 1 (up to release 0.1) held {@code huyang.sql}, H2's {@code SCRIPT}, read only by
 * {@link LegacyScriptParser}, never run.
 */
final class BackupFile {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFile.class);
    static final String FORMAT = "huyang-backup";
    /** The newest format this program reads. */
    static final int FORMAT_VERSION = 3;
    /** What this program writes for an unencrypted database: table files in the clear. */
    static final int PLAIN_FORMAT_VERSION = 2;
    /** What this program writes for an encrypted database: the table files sealed under the file key. */
    static final int SEALED_FORMAT_VERSION = 3;
    static final int LEGACY_FORMAT_VERSION = 1;
    /** Format 3: the sealed body (a ZIP of the table files, encrypted) and the key ring's copy in the manifest. */
    static final String BODY = "body.sealed";
    static final String KEYRING = "keyring";
    static final int MAX_MANIFEST = 1 << 20;
    static final String MANIFEST = "backup.properties";
    static final String SCRIPT = "huyang.sql";
    static final String HISTORY = "flyway_schema_history";

    private BackupFile() {
    }

    /** Reads and checks the manifest only: what the backup says it holds. */
    static BackupInfo readInfo(Path file) {
        return infoOf(file, manifest(file));
    }

    /** The manifest of the file, with the file's basic checks: a ZIP, a Huyang backup, not from a newer program. */
    static Properties manifest(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException(BackupException.Problem.NOT_FOUND, file, null);
        }
        try {
            if (Files.size(file) == 0) {
                throw new BackupException(BackupException.Problem.EMPTY, file, null);
            }
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.NOT_FOUND, file, e.toString(), e);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifest = zip.getEntry(MANIFEST);
            if (manifest == null) {
                throw new BackupException(BackupException.Problem.NOT_A_BACKUP, file, "no " + MANIFEST);
            }
            Properties m = new Properties();
            try (InputStream in = zip.getInputStream(manifest)) {
                byte[] bytes = in.readNBytes(MAX_MANIFEST + 1);
                if (bytes.length > MAX_MANIFEST) {
                    throw new BackupException(BackupException.Problem.CORRUPT, file, "manifest too large");
                }
                m.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            }
            if (!FORMAT.equals(m.getProperty("format"))) {
                throw new BackupException(BackupException.Problem.NOT_A_BACKUP, file, "format " + m.getProperty("format"));
            }
            int formatVersion = formatVersion(m);
            if (formatVersion > FORMAT_VERSION) {
                throw new BackupException(BackupException.Problem.NEWER_FORMAT, file, String.valueOf(formatVersion));
            }
            if (formatVersion < LEGACY_FORMAT_VERSION) {
                throw new BackupException(BackupException.Problem.CORRUPT, file, "format version " + formatVersion);
            }
            String schema = m.getProperty("schemaVersion", "");
            if (Migrations.isNewerThanThisBuild(blankToNull(schema))) {
                throw new BackupException(BackupException.Problem.NEWER_SCHEMA, file, schema);
            }
            return m;
        } catch (ZipException e) {
            throw new BackupException(startsLikeZip(file) ? BackupException.Problem.TRUNCATED
                    : BackupException.Problem.NOT_A_BACKUP, file, e.toString(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        }
    }

    static int formatVersion(Properties m) {
        return Integer.parseInt(m.getProperty("formatVersion", "0").trim());
    }

    static BackupInfo infoOf(Path file, Properties m) {
        try {
            Map<String, Long> counts = new TreeMap<>();
            for (String key : m.stringPropertyNames()) {
                if (key.startsWith("count.")) {
                    long n = Long.parseLong(m.getProperty(key));
                    if (n < 0) {
                        throw new IllegalArgumentException("negative count");
                    }
                    counts.put(key.substring("count.".length()).toUpperCase(Locale.ROOT), n);
                }
            }
            return new BackupInfo(file, Instant.parse(m.getProperty("created", "")),
                    BackupKind.valueOf(m.getProperty("kind", BackupKind.MANUAL.name())),
                    m.getProperty("appVersion", "?"), blankToNull(m.getProperty("schemaVersion", "")), counts,
                    Files.size(file));
        } catch (IOException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        }
    }

    /** Row count of every table but Flyway's history, by upper-case table name (JDBC metadata: any store). */
    static Map<String, Long> tableCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : tableNames(c)) {
            if (HISTORY.equalsIgnoreCase(name)) {
                continue;
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from \"" + name.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(name.toUpperCase(Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }

    /** The base tables of the connection's current schema, as the store spells them. */
    static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /** The highest successfully applied migration, or null when the database has no schema history. */
    static String appliedVersion(Connection c) throws SQLException {
        if (tableNames(c).stream().noneMatch(HISTORY::equals)) {
            return null;
        }
        MigrationVersion max = null;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select \"version\" from \"" + HISTORY + "\" where \"success\" and \"version\" is not null")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                if (max == null || v.isNewerThan(max.getVersion())) {
                    max = v;
                }
            }
        }
        return max == null ? null : max.getVersion();
    }

    /**
     * Whether every shipped migration is applied and none failed: then there is nothing for Flyway
     * to do, and starting it (about 400 classes and a validation of every script) is skipped.
     */
    static boolean schemaUpToDate(Connection c) throws SQLException {
        if (tableNames(c).stream().noneMatch(HISTORY::equals)) {
            return false;
        }
        java.util.Set<MigrationVersion> applied = new java.util.HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select \"version\", \"success\" from \"" + HISTORY + "\" where \"version\" is not null")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(MigrationVersion.fromVersion(rs.getString(1)));
            }
        }
        return applied.equals(new java.util.HashSet<>(Migrations.shipped()));
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename durable on POSIX systems; not possible (nor needed) on Windows. */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.trace("Directory not forced: {}", dir);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", p);
        }
    }

    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
