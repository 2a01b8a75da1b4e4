package cn.huyang.db;

import cn.huyang.security.BackupUnlock;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import cn.huyang.security.KeyRingException;
import cn.huyang.security.SealedInputStream;
import cn.huyang.security.SecurityRefusal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Reads a backup (format 3's sealed body, format 2, or format 1's script) as data and checks all of it before anything is
 * loaded anywhere: {@link #verify()} checks the entries (exactly the expected names), parses and
 * type-checks every row against the schema of the backup's version, checks every entry's size and
 * SHA-256 and compares the counts with the manifest. {@link #load} then hands the same rows, read again (and
 * their checksums checked again), to a loader, parents before children.
 */
final class BackupReader {
    /** No entry of a backup is larger; a larger one is refused before it is read (zip bombs). */
    static final long MAX_ENTRY = 1L << 30;

    private final Path file;
    private final Properties manifest;
    private final BackupInfo info;
    private final int formatVersion;
    private final Catalog catalog;
    /** Format 3: the key the body is sealed under, and the key ring's copy it came from. */
    private final FileKey key;
    private final byte[] keyRingCopy;

    BackupReader(Path file) {
        this(file, null);
    }

    /**
     * @param unlock what opens an encrypted backup (format 3); ignored for the older formats
     * @throws BackupException LOCKED without it, WRONG_UNLOCK when it does not open the backup
     */
    BackupReader(Path file, BackupUnlock unlock) {
        this.file = file;
        this.manifest = BackupFile.manifest(file);
        this.info = BackupFile.infoOf(file, manifest);
        this.formatVersion = BackupFile.formatVersion(manifest);
        String version = info.schemaVersion();
        if (version == null || !Migrations.shipped().contains(MigrationVersion.fromVersion(version))) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, "schema version " + version);
        }
        this.catalog = Catalog.forVersion(version);
        if (formatVersion == BackupFile.SEALED_FORMAT_VERSION) {
            this.keyRingCopy = keyRingCopy(file, manifest);
            this.key = unlock(file, keyRingCopy, unlock);
        } else {
            this.keyRingCopy = null;
            this.key = null;
        }
    }

    private static byte[] keyRingCopy(Path file, Properties manifest) {
        try {
            return Base64.getDecoder().decode(manifest.getProperty(BackupFile.KEYRING, ""));
        } catch (IllegalArgumentException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, "key ring copy");
        }
    }

    private static FileKey unlock(Path file, byte[] copy, BackupUnlock unlock) {
        KeyRing ring;
        try {
            ring = KeyRing.fromHeader(copy);
        } catch (KeyRingException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, "key ring copy: " + e.detail());
        }
        if (unlock == null) {
            throw new BackupException(BackupException.Problem.LOCKED, file, null);
        }
        try {
            return unlock.unlock(ring);
        } catch (SecurityRefusal e) {
            throw new BackupException(BackupException.Problem.WRONG_UNLOCK, file, e.messageKey());
        }
    }

    /** The key the backup is sealed under; null for an unencrypted backup. */
    FileKey fileKey() {
        return key;
    }

    /** The key ring's wrapped copies the backup carries; null for an unencrypted backup. */
    byte[] keyRingCopy() {
        return keyRingCopy == null ? null : keyRingCopy.clone();
    }

    BackupInfo info() {
        return info;
    }

    Catalog catalog() {
        return catalog;
    }

    /** Checks the whole file; throws {@link BackupException} for the first problem found. */
    void verify() {
        run((t, values, row) -> { });
    }

    /** Hands every row to the sink, parents first; the file was {@linkplain #verify() verified} before. */
    void load(LegacyScriptParser.Sink sink) {
        run(sink);
    }

    private void run(LegacyScriptParser.Sink sink) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Map<String, Long> counts;
            if (formatVersion == BackupFile.LEGACY_FORMAT_VERSION) {
                counts = legacy(zip, sink);
            } else if (formatVersion == BackupFile.SEALED_FORMAT_VERSION) {
                counts = sealed(zip, sink);
            } else {
                checkEntries(zip, entryNames());
                counts = tables(name -> zip.getInputStream(zip.getEntry(name)), sink);
            }
            if (!counts.equals(info.tableCounts())) {
                throw new BackupProblem(BackupException.Problem.CORRUPT, "rows " + counts + " but the manifest says "
                        + info.tableCounts());
            }
        } catch (BackupProblem p) {
            throw new BackupException(p.problem(), file, p.table(), p.row(), p.getMessage(), p);
        } catch (ZipException e) {
            throw new BackupException(BackupException.Problem.TRUNCATED, file, e.toString(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        }
    }

    /** The manifest and a table file per table of the schema; the manifest must list exactly those tables. */
    private Set<String> entryNames() throws BackupProblem {
        List<String> listed = Arrays.asList(manifest.getProperty("tables", "").split(",", -1));
        Set<String> expected = new HashSet<>();
        catalog.tables().forEach(t -> expected.add(t.name()));
        if (listed.size() != expected.size() || !expected.equals(new HashSet<>(listed))) {
            throw BackupProblem.unsafe("tables " + listed + " are not those of schema " + catalog.version());
        }
        Set<String> names = new HashSet<>(Set.of(BackupFile.MANIFEST));
        expected.forEach(t -> names.add(TableFile.entryName(t)));
        return names;
    }

    /**
     * Format 3: the body is opened chunk by chunk (each chunk's tag checked before its bytes are
     * parsed) and read as a ZIP stream whose entries must be the table files in the schema's order.
     */
    private Map<String, Long> sealed(ZipFile zip, LegacyScriptParser.Sink sink) throws IOException, BackupProblem {
        checkEntries(zip, Set.of(BackupFile.MANIFEST, BackupFile.BODY));
        Set<String> names = entryNames();
        try (SealedInputStream body = new SealedInputStream(zip.getInputStream(zip.getEntry(BackupFile.BODY)), key);
             ZipInputStream tables = new ZipInputStream(body, StandardCharsets.UTF_8)) {
            Map<String, Long> counts = tables(name -> {
                ZipEntry e = tables.getNextEntry();
                if (e == null || e.isDirectory() || !e.getName().equals(name) || !names.contains(name)) {
                    throw new IOException("the sealed body does not hold " + name + " next");
                }
                return new FilterInputStream(tables) {
                    @Override
                    public void close() {
                        // the next entry follows in the same stream
                    }
                };
            }, sink);
            if (tables.getNextEntry() != null) {
                throw BackupProblem.unsafe("unexpected entry in the sealed body");
            }
            body.verifyToEnd();
            return counts;
        } catch (SealedInputStream.TamperedException e) {
            throw BackupProblem.corrupt("sealed body: " + e.getMessage());
        }
    }

    /** Opens a table file by its entry name. */
    private interface Entries {
        InputStream open(String entryName) throws IOException;
    }

    private Map<String, Long> tables(Entries entries, LegacyScriptParser.Sink sink)
            throws IOException, BackupProblem {
        Map<String, Long> counts = new TreeMap<>();
        for (Catalog.Table t : catalog.tables()) {
            String sha = manifest.getProperty("sha256." + t.name(), "");
            long bytes = Long.parseLong(manifest.getProperty("bytes." + t.name(), "-1"));
            if (bytes < 0 || bytes > MAX_ENTRY || !sha.matches("[0-9a-f]{64}")) {
                throw BackupProblem.corrupt("manifest of " + t.name());
            }
            long rows;
            try (Checked in = new Checked(entries.open(TableFile.entryName(t.name())), bytes);
                 TableFile.Reader reader = new TableFile.Reader(in, t)) {
                try {
                    for (Object[] row = reader.next(); row != null; row = reader.next()) {
                        sink.row(t, row, reader.row());
                    }
                } catch (Values.BadValue e) {
                    throw BackupProblem.badRow(t.name(), reader.row(), e.getMessage());
                }
                rows = reader.row();
                in.finish(sha);
            } catch (Values.BadValue e) {
                throw BackupProblem.unsafe("header of " + t.name() + ": " + e.getMessage());
            }
            counts.put(t.sqlName(), rows);
        }
        return counts;
    }

    private Map<String, Long> legacy(ZipFile zip, LegacyScriptParser.Sink sink)
            throws IOException, BackupProblem {
        checkEntries(zip, Set.of(BackupFile.MANIFEST, BackupFile.SCRIPT));
        String sha = manifest.getProperty("scriptSha256", "");
        long bytes = Long.parseLong(manifest.getProperty("scriptBytes", "-1"));
        if (bytes < 0 || bytes > MAX_ENTRY || !sha.matches("[0-9a-f]{64}")) {
            throw BackupProblem.corrupt("manifest of " + BackupFile.SCRIPT);
        }
        ZipEntry entry = zip.getEntry(BackupFile.SCRIPT);
        try (Checked in = new Checked(zip.getInputStream(entry), bytes);
             Reader r = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)), 1 << 16)) {
            LegacyScriptParser.Result result = new LegacyScriptParser(r, catalog).parse(sink);
            in.finish(sha);
            if (!Objects.equals(result.schemaVersion(), info.schemaVersion())) {
                throw BackupProblem.corrupt("schema " + result.schemaVersion() + " but the manifest says "
                        + info.schemaVersion());
            }
            Map<String, Long> counts = new TreeMap<>(result.counts());
            counts.remove(BackupFile.HISTORY);
            catalog.tables().forEach(t -> counts.putIfAbsent(t.sqlName(), 0L));
            return counts;
        }
    }

    /** The ZIP holds exactly the expected entries, each once: nothing unknown, no paths, no duplicates. */
    private static void checkEntries(ZipFile zip, Set<String> expected) throws BackupProblem {
        List<String> names = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            names.add(e.getName());
            if (e.isDirectory() || !expected.contains(e.getName())) {
                throw BackupProblem.unsafe("unexpected entry");
            }
        }
        if (names.size() != new HashSet<>(names).size()) {
            throw BackupProblem.unsafe("an entry twice");
        }
        if (names.size() != expected.size()) {
            throw BackupProblem.corrupt("entries missing: " + names.size() + " of " + expected.size());
        }
    }

    /** An entry's bytes: refused past the size the manifest gives; its SHA-256 checked at the end. */
    private static final class Checked extends FilterInputStream {
        private final long limit;
        private final MessageDigest sha;
        private long count;

        Checked(InputStream in, long limit) {
            this(new DigestInputStream(in, BackupFile.sha256()), limit);
        }

        private Checked(DigestInputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.sha = in.getMessageDigest();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                grow(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                grow(n);
            }
            return n;
        }

        private void grow(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }

        /** Reads what is left and compares size and checksum with the manifest. */
        void finish(String expectedSha) throws IOException, BackupProblem {
            transferTo(java.io.OutputStream.nullOutputStream());
            if (count != limit || !HexFormat.of().formatHex(sha.digest()).equals(expectedSha)) {
                throw BackupProblem.corrupt("size or checksum of an entry differs from the manifest");
            }
        }
    }

    /** An entry larger than the manifest says. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("entry larger than the manifest says");
        }
    }
}
