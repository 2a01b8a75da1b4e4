package cn.huyang.db;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Backups made and tampered with by tests: format 1 as the old program wrote it, and edits with fixed checksums. */
final class BackupFixtures {
    private BackupFixtures() {
    }

    /** A format-1 backup exactly as releases up to 0.1 wrote it: H2's SCRIPT and the old manifest. */
    static Path writeLegacy(H2Store db, Path target) throws Exception {
        try (Connection c = db.connection()) {
            Map<String, Long> counts = BackupFile.tableCounts(c);
            String schema = BackupFile.appliedVersion(c);
            // H2 writes the tables in the order of their ids, and a migration that alters a table (V8 adds
            // row_version) gives it a new one; the old program's schema had never been altered, so its
            // SCRIPT held the rows parents first: the INSERTs go last, in the catalog's order, as they came.
            java.util.List<String> statements = new java.util.ArrayList<>();
            java.util.List<String> inserts = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT")) {
                while (rs.next()) {
                    String statement = rs.getString(1);
                    if (statement.startsWith("SET MAX_MEMORY_ROWS ")) {
                        continue; // an encrypted database's setting (H2Access) that the old program never made
                    }
                    (statement.startsWith("INSERT INTO ") ? inserts : statements).add(statement);
                }
            }
            java.util.List<String> order = Catalog.forVersion(schema).tables().stream()
                    .map(t -> "INSERT INTO \"PUBLIC\".\"" + t.name().toUpperCase(java.util.Locale.ROOT) + "\"")
                    .toList();
            inserts.sort(java.util.Comparator.comparingInt(i -> {
                for (int k = 0; k < order.size(); k++) {
                    if (i.startsWith(order.get(k))) {
                        return k;
                    }
                }
                return order.size();
            }));
            statements.addAll(inserts);
            StringBuilder sql = new StringBuilder();
            statements.forEach(line -> sql.append(line).append('\n'));
            Properties m = new Properties();
            m.setProperty("format", BackupFile.FORMAT);
            m.setProperty("formatVersion", "1");
            m.setProperty("created", Instant.parse("2026-11-28T02:00:00Z").toString());
            m.setProperty("kind", BackupKind.MANUAL.name());
            m.setProperty("appVersion", "0.1.0");
            m.setProperty("schemaVersion", schema);
            m.setProperty("h2Version", org.h2.engine.Constants.FULL_VERSION);
            counts.forEach((t, n) -> m.setProperty("count." + t, String.valueOf(n)));
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(BackupFile.SCRIPT, sql.toString().getBytes(StandardCharsets.UTF_8));
            setChecksum(m, BackupFile.SCRIPT, entries.get(BackupFile.SCRIPT));
            entries.put(BackupFile.MANIFEST, store(m));
            return writeZip(target, entries);
        }
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile in = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(in.entries())) {
                try (InputStream s = in.getInputStream(e)) {
                    entries.put(e.getName(), s.readAllBytes());
                }
            }
        }
        return entries;
    }

    static Path writeZip(Path target, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return target;
    }

    static Properties manifest(Map<String, byte[]> entries) throws IOException {
        Properties m = new Properties();
        m.load(new StringReader(new String(entries.get(BackupFile.MANIFEST), StandardCharsets.UTF_8)));
        return m;
    }

    static byte[] store(Properties m) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.store(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), null);
        return bytes.toByteArray();
    }

    /** Records an entry's size and SHA-256 in the manifest, as the writer of its format does. */
    static void setChecksum(Properties m, String entry, byte[] data) {
        String sha = sha256(data);
        if (entry.equals(BackupFile.SCRIPT)) {
            m.setProperty("scriptSha256", sha);
            m.setProperty("scriptBytes", String.valueOf(data.length));
        } else {
            String table = entry.substring("tables/".length(), entry.length() - ".jsonl".length());
            m.setProperty("sha256." + table, sha);
            m.setProperty("bytes." + table, String.valueOf(data.length));
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with one entry's text changed and its checksum fixed in the manifest: a careful forger's work. */
    static Path withEntry(Path from, Path to, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = read(from);
        byte[] data = change.apply(new String(entries.getOrDefault(entry, new byte[0]), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        entries.put(entry, data);
        Properties m = manifest(entries);
        setChecksum(m, entry, data);
        entries.put(BackupFile.MANIFEST, store(m));
        return writeZip(to, entries);
    }

    /** A copy with the manifest changed. */
    static Path withManifest(Path from, Path to, java.util.function.Consumer<Properties> change) throws IOException {
        Map<String, byte[]> entries = read(from);
        Properties m = manifest(entries);
        change.accept(m);
        entries.put(BackupFile.MANIFEST, store(m));
        return writeZip(to, entries);
    }
}
