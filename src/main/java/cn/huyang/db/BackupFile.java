package cn.huyang.db;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backup file format: a ZIP holding {@code huyang.sql} (H2's {@code SCRIPT} of the whole database,
 * schema history included) and {@code backup.properties} (format, date, kind, program and schema
 * version, every table's row count, SHA-256 of the script).
 *
 * <p>Why {@code SCRIPT} rather than {@code BACKUP TO}: a SQL script does not depend on H2's file
 * format, so a backup stays restorable after an H2 upgrade changes it (as 1.4 → 2.x did); it is
 * read in one snapshot transaction together with the counts, so the manifest matches the data; and
 * restoring it into a scratch database is the validation. The databases here are small (10,000
 * counselors script in a second or two).
 *
 * <p>Written to a temporary file, forced to disk and renamed: a crash leaves a {@code .tmp} file,
 * never a half backup under a backup's name.
 */
final class BackupFile {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFile.class);
    static final String FORMAT = "huyang-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "backup.properties";
    static final String SCRIPT = "huyang.sql";
    static final String HISTORY = "flyway_schema_history";

    private BackupFile() {
    }

    /** Writes a backup of the database behind the connection to {@code target}, atomically. */
    static BackupInfo write(Connection c, Path target, BackupKind kind, Instant now, String appVersion) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            Map<String, Long> counts;
            String schema;
            MessageDigest sha = sha256();
            long sqlBytes;
            try (OutputStream file = Files.newOutputStream(tmp);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                // One snapshot for the counts and the script, so the manifest describes the data.
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    counts = tableCounts(c);
                    schema = appliedVersion(c);
                    zip.putNextEntry(new ZipEntry(SCRIPT));
                    CountingOutputStream counting = new CountingOutputStream(zip);
                    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                            new DigestOutputStream(counting, sha), StandardCharsets.UTF_8));
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT")) {
                        while (rs.next()) {
                            w.write(rs.getString(1)); // each row is one statement ending in ';'
                            w.write('\n');
                        }
                    }
                    w.flush();
                    sqlBytes = counting.count;
                    zip.closeEntry();
                    c.commit();
                } finally {
                    c.setTransactionIsolation(isolation);
                    c.setAutoCommit(autoCommit);
                }
                Properties m = new Properties();
                m.setProperty("format", FORMAT);
                m.setProperty("formatVersion", String.valueOf(FORMAT_VERSION));
                m.setProperty("created", now.toString());
                m.setProperty("kind", kind.name());
                m.setProperty("appVersion", appVersion);
                m.setProperty("schemaVersion", schema == null ? "" : schema);
                m.setProperty("h2Version", org.h2.engine.Constants.FULL_VERSION);
                m.setProperty("scriptSha256", HexFormat.of().formatHex(sha.digest()));
                m.setProperty("scriptBytes", String.valueOf(sqlBytes));
                counts.forEach((t, n) -> m.setProperty("count." + t, String.valueOf(n)));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                m.store(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), "Huyang backup");
                zip.write(bytes.toByteArray());
                zip.closeEntry();
                zip.finish();
                file.flush();
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(tmp, target);
            forceDirectory(target.toAbsolutePath().getParent());
            BackupInfo info = new BackupInfo(target, now, kind, appVersion, schema, counts, Files.size(target));
            LOG.info("Backup ({}) written: {} ({} bytes, {} rows)", kind, target, info.size(), info.totalRows());
            return info;
        } catch (IOException | SQLException e) {
            deleteQuietly(tmp);
            throw new BackupException(BackupException.Problem.WRITE_FAILED, target, e.toString(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /** Reads and checks the manifest only: what the backup says it holds. */
    static BackupInfo readInfo(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException(BackupException.Problem.NOT_FOUND, file, null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.NOT_FOUND, file, e.toString(), e);
        }
        if (size == 0) {
            throw new BackupException(BackupException.Problem.EMPTY, file, null);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifest = zip.getEntry(MANIFEST);
            if (manifest == null) {
                throw new BackupException(BackupException.Problem.NOT_A_BACKUP, file, "no " + MANIFEST);
            }
            Properties m = new Properties();
            try (InputStream in = zip.getInputStream(manifest)) {
                m.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            if (!FORMAT.equals(m.getProperty("format"))) {
                throw new BackupException(BackupException.Problem.NOT_A_BACKUP, file, "format " + m.getProperty("format"));
            }
            if (zip.getEntry(SCRIPT) == null) {
                throw new BackupException(BackupException.Problem.CORRUPT, file, "no " + SCRIPT);
            }
            int formatVersion = Integer.parseInt(m.getProperty("formatVersion", "0"));
            String schema = m.getProperty("schemaVersion", "");
            if (formatVersion > FORMAT_VERSION || Migrations.isNewerThanThisBuild(blankToNull(schema))) {
                throw new BackupException(BackupException.Problem.NEWER_SCHEMA, file, schema);
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String key : m.stringPropertyNames()) {
                if (key.startsWith("count.")) {
                    counts.put(key.substring("count.".length()), Long.parseLong(m.getProperty(key)));
                }
            }
            return new BackupInfo(file, Instant.parse(m.getProperty("created")),
                    BackupKind.valueOf(m.getProperty("kind", BackupKind.MANUAL.name())),
                    m.getProperty("appVersion", "?"), blankToNull(schema), counts, size);
        } catch (ZipException e) {
            throw new BackupException(startsLikeZip(file) ? BackupException.Problem.TRUNCATED
                    : BackupException.Problem.NOT_A_BACKUP, file, e.toString(), e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        }
    }

    /**
     * Checks a backup completely by restoring it into {@code scratch/huyang.mv.db}: the script's
     * checksum, that H2 runs it, and that every table holds the rows the manifest counts.
     */
    static BackupInfo restoreInto(Path file, Path scratch) {
        BackupInfo info = readInfo(file);
        Path sql = scratch.resolve(SCRIPT);
        try {
            Files.createDirectories(scratch);
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                Properties m = new Properties();
                try (InputStream in = zip.getInputStream(zip.getEntry(MANIFEST))) {
                    m.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
                MessageDigest sha = sha256();
                try (InputStream in = zip.getInputStream(zip.getEntry(SCRIPT));
                     OutputStream out = new DigestOutputStream(Files.newOutputStream(sql), sha)) {
                    in.transferTo(out);
                }
                String expected = m.getProperty("scriptSha256", "");
                if (!expected.equalsIgnoreCase(HexFormat.of().formatHex(sha.digest()))) {
                    throw new BackupException(BackupException.Problem.CORRUPT, file, "checksum mismatch");
                }
            }
        } catch (ZipException | EOFException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        } catch (IOException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        }
        String url = "jdbc:h2:file:" + scratch.resolve("huyang").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, Database.USER, "")) {
            try (Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + sql.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            }
            Map<String, Long> counts = tableCounts(c);
            String schema = appliedVersion(c);
            if (!counts.equals(info.tableCounts())) {
                throw new BackupException(BackupException.Problem.CORRUPT, file,
                        "rows " + counts + " but the manifest says " + info.tableCounts());
            }
            if (!java.util.Objects.equals(schema, info.schemaVersion())) {
                throw new BackupException(BackupException.Problem.CORRUPT, file,
                        "schema " + schema + " but the manifest says " + info.schemaVersion());
            }
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        } finally {
            deleteQuietly(sql);
        }
        return info;
    }

    /** Row count of every table but Flyway's history, by upper-case table name. */
    static Map<String, Long> tableCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                        + " and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!HISTORY.equalsIgnoreCase(name)) {
                    tables.put(name.toUpperCase(Locale.ROOT), name);
                }
            }
        }
        for (Map.Entry<String, String> t : tables.entrySet()) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from \"" + t.getValue().replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(t.getKey(), rs.getLong(1));
            }
        }
        return counts;
    }

    /** The highest successfully applied migration, or null when the database has no schema history. */
    static String appliedVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) from information_schema.tables where table_schema = 'PUBLIC'"
                        + " and table_name = '" + HISTORY + "'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return null;
            }
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // the zip entry is closed by its owner
        }
    }
}
