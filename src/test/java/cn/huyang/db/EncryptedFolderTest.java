package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.common.Messages;
import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An encrypted data folder: nothing personal readable in any of its files, and it opens only with its key. */
class EncryptedFolderTest {
    static final String NAME = "阿依古丽·吐尔逊测试";
    static final String ID_NUMBER = "650102199001011234";
    static final String PHONE = "13999012345";
    static final char[] PASSWORD = "管理员 Passw0rd".toCharArray();

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemDefaultZone();

    /** Demo data plus one counselor whose name, ID number and phone are searched for afterwards. */
    static void fillWithKnownCounselor(H2Store db) throws Exception {
        BackupsTest.fill(db, 20);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "update counselor set name = ?, id_number = ?, phone = ? where id = (select min(id) from counselor)")) {
            ps.setString(1, NAME);
            ps.setString(2, ID_NUMBER);
            ps.setString(3, PHONE);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    /** What {@code strings} would look for: the known values as UTF-8 bytes in any file of the folder. */
    static List<String> filesRevealingTheCounselor(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                for (String secret : List.of(NAME, ID_NUMBER, PHONE)) {
                    if (bytes.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        found.add(root.relativize(p) + " holds " + (secret.equals(NAME) ? "the name" : secret));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noFileOfTheFolderRevealsNameIdNumberOrPhone() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Files.createDirectories(folder.path());
        KeyRing.Created keys = KeyRing.create(folder.path(), "admin", PASSWORD, clock);
        try (H2Store db = H2Store.open(folder, clock, keys.key())) {
            assertThat(db.encrypted()).isTrue();
            fillWithKnownCounselor(db);
            BackupInfo daily = db.backups().backupNow(BackupKind.DAILY);
            assertThat(Backups.isEncrypted(daily.file())).isTrue();
            db.backups().backupTo(folder.path().resolve("backups").resolve("manual.zip"));
            db.backups().beforeBulkImport();
        }
        Files.writeString(folder.settingsFile(), "backup.keep=30\n");
        Files.createDirectories(folder.logs());
        assertThat(H2Access.isEncrypted(folder.databaseFile())).isTrue();
        assertThat(Files.list(folder.path().resolve("backups")).count()).isGreaterThanOrEqualTo(3);
        assertThat(filesRevealingTheCounselor(folder.path())).isEmpty();

        // the same search finds them in an unencrypted folder: the test can fail
        DataFolder plain = new DataFolder(dir.resolve("plain"));
        try (H2Store db = H2Store.open(plain, clock)) {
            fillWithKnownCounselor(db);
            db.backups().backupNow(BackupKind.DAILY);
        }
        assertThat(filesRevealingTheCounselor(plain.path())).anyMatch(s -> s.contains(ID_NUMBER));
    }

    @Test
    void anEncryptedFolderDoesNotOpenWithoutItsKeyAndNothingIsTouched() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Files.createDirectories(folder.path());
        KeyRing.Created keys = KeyRing.create(folder.path(), "admin", PASSWORD, clock);
        try (H2Store db = H2Store.open(folder, clock, keys.key())) {
            fillWithKnownCounselor(db);
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());
        Messages en = Messages.forLanguage("en");

        EncryptedFolderException none = (EncryptedFolderException) catchThrowable(() -> H2Store.open(folder));
        assertThat(none.reason()).isEqualTo(EncryptedFolderException.Reason.NEEDS_KEY);
        assertThat(none.getMessage()).contains("已加密").contains(folder.path().toString());
        assertThat(none.render(en)).contains("is encrypted");

        EncryptedFolderException wrong = (EncryptedFolderException) catchThrowable(
                () -> H2Store.open(folder, clock, FileKey.generate()));
        assertThat(wrong.reason()).isEqualTo(EncryptedFolderException.Reason.WRONG_KEY);
        assertThat(wrong.getMessage()).contains("密钥不对").doesNotContain("90049");

        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
        // the lock was let go: the right key opens it
        try (H2Store db = H2Store.open(folder, clock, KeyRing.load(folder.path(), clock).unlock("admin", PASSWORD))) {
            assertThat(BackupsTest.counts(db).get("COUNSELOR")).isEqualTo(20);
        }

        // without the key ring, the encrypted file itself still needs the key
        Files.delete(KeyRing.file(folder.path()));
        assertThatThrownBy(() -> H2Store.open(folder)).isInstanceOf(EncryptedFolderException.class);
    }

    static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }
}
