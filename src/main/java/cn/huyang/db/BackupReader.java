package cn.huyang.db;

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
import org.flywaydb.core.api.MigrationVersion;

/**
 * Reads a backup (format 2, or format 1's script) as data and checks all of it before anything is
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

    BackupReader(Path file) {
        this.file = file;
        this.manifest = BackupFile.manifest(file);
        this.info = BackupFile.infoOf(file, manifest);
        this.formatVersion = BackupFile.formatVersion(manifest);
        String version = info.schemaVersion();
        if (version == null || !Migrations.shipped().contains(MigrationVersion.fromVersion(version))) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, "schema version " + version);
        }
        this.catalog = Catalog.forVersion(version);
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
            } else {
                counts = tables(zip, sink);
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

    private Map<String, Long> tables(ZipFile zip, LegacyScriptParser.Sink sink)
            throws IOException, BackupProblem {
        List<String> listed = Arrays.asList(manifest.getProperty("tables", "").split(",", -1));
        Set<String> expected = new HashSet<>();
        catalog.tables().forEach(t -> expected.add(t.name()));
        if (listed.size() != expected.size() || !expected.equals(new HashSet<>(listed))) {
            throw BackupProblem.unsafe("tables " + listed + " are not those of schema " + catalog.version());
        }
        Set<String> names = new HashSet<>(Set.of(BackupFile.MANIFEST));
        expected.forEach(t -> names.add(TableFile.entryName(t)));
        checkEntries(zip, names);
        Map<String, Long> counts = new TreeMap<>();
        for (Catalog.Table t : catalog.tables()) {
            ZipEntry entry = zip.getEntry(TableFile.entryName(t.name()));
            String sha = manifest.getProperty("sha256." + t.name(), "");
            long bytes = Long.parseLong(manifest.getProperty("bytes." + t.name(), "-1"));
            if (bytes < 0 || bytes > MAX_ENTRY || !sha.matches("[0-9a-f]{64}")) {
                throw BackupProblem.corrupt("manifest of " + t.name());
            }
            long rows;
            try (Checked in = new Checked(zip.getInputStream(entry), bytes);
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
