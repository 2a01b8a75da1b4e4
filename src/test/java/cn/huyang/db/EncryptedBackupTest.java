package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.huyang.common.Messages;
import cn.huyang.security.BackupUnlock;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import cn.huyang.security.RecoveryKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 3: backups of an encrypted folder are sealed, restore only with a password or the recovery key. */
class EncryptedBackupTest {
    private static final char[] PW = "备份 pw-1".toCharArray();
    private static final char[] OTHER_PW = "other pw-2".toCharArray();

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemDefaultZone();
    private Path backup;
    private RecoveryKey recovery;
    private Map<String, List<Map<String, Object>>> original;

    @BeforeEach
    void anEncryptedFolderWithABackup() throws Exception {
        DataFolder a = folder("a");
        KeyRing.Created keys = KeyRing.create(a.path(), "admin", PW, clock);
        recovery = keys.recovery();
        try (H2Store db = H2Store.open(a, clock, keys.key())) {
            EncryptedFolderTest.fillWithKnownCounselor(db);
            backup = db.backups().backupTo(dir.resolve("export").resolve("sealed.zip")).file();
            try (Connection c = db.connection()) {
                original = BackupRoundTripTest.rows(c);
            }
        }
        assertThat(Backups.isEncrypted(backup)).isTrue();
        assertThat(EncryptedFolderTest.filesRevealingTheCounselor(backup.getParent())).isEmpty();
    }

    private DataFolder folder(String name) throws Exception {
        DataFolder f = new DataFolder(dir.resolve(name));
        Files.createDirectories(f.path());
        return f;
    }

    /** Another encrypted folder, with its own key ring. */
    private FileKey otherEncrypted(DataFolder b) {
        FileKey key = KeyRing.create(b.path(), "other", OTHER_PW, clock).key();
        try (H2Store db = H2Store.open(b, clock, key)) {
            BackupsTest.fill(db, 3);
        }
        return key;
    }

    private void restoresIntoAnotherEncryptedStore(BackupUnlock unlock) throws Exception {
        DataFolder b = folder("b");
        FileKey key = otherEncrypted(b);
        byte[] ring = Files.readAllBytes(KeyRing.file(b.path()));
        try (H2Store db = H2Store.open(b, clock, key)) {
            try (StagedRestore staged = db.backups().prepareRestore(backup, unlock)) {
                assertThat(staged.info().counselors()).isEqualTo(20);
                db.backups().restore(staged);
            }
            try (Connection c = db.connection()) {
                assertThat(BackupRoundTripTest.rows(c)).isEqualTo(original);
            }
        }
        // the store keeps its own key and key ring
        assertThat(Files.readAllBytes(KeyRing.file(b.path()))).isEqualTo(ring);
        try (H2Store db = H2Store.open(b, clock, KeyRing.load(b.path(), clock).unlock("other", OTHER_PW))) {
            assertThat(BackupsTest.counts(db).get("COUNSELOR")).isEqualTo(20);
        }
        assertThat(EncryptedFolderTest.filesRevealingTheCounselor(b.path())).isEmpty();
    }

    @Test
    void roundTripWithThePassword() throws Exception {
        restoresIntoAnotherEncryptedStore(BackupUnlock.password("admin", PW));
    }

    @Test
    void roundTripWithTheRecoveryKey() throws Exception {
        restoresIntoAnotherEncryptedStore(BackupUnlock.recovery(RecoveryKey.parse(recovery.formatted())));
    }

    @Test
    void refusedWithNeitherAndWithAWrongOneAndNothingIsWritten() throws Exception {
        DataFolder b = folder("b");
        FileKey key = otherEncrypted(b);
        Messages zh = Messages.forLanguage("zh");
        try (H2Store db = H2Store.open(b, clock, key)) {
            Map<String, Long> before = BackupsTest.counts(db);
            BackupException none = refused(db, backup, null);
            assertThat(none.problem()).isEqualTo(BackupException.Problem.LOCKED);
            assertThat(BackupTexts.problem(none, zh)).contains("已加密").contains("恢复密钥");
            assertThat(refused(db, backup, BackupUnlock.password("admin", "wrong".toCharArray())).problem())
                    .isEqualTo(BackupException.Problem.WRONG_UNLOCK);
            assertThat(refused(db, backup, BackupUnlock.password("other", OTHER_PW)).problem())
                    .isEqualTo(BackupException.Problem.WRONG_UNLOCK); // this folder's password is not the backup's
            assertThat(refused(db, backup, BackupUnlock.recovery(RecoveryKey.generate())).problem())
                    .isEqualTo(BackupException.Problem.WRONG_UNLOCK);
            assertThat(BackupTexts.problem(refused(db, backup, BackupUnlock.recovery(RecoveryKey.generate())), zh))
                    .contains("无法用输入的密码或恢复密钥打开");
            assertThat(BackupsTest.counts(db)).isEqualTo(before);
            assertNoScratchLeft(db);
        }
    }

    @Test
    void aTamperedOrCutBodyIsRefusedAndNothingIsWritten() throws Exception {
        Map<String, byte[]> entries = BackupFixtures.read(backup);
        byte[] body = entries.get(BackupFile.BODY);
        byte[] flipped = body.clone();
        flipped[body.length / 2] ^= 0x20;
        Path tampered = BackupFixtures.writeZip(dir.resolve("tampered.zip"), with(entries, flipped));
        Path cut = BackupFixtures.writeZip(dir.resolve("cut.zip"), with(entries, Arrays.copyOf(body, body.length - 20)));
        Path truncatedFile = dir.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(truncatedFile, Arrays.copyOf(whole, whole.length * 2 / 3));
        Map<String, byte[]> otherRing = new java.util.HashMap<>(entries);
        // a manifest whose key ring copy was changed: it does not open (or is refused as damaged)
        String manifest = new String(entries.get(BackupFile.MANIFEST), java.nio.charset.StandardCharsets.ISO_8859_1);
        otherRing.put(BackupFile.MANIFEST, manifest.replaceFirst("keyring=.", "keyring=A")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path badRing = BackupFixtures.writeZip(dir.resolve("ring.zip"), otherRing);

        DataFolder b = folder("b");
        FileKey key = otherEncrypted(b);
        try (H2Store db = H2Store.open(b, clock, key)) {
            Map<String, Long> before = BackupsTest.counts(db);
            BackupUnlock unlock = BackupUnlock.password("admin", PW);
            assertThat(refused(db, tampered, unlock).problem()).isEqualTo(BackupException.Problem.CORRUPT);
            assertThat(refused(db, cut, unlock).problem()).isEqualTo(BackupException.Problem.CORRUPT);
            assertThat(refused(db, truncatedFile, unlock).problem()).isEqualTo(BackupException.Problem.TRUNCATED);
            assertThat(refused(db, badRing, unlock).problem()).isIn(BackupException.Problem.CORRUPT,
                    BackupException.Problem.WRONG_UNLOCK);
            assertThat(BackupsTest.counts(db)).isEqualTo(before);
            assertNoScratchLeft(db);
        }
    }

    @Test
    void anUnencryptedBackupStillRestoresIntoAnEncryptedStore() throws Exception {
        Path plainBackup;
        Map<String, List<Map<String, Object>>> plainRows;
        try (H2Store db = H2Store.open(new DataFolder(dir.resolve("plain")), clock)) {
            BackupsTest.fill(db, 12);
            plainBackup = db.backups().backupTo(dir.resolve("plain.zip")).file();
            try (Connection c = db.connection()) {
                plainRows = BackupRoundTripTest.rows(c);
            }
        }
        assertThat(Backups.isEncrypted(plainBackup)).isFalse();
        DataFolder b = folder("b");
        FileKey key = otherEncrypted(b);
        try (H2Store db = H2Store.open(b, clock, key)) {
            try (StagedRestore staged = db.backups().prepareRestore(plainBackup)) {
                BackupInfo before = db.backups().restore(staged);
                assertThat(Backups.isEncrypted(before.file())).isTrue(); // the replaced data is backed up sealed
            }
            try (Connection c = db.connection()) {
                assertThat(BackupRoundTripTest.rows(c)).isEqualTo(plainRows);
            }
        }
        assertThat(H2Access.isEncrypted(b.databaseFile())).isTrue();
    }

    @Test
    void aRestoreIntoAFreshFolderTakesTheBackupsKeyRing() throws Exception {
        DataFolder fresh = folder("fresh");
        try (H2Store db = H2Store.open(fresh, clock)) {
            assertThat(db.encrypted()).isFalse();
            try (StagedRestore staged = db.backups().prepareRestore(backup, BackupUnlock.password("admin", PW))) {
                db.backups().restore(staged);
            }
            assertThat(db.encrypted()).isTrue();
            try (Connection c = db.connection()) {
                assertThat(BackupRoundTripTest.rows(c)).isEqualTo(original);
            }
            assertThat(Backups.isEncrypted(db.backups().backupNow(BackupKind.DAILY).file())).isTrue();
        }
        assertThat(KeyRing.exists(fresh.path())).isTrue();
        assertThat(H2Access.isEncrypted(fresh.databaseFile())).isTrue();
        assertThat(EncryptedFolderException.class).isAssignableFrom(
                EncryptedFolderTest.catchThrowable(() -> H2Store.open(fresh)).getClass());
        FileKey key = KeyRing.load(fresh.path(), clock).recover(recovery);
        try (H2Store db = H2Store.open(fresh, clock, key); Connection c = db.connection()) {
            assertThat(BackupRoundTripTest.rows(c)).isEqualTo(original);
        }
        // the empty database the fresh folder had was backed up before the restore, unencrypted: it held nothing
        assertThat(EncryptedFolderTest.filesRevealingTheCounselor(fresh.path())).isEmpty();
    }

    private static Map<String, byte[]> with(Map<String, byte[]> entries, byte[] body) {
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>(entries);
        copy.put(BackupFile.BODY, body);
        return copy;
    }

    private static BackupException refused(H2Store db, Path file, BackupUnlock unlock) {
        try {
            db.backups().prepareRestore(file, unlock).close();
        } catch (BackupException e) {
            return e;
        }
        throw new AssertionError("not refused: " + file);
    }

    private static void assertNoScratchLeft(H2Store db) throws Exception {
        if (!Files.exists(db.backups().folder())) {
            return;
        }
        try (Stream<Path> files = Files.list(db.backups().folder())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(Backups.RESTORE_PREFIX) || n.endsWith(".tmp"));
        }
    }
}
