package cn.huyang.db;

import cn.huyang.security.BackupUnlock;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of one open {@link Store} (H2 or a server, through its {@link BackupHost}): automatic ones in
 * this PC's {@code <data folder>/backups/} ({@code huyang-20261128-181500-daily.zip}; the newest
 * {@code backup.keep} of them are kept,
 * 30 unless settings.properties says otherwise), manual ones to any file, and restore.
 *
 * <ul>
 *   <li>{@link #dailyIfDue()} — called at every start; makes the day's first backup.</li>
 *   <li>Before a migration — done by the store's open itself (into this PC's folder) when a migration is pending.</li>
 *   <li>{@link #beforeBulkImport()} — <b>every bulk import calls this first</b> (spreadsheet import
 *       and the like) and goes on only when it returned.</li>
 *   <li>{@link #prepareRestore(Path)} then {@link #restore(StagedRestore)} — reads and checks the whole
 *       backup as data (never running anything from it), loads it into a scratch H2 database in this PC's
 *       backups folder, shows what it holds, then puts it in place after backing up the current data.</li>
 * </ul>
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 30;
    public static final String FOLDER = "backups";
    static final String PREFIX = "huyang-";
    static final String SUFFIX = ".zip";
    /** Scratch databases of a restore in progress: {@code backups/.restore-<n>/}. */
    static final String RESTORE_PREFIX = ".restore-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final BackupHost host;
    private final Clock clock;

    Backups(BackupHost host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    public static Path folder(DataFolder data) {
        return data.path().resolve(FOLDER);
    }

    public Path folder() {
        return folder(host.folder());
    }

    /** How many automatic backups are kept: {@code backup.keep} in settings.properties, at least 1. */
    public static int keep(DataFolder data) {
        Path file = data.settingsFile();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                String v = p.getProperty(KEEP_SETTING);
                if (v != null) {
                    return Math.max(1, Integer.parseInt(v.trim()));
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Unreadable {} in {}, keeping {}", KEEP_SETTING, file, DEFAULT_KEEP);
            }
        }
        return DEFAULT_KEEP;
    }

    /** A backup into the backups folder, then the oldest beyond {@link #keep} are removed. */
    public BackupInfo backupNow(BackupKind kind) {
        try (Connection c = host.connections().get()) {
            return writeAutomatic(c, host.folder(), kind, clock, host.key().get());
        } catch (SQLException e) {
            throw new BackupException(BackupException.Problem.WRITE_FAILED, folder(), e.toString(), e);
        }
    }

    /** A manual backup to the chosen file (into a folder: under the usual name). */
    public BackupInfo backupTo(Path target) {
        Path file = Files.isDirectory(target) ? target.resolve(fileName(BackupKind.MANUAL, clock)) : target;
        try (Connection c = host.connections().get()) {
            return BackupWriter.write(c, file.toAbsolutePath(), BackupKind.MANUAL, clock.instant(), appVersion(),
                    sealing(host.folder(), host.key().get(), clock));
        } catch (SQLException e) {
            throw new BackupException(BackupException.Problem.WRITE_FAILED, file, e.toString(), e);
        }
    }

    /** The first start of the day backs up, unless a backup was made today or the database is empty. */
    public Optional<BackupInfo> dailyIfDue() {
        String today = PREFIX + LocalDate.now(clock).format(DAY) + "-";
        try (Stream<Path> files = Files.exists(folder()) ? Files.list(folder()) : Stream.empty()) {
            if (files.anyMatch(p -> p.getFileName().toString().startsWith(today)
                    && p.getFileName().toString().endsWith(SUFFIX))) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = host.connections().get()) {
            // empty: no more rows than the migrations seed into a new database (the policy defaults)
            Map<String, Long> seeded = Catalog.seeded(Migrations.latest().getVersion());
            if (BackupFile.tableCounts(c).entrySet().stream()
                    .allMatch(e -> e.getValue() <= seeded.getOrDefault(e.getKey(), 0L))) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new BackupException(BackupException.Problem.WRITE_FAILED, folder(), e.toString(), e);
        }
        return Optional.of(backupNow(BackupKind.DAILY));
    }

    /**
     * To be called by every bulk import before it writes anything: the backup to go back to.
     * Throws when the backup could not be written — the import must not go on then. None on the
     * shared server: a copy of every department's data is not left on the PC that imports (the
     * import is one transaction, and the server has its own backup schedule).
     */
    public Optional<BackupInfo> beforeBulkImport() {
        return host.shared() ? Optional.empty() : Optional.of(backupNow(BackupKind.BEFORE_IMPORT));
    }

    /** A {@code BEFORE_MIGRATION} backup now (as before encrypting the folder); returns its file. */
    public Path beforeMigration() {
        return backupNow(BackupKind.BEFORE_MIGRATION).file();
    }

    /** Whether the backup file is encrypted (needs a password or the recovery key to restore). */
    public static boolean isEncrypted(Path backup) {
        return BackupFile.formatVersion(BackupFile.manifest(backup)) == BackupFile.SEALED_FORMAT_VERSION;
    }

    /** The backups in the backups folder, newest first; unreadable files are left out (and logged). */
    public List<BackupInfo> list() {
        List<BackupInfo> result = new ArrayList<>();
        for (Path p : automaticFiles(host.folder())) {
            try {
                result.add(BackupFile.readInfo(p));
            } catch (BackupException e) {
                LOG.warn("Unreadable backup {}: {}", p, e.getMessage());
            }
        }
        result.sort(Comparator.comparing(BackupInfo::created).reversed());
        return result;
    }

    /**
     * Checks the backup completely — restores it into a scratch database beside the data — and
     * returns what it holds. Close the result when not going on.
     *
     * @throws BackupException for an empty, truncated or corrupt file, a file that is not a backup,
     *                         or a backup from a newer schema
     */
    public StagedRestore prepareRestore(Path file) {
        return prepareRestore(file, null);
    }

    /**
     * As {@link #prepareRestore(Path)}, for an encrypted backup too: {@code unlock} (a user's password
     * or the recovery key) opens it; without it, or with a wrong one, it is refused (LOCKED,
     * WRONG_UNLOCK) and nothing is written. The scratch database is encrypted with this database's key,
     * or, when this one is unencrypted, with the backup's.
     */
    public StagedRestore prepareRestore(Path file, BackupUnlock unlock) {
        Path scratch = folder().resolve(RESTORE_PREFIX + System.nanoTime());
        try {
            RowLoader.Restored r = RowLoader.restore(file.toAbsolutePath(), scratch, unlock, host.key().get());
            return new StagedRestore(r.info(), scratch, r.databaseKey(), r.keyRingCopy());
        } catch (BackupException e) {
            LOG.warn("Backup refused: {}", e.getMessage());
            StagedRestore.deleteTree(scratch);
            throw e;
        } catch (RuntimeException e) {
            StagedRestore.deleteTree(scratch);
            throw e;
        }
    }

    /**
     * Replaces the data with a prepared backup: backs up the current data first, then the store takes
     * the staged data (H2 swaps the files and reopens; a server replaces every table's rows in one
     * transaction). Returns the backup of the replaced data.
     */
    public BackupInfo restore(StagedRestore staged) {
        BackupInfo before = backupNow(BackupKind.BEFORE_RESTORE);
        host.replace().accept(staged);
        staged.close();
        LOG.info("Restored {} ({} counselors); the replaced database is in {}", staged.info().file(),
                staged.info().counselors(), before.file());
        return before;
    }

    /** What backups of a database with this key are sealed with: null for an unencrypted one. */
    static BackupWriter.Sealing sealing(DataFolder data, FileKey key, Clock clock) {
        return key == null ? null : new BackupWriter.Sealing(key, KeyRing.load(data.path(), clock).headerCopy());
    }

    static BackupInfo writeAutomatic(Connection c, DataFolder data, BackupKind kind, Clock clock, FileKey key) {
        Path dir = folder(data);
        Path target = dir.resolve(fileName(kind, clock));
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(fileName(kind, clock).replace(SUFFIX, "-" + i + SUFFIX));
        }
        BackupInfo info = BackupWriter.write(c, target, kind, clock.instant(), appVersion(), sealing(data, key, clock));
        prune(data);
        return info;
    }

    /** Keeps the newest {@link #keep} automatic backups and clears leftovers of crashed writes. */
    static void prune(DataFolder data) {
        int keep = keep(data);
        List<Path> files = automaticFiles(data);
        for (int i = keep; i < files.size(); i++) {
            LOG.info("Removing old backup {}", files.get(i));
            BackupFile.deleteQuietly(files.get(i));
        }
        Instant stale = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> all = Files.list(folder(data))) {
            all.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(stale)) {
                        BackupFile.deleteQuietly(p);
                    }
                } catch (IOException ignored) {
                    // gone already
                }
            });
        } catch (IOException e) {
            LOG.debug("Could not clear leftovers in {}", folder(data));
        }
    }

    /**
     * Removes what a killed program left in the backups folder: scratch databases of a restore (a full
     * copy of the data) and half-written backups. Called when the folder's lock is taken, so nothing
     * else is writing them.
     */
    static void clearLeftovers(DataFolder data) {
        clearLeftovers(data, Duration.ZERO);
    }

    /**
     * As {@link #clearLeftovers(DataFolder)}, only what was last changed more than {@code age} ago: the
     * local folder of a server store has no lock, and another program on this PC (a command beside the
     * window) may be writing there now.
     */
    static void clearLeftovers(DataFolder data, Duration age) {
        Path dir = folder(data);
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant before = Instant.now().minus(age);
        try (Stream<Path> all = Files.list(dir)) {
            all.filter(p -> age.isZero() || changedBefore(p, before)).forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(RESTORE_PREFIX) && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    LOG.info("Removing the scratch database of an interrupted restore: {}", p);
                    StagedRestore.deleteTree(p);
                } else if (n.startsWith(".") && n.endsWith(".tmp")) {
                    LOG.info("Removing an unfinished backup: {}", p);
                    BackupFile.deleteQuietly(p);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not clear leftovers in {}: {}", dir, e.toString());
        }
    }

    private static boolean changedBefore(Path p, Instant before) {
        try {
            return Files.getLastModifiedTime(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    /** The backup files of the folder, newest (by name, which starts with the time) first. */
    static List<Path> automaticFiles(DataFolder data) {
        Path dir = folder(data);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(PREFIX) && n.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(BackupKind kind, Clock clock) {
        return PREFIX + LocalDateTime.now(clock).format(STAMP) + "-" + kind.slug() + SUFFIX;
    }

    static String appVersion() {
        String v = Store.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
