package cn.huyang.db;

import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the unencrypted database of a data folder into an encrypted one ({@code CIPHER=AES}, the
 * folder's {@link FileKey}).
 *
 * <p>The closed file is copied block by block through an encrypting file ({@link EncryptedChannel}, the
 * format of H2's {@code FileEncrypt}, which {@code ChangeFileEncryption} uses) into
 * {@code huyang-encrypting.mv.db}: the bytes H2 reads
 * back are exactly the old file's, no SQL script (which would hold the data in the clear) is
 * written, and it takes seconds where a SCRIPT/RUNSCRIPT takes minutes. The copy is opened with the
 * key and its schema version and row counts compared with the old file's; only then is it swapped
 * in the way a restore swaps ({@link DatabaseSwap}), and the old file is overwritten and deleted. A
 * program killed at any point leaves the old file or the new one whole; with a key ring beside an
 * unencrypted file, the next {@link H2Store#open(DataFolder, Clock, FileKey) open with the key}
 * finishes the work.
 */
public final class FolderEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(FolderEncryption.class);
    static final String WORK_FILE = "huyang-encrypting.mv.db";

    private FolderEncryption() {
    }

    /**
     * What the upgrade of an unencrypted folder gives the window: the new keys (the recovery key to
     * show once), the pre-migration backup, and every unencrypted backup in the backups folder (that
     * one included) to offer for {@link cn.huyang.security.SecureDelete secure deletion}.
     */
    public record Upgrade(KeyRing.Created keys, Path preMigrationBackup, List<Path> plainBackups) {
    }

    /**
     * The first start of an encrypting version on an unencrypted folder: backs it up
     * ({@code BEFORE_MIGRATION}, unencrypted), writes the key ring with the administrator, encrypts the
     * database. The folder must not be open.
     */
    public static Upgrade upgrade(DataFolder folder, String adminName, char[] password, Clock clock) {
        Path backup;
        try (H2Store store = H2Store.open(folder, clock)) {
            backup = store.backups().beforeMigration();
        }
        KeyRing.Created keys = KeyRing.create(folder.path(), adminName, password, clock);
        encrypt(folder, keys.key());
        OwnerOnly.secureTree(folder.path());
        return new Upgrade(keys, backup, plainBackups(folder));
    }

    /** Encrypts the folder's closed database with the key; nothing to do when it is encrypted already. */
    public static void encrypt(DataFolder folder, FileKey key) {
        if (H2Store.heldHere(folder)) {
            throw new DatabaseInUseException(folder.path());
        }
        try (FileChannel lockChannel = FileChannel.open(folder.lockFile(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            var lock = lockChannel.tryLock();
            if (lock == null) {
                throw new DatabaseInUseException(folder.path());
            }
            try {
                DatabaseSwap.recoverInterrupted(folder);
                encryptLocked(folder, key);
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An encrypted folder (a key ring, or an encrypted file) needs its key. With the key, an unencrypted
     * database beside a key ring is an upgrade that was interrupted after the key ring was written:
     * it is finished now.
     */
    static void checkKey(DataFolder folder, FileKey key) throws IOException {
        boolean ring = KeyRing.exists(folder.path());
        boolean encrypted = H2Access.isEncrypted(folder.databaseFile());
        if (key == null && (ring || encrypted)) {
            throw new EncryptedFolderException(EncryptedFolderException.Reason.NEEDS_KEY, folder.path());
        }
        if (key != null && Files.exists(folder.databaseFile()) && !encrypted) {
            if (!ring) {
                throw new IllegalStateException("An unencrypted database without a key ring: encrypt it with "
                        + "FolderEncryption first");
            }
            LOG.warn("Finishing the encryption of {}", folder.databaseFile());
            encryptLocked(folder, key);
        }
    }

    /** The work of {@link #encrypt}, the folder's lock held by the caller. */
    static void encryptLocked(DataFolder folder, FileKey key) throws IOException {
        Path current = folder.databaseFile();
        if (!Files.exists(current) || H2Access.isEncrypted(current)) {
            return;
        }
        long start = System.nanoTime();
        Path work = folder.path().resolve(WORK_FILE);
        Files.deleteIfExists(work);
        copyEncrypted(current, work, key);
        try {
            compare(folder, work, key);
            DatabaseSwap.swapIn(work, current);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(work);
            throw e;
        }
        DatabaseSwap.removeAside(DatabaseSwap.aside(current), current);
        LOG.info("Encrypted {} in {} ms", current, (System.nanoTime() - start) / 1_000_000);
    }

    private static void copyEncrypted(Path plain, Path target, FileKey key) throws IOException {
        OwnerOnly.createFile(target);
        char[] password = key.h2Password().toCharArray();
        try (FileChannel in = FileChannel.open(plain, StandardOpenOption.READ);
             FileChannel raw = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE);
             EncryptedChannel out = new EncryptedChannel(target.toString(), EncryptedFilePath.passwordBytes(password), raw)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            long pos = 0;
            while (true) {
                buffer.clear();
                int n = in.read(buffer, pos);
                if (n < 0) {
                    break;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    pos += out.write(buffer, pos);
                }
            }
            out.force(true);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** The encrypted copy opens with the key and holds the same schema version and row counts. */
    private static void compare(DataFolder folder, Path work, FileKey key) {
        String ro = ";ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        String workBase = work.getFileName().toString().replace(".mv.db", "");
        H2Access workAccess = new H2Access(work.resolveSibling(workBase), key);
        try (Connection plain = H2Access.of(folder, null).connect(ro);
             Connection encrypted = workAccess.connect(ro)) {
            String version = BackupFile.appliedVersion(plain);
            Map<String, Long> counts = BackupFile.tableCounts(plain);
            if (!Objects.equals(version, BackupFile.appliedVersion(encrypted))
                    || !counts.equals(BackupFile.tableCounts(encrypted))) {
                throw new IllegalStateException("The encrypted copy of " + folder.databaseFile() + " differs");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the encrypted copy of " + folder.databaseFile()
                    + ": SQLState " + e.getSQLState(), e);
        } finally {
            workAccess.forget();
        }
    }

    /** The backups in the folder's backups folder that are not encrypted (made before the upgrade). */
    public static List<Path> plainBackups(DataFolder folder) {
        List<Path> plain = new ArrayList<>();
        for (Path p : Backups.automaticFiles(folder)) {
            try {
                if (BackupFile.formatVersion(BackupFile.manifest(p)) < BackupFile.SEALED_FORMAT_VERSION) {
                    plain.add(p);
                }
            } catch (BackupException | IllegalArgumentException e) {
                LOG.debug("Not a readable backup: {}", p);
            }
        }
        return plain;
    }

    /** Removes the work file of an encryption that a killed program left (it is encrypted). */
    static void clearLeftovers(DataFolder folder) {
        BackupFile.deleteQuietly(folder.path().resolve(WORK_FILE));
        BackupFile.deleteQuietly(folder.path().resolve(WORK_FILE.replace(".mv.db", ".trace.db")));
    }
}
