package cn.huyang.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.db.DataFolder;
import cn.huyang.db.LocationUnreadableException;
import cn.huyang.shell.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data location in settings.properties: the password only sealed (no file of the folder holds it
 * in clear), the key file owner-only; a damaged value or key loads as a missing password, never a crash.
 */
class LocationSettingsTest {
    static final String PASSWORD = "Klartext-Passwort-2026!";

    @TempDir
    Path dir;

    DataFolder folder() {
        return new DataFolder(dir);
    }

    void save(DataLocation location) throws Exception {
        Settings settings = Settings.load(folder().settingsFile());
        new LocationSettings(settings, dir).save(location);
    }

    ServerSettings server() {
        return new ServerSettings("db.college.edu.cn", 5433, "huyang", "huyang", PASSWORD, SslMode.VERIFY_FULL);
    }

    @Test
    void aServerRoundTripsWithThePasswordSealedInEveryFile() throws Exception {
        Settings other = Settings.load(folder().settingsFile());
        other.put("lang", "en");
        other.persist();
        save(DataLocation.server(server()));

        DataLocation read = LocationSettings.read(folder());
        assertThat(read).isEqualTo(DataLocation.server(server()));
        assertThat(read.passwordMissing()).isFalse();
        assertThat(Settings.load(folder().settingsFile()).get("lang")).as("the other settings stay").contains("en");

        String text = Files.readString(folder().settingsFile(), StandardCharsets.UTF_8);
        assertThat(text).contains("server.host=db.college.edu.cn", "data.location=server", "server.password=v1\\:");
        byte[] clear = PASSWORD.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(f), clear)).as("the clear password in %s", f).isEqualTo(-1);
            }
        }
        Path key = dir.resolve(PasswordSeal.KEY_FILE);
        assertThat(Files.size(key)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void eachSaveSealsAfreshUnderTheSameKey() throws Exception {
        save(DataLocation.server(server()));
        byte[] key = Files.readAllBytes(dir.resolve(PasswordSeal.KEY_FILE));
        String first = Settings.load(folder().settingsFile()).get("server.password").orElseThrow();
        save(DataLocation.server(server().withPassword("Anderes-Passwort-7")));
        assertThat(Files.readAllBytes(dir.resolve(PasswordSeal.KEY_FILE))).isEqualTo(key);
        assertThat(Settings.load(folder().settingsFile()).get("server.password")).get().isNotEqualTo(first);
        assertThat(LocationSettings.read(folder()).server().password()).isEqualTo("Anderes-Passwort-7");
    }

    @Test
    void aDamagedSealedPasswordLoadsAsMissing() throws Exception {
        save(DataLocation.server(server()));
        for (String damaged : List.of("v1:AAAA", "v1:!!!nicht-base64!!!", "Klartext", "v1:" + "A".repeat(80), "")) {
            Settings s = Settings.load(folder().settingsFile());
            s.put("server.password", damaged);
            s.persist();
            DataLocation read = LocationSettings.read(folder());
            assertThat(read.isServer()).isTrue();
            assertThat(read.passwordMissing()).as(damaged).isTrue();
            assertThat(read.server().host()).isEqualTo("db.college.edu.cn");
        }
    }

    @Test
    void aMissingOrForeignKeyLoadsAsMissing() throws Exception {
        save(DataLocation.server(server()));
        Path key = dir.resolve(PasswordSeal.KEY_FILE);
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        Files.write(key, other);
        assertThat(LocationSettings.read(folder()).passwordMissing()).as("another folder's key").isTrue();
        Files.write(key, new byte[] {1, 2, 3});
        assertThat(LocationSettings.read(folder()).passwordMissing()).as("a cut key").isTrue();
        Files.delete(key);
        assertThat(LocationSettings.read(folder()).passwordMissing()).as("no key").isTrue();
        // saving again makes a new key and the password readable again
        save(DataLocation.server(server()));
        assertThat(LocationSettings.read(folder()).server().password()).isEqualTo(PASSWORD);
    }

    @Test
    void aDamagedFieldIsTakenAsItsDefaultAndAnUnreadableFileIsRefusedNotGuessed() throws Exception {
        Files.writeString(folder().settingsFile(), "data.location=server\nserver.host=db\nserver.port=fünf\n"
                + "server.sslMode=allow\n", StandardCharsets.UTF_8);
        DataLocation read = LocationSettings.read(folder());
        assertThat(read.server()).isEqualTo(new ServerSettings("db", 5432, "", "", null, SslMode.PREFER));
        assertThat(read.passwordMissing()).isTrue();

        Files.write(folder().settingsFile(), new byte[] {'a', '=', '\\', 'u', '1', '2', 'x', (byte) 0xff, 0, 10});
        assertThatThrownBy(() -> LocationSettings.read(folder())).as("unreadable: not taken as this PC")
                .isInstanceOf(LocationUnreadableException.class)
                .extracting(e -> ((LocationUnreadableException) e).file()).isEqualTo(folder().settingsFile());
        Files.writeString(folder().settingsFile(), "data.location=server\n", StandardCharsets.UTF_8);
        assertThat(LocationSettings.read(folder()).passwordMissing()).as("a server without its fields").isTrue();
        Files.delete(folder().settingsFile());
        assertThat(LocationSettings.read(folder())).isEqualTo(DataLocation.local());
    }

    @Test
    void choosingThisPcKeepsTheServersFieldsForNextTime() throws Exception {
        save(DataLocation.server(server()));
        save(DataLocation.local());
        LocationSettings s = new LocationSettings(Settings.load(folder().settingsFile()), dir);
        assertThat(s.read()).isEqualTo(DataLocation.local());
        assertThat(s.server()).contains(server());
    }

    @Test
    void aFailedWriteLeavesTheSettingsAsTheyWere() throws Exception {
        Settings settings = Settings.load(folder().settingsFile());
        LocationSettings s = new LocationSettings(settings, dir);
        // the settings file cannot be replaced: a folder stands where its temporary file goes
        Files.createDirectories(dir.resolve("settings.properties.tmp").resolve("x"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.save(DataLocation.server(server())))
                .isInstanceOf(java.io.IOException.class);
        assertThat(settings.get("data.location")).isEmpty();
        assertThat(settings.get("server.host")).isEmpty();
        assertThat(s.read()).isEqualTo(DataLocation.local());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
