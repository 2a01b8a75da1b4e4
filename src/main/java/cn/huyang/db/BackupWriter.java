package cn.huyang.db;

import cn.huyang.security.FileKey;
import cn.huyang.security.SealedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a backup of format 2 ({@code docs/backup-format.md}): the manifest {@code backup.properties}
 * and one table file per table — or, for an encrypted database, of format 3: the same table files in
 * one ZIP sealed under the file key ({@code body.sealed}) and the key ring's wrapped copies in the manifest — all read in one REPEATABLE_READ snapshot so the counts describe the
 * data. Data only — no SQL — so that restoring it can never run anything.
 *
 * <p>Written owner-only to a temporary file, forced to disk and renamed: a crash leaves a {@code .tmp}
 * file (cleared at the next open), never a half backup under a backup's name.
 */
final class BackupWriter {
    private static final Logger LOG = LoggerFactory.getLogger(BackupWriter.class);

    private BackupWriter() {
    }

    /** The file key and the key ring's wrapped copies an encrypted database's backups are sealed with. */
    record Sealing(FileKey key, byte[] keyRingCopy) {
    }

    static BackupInfo write(Connection c, Path target, BackupKind kind, Instant now, String appVersion) {
        return write(c, target, kind, now, appVersion, null);
    }

    /** A backup of format 2, or of format 3 (its table files sealed) when {@code sealing} is given. */
    static BackupInfo write(Connection c, Path target, BackupKind kind, Instant now, String appVersion,
                            Sealing sealing) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            OwnerOnly.createDirectories(target.toAbsolutePath().getParent());
            OwnerOnly.createFile(tmp);
            Map<String, Long> counts = new TreeMap<>();
            String schema;
            try (OutputStream file = Files.newOutputStream(tmp, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
                Properties m = new Properties();
                if (sealing == null) {
                    schema = tables(c, zip, m, counts);
                } else {
                    zip.setLevel(Deflater.NO_COMPRESSION); // the table files are compressed before sealing
                    zip.putNextEntry(new ZipEntry(BackupFile.BODY));
                    SealedOutputStream sealed = new SealedOutputStream(zip, sealing.key());
                    ZipOutputStream body = new ZipOutputStream(sealed, StandardCharsets.UTF_8);
                    schema = tables(c, body, m, counts);
                    body.finish();
                    sealed.finish();
                    zip.closeEntry();
                    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
                    m.setProperty(BackupFile.KEYRING, Base64.getEncoder().encodeToString(sealing.keyRingCopy()));
                }
                m.setProperty("format", BackupFile.FORMAT);
                m.setProperty("formatVersion", String.valueOf(sealing == null ? BackupFile.PLAIN_FORMAT_VERSION
                        : BackupFile.SEALED_FORMAT_VERSION));
                m.setProperty("created", now.toString());
                m.setProperty("kind", kind.name());
                m.setProperty("appVersion", appVersion);
                m.setProperty("schemaVersion", schema == null ? "" : schema);
                zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
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
            BackupFile.move(tmp, target);
            BackupFile.forceDirectory(target.toAbsolutePath().getParent());
            BackupInfo info = new BackupInfo(target, now, kind, appVersion, schema, counts, Files.size(target));
            LOG.info("Backup ({}{}) written: {} ({} bytes, {} rows)", kind, sealing == null ? "" : ", encrypted",
                    target, info.size(), info.totalRows());
            return info;
        } catch (IOException | SQLException e) {
            BackupFile.deleteQuietly(tmp);
            throw new BackupException(BackupException.Problem.WRITE_FAILED, target, e.toString(), e);
        } catch (RuntimeException e) {
            BackupFile.deleteQuietly(tmp);
            throw e;
        }
    }

    /** Writes every table file into {@code zip} in one snapshot, their counts, sizes and checksums into the manifest. */
    private static String tables(Connection c, ZipOutputStream zip, Properties m, Map<String, Long> counts)
            throws IOException, SQLException {
        String schema;
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            schema = BackupFile.appliedVersion(c);
            Catalog catalog = Catalog.read(c, schema);
            for (Catalog.Table t : catalog.tables()) {
                zip.putNextEntry(new ZipEntry(TableFile.entryName(t.name())));
                MessageDigest sha = BackupFile.sha256();
                Counting counting = new Counting(zip);
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                        new DigestOutputStream(counting, sha), StandardCharsets.UTF_8), 1 << 16);
                long rows = TableFile.write(c, t, w);
                w.flush();
                zip.closeEntry();
                counts.put(t.name().toUpperCase(java.util.Locale.ROOT), rows); // as BackupFile.infoOf keys them
                m.setProperty("count." + t.name(), String.valueOf(rows));
                m.setProperty("sha256." + t.name(), HexFormat.of().formatHex(sha.digest()));
                m.setProperty("bytes." + t.name(), String.valueOf(counting.count));
            }
            m.setProperty("tables", catalog.tables().stream().map(Catalog.Table::name)
                    .collect(Collectors.joining(",")));
            c.commit();
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
        return schema;
    }

    /** Counts the bytes of an entry; closing it leaves the zip open. */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
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
