package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.security.FileKey;
import cn.huyang.security.KeyRing;
import cn.huyang.security.SecureDelete;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start of an encrypting version on an unencrypted folder (a released schema's database). */
class EncryptionUpgradeTest {
    private static final char[] PW = "升级 pw".toCharArray();

    @TempDir
    Path dir;
    private final Clock clock = Clock.systemDefaultZone();

    /** A folder with the V1 fixture's database (three counselors), unencrypted. */
    private DataFolder releasedFolder() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        Files.createDirectories(folder.path());
        Path script = dir.resolve("fixture.sql");
        try (InputStream in = UpgradeTest.class.getResourceAsStream(SchemaFixtures.resource("1"))) {
            Files.copy(in, script);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.databaseBase().toAbsolutePath(),
                H2Store.USER, ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script.toAbsolutePath() + "' CHARSET 'UTF-8'");
            st.execute("SHUTDOWN");
        }
        Files.delete(script);
        return folder;
    }

    private static Map<String, List<Map<String, Object>>> rows(H2Store db) throws Exception {
        try (Connection c = db.connection()) {
            return BackupRoundTripTest.rows(c);
        }
    }

    @Test
    void anUnencryptedFolderIsEncryptedWithItsDataIntact() throws Exception {
        DataFolder folder = releasedFolder();
        Map<String, List<Map<String, Object>>> before;
        try (H2Store db = H2Store.open(folder, clock)) { // migrates V1 → latest, backing up first
            before = rows(db);
        }
        assertThat(before.get("COUNSELOR")).hasSize(3);

        FolderEncryption.Upgrade up = FolderEncryption.upgrade(folder, "admin", PW, clock);
        assertThat(H2Access.isEncrypted(folder.databaseFile())).isTrue();
        assertThat(Files.exists(DatabaseSwap.aside(folder.databaseFile()))).isFalse();
        assertThat(up.preMigrationBackup()).exists();
        assertThat(BackupFile.readInfo(up.preMigrationBackup()).kind()).isEqualTo(BackupKind.BEFORE_MIGRATION);
        assertThat(Backups.isEncrypted(up.preMigrationBackup())).isFalse();
        assertThat(up.plainBackups()).contains(up.preMigrationBackup()).hasSize(2); // also the V1 → latest one
        assertThat(up.keys().ring().users()).containsExactly("admin");

        assertThatThrownBy(() -> H2Store.open(folder)).isInstanceOf(EncryptedFolderException.class);
        FileKey key = KeyRing.load(folder.path(), clock).unlock("admin", PW);
        try (H2Store db = H2Store.open(folder, clock, key)) {
            assertThat(rows(db)).isEqualTo(before);
        }
        try (H2Store db = H2Store.open(folder, clock, up.keys().ring().recover(up.keys().recovery()))) {
            assertThat(rows(db)).isEqualTo(before);
        }

        // the fixture's ID numbers are readable in the unencrypted backups until they are deleted
        String id = "652901199003080026";
        assertThat(new String(BackupFixtures.read(up.preMigrationBackup()).get(TableFile.entryName("counselor")),
                java.nio.charset.StandardCharsets.UTF_8)).contains(id);
        for (Path p : up.plainBackups()) {
            SecureDelete.overwriteAndDelete(p);
            assertThat(p).doesNotExist();
        }
        assertThat(containsAnywhere(folder.path(), id)).isFalse();
    }

    @Test
    void anUpgradeInterruptedAfterTheKeyRingIsFinishedByTheNextOpenWithTheKey() throws Exception {
        DataFolder folder = releasedFolder();
        Map<String, List<Map<String, Object>>> before;
        try (H2Store db = H2Store.open(folder, clock)) {
            before = rows(db);
        }
        KeyRing.Created keys = KeyRing.create(folder.path(), "admin", PW, clock); // killed right after this
        assertThat(H2Access.isEncrypted(folder.databaseFile())).isFalse();
        assertThatThrownBy(() -> H2Store.open(folder)).isInstanceOf(EncryptedFolderException.class);
        try (H2Store db = H2Store.open(folder, clock, keys.key())) {
            assertThat(rows(db)).isEqualTo(before);
        }
        assertThat(H2Access.isEncrypted(folder.databaseFile())).isTrue();
    }

    @Test
    void aSwapInterruptedHalfWayIsUndoneOrFinished() throws Exception {
        DataFolder folder = releasedFolder();
        try (H2Store db = H2Store.open(folder, clock)) {
            assertThat(BackupsTest.counts(db).get("COUNSELOR")).isEqualTo(3);
        }
        KeyRing.Created keys = KeyRing.create(folder.path(), "admin", PW, clock);
        // killed after setting the unencrypted file aside, before the encrypted one was moved in
        Files.move(folder.databaseFile(), DatabaseSwap.aside(folder.databaseFile()));
        Files.writeString(folder.path().resolve(FolderEncryption.WORK_FILE), "half an encrypted copy");
        try (H2Store db = H2Store.open(folder, clock, keys.key())) {
            assertThat(BackupsTest.counts(db).get("COUNSELOR")).isEqualTo(3);
        }
        assertThat(H2Access.isEncrypted(folder.databaseFile())).isTrue();
        assertThat(folder.path().resolve(FolderEncryption.WORK_FILE)).doesNotExist();
        assertThat(DatabaseSwap.aside(folder.databaseFile())).doesNotExist();
    }

    @Test
    void encryptingAnOpenFolderIsRefused() throws Exception {
        DataFolder folder = releasedFolder();
        try (H2Store db = H2Store.open(folder, clock)) {
            assertThatThrownBy(() -> FolderEncryption.encrypt(folder, FileKey.generate()))
                    .isInstanceOf(DatabaseInUseException.class);
        }
        assertThat(H2Access.isEncrypted(folder.databaseFile())).isFalse();
    }

    private static boolean containsAnywhere(Path root, String text) throws Exception {
        try (var all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }
}
