package cn.huyang.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's settings file: written when the window closes, but an unreadable one is kept as it is. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsAreReadBack() {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.load(file);
        s.put("lang", "en");
        s.save();
        assertThat(Settings.load(file).get("lang")).contains("en");
    }

    @Test
    void anUnreadableFileIsNeverOverwrittenWithDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        byte[] damaged = {'d', 'a', 't', 'a', '.', 'l', 'o', 'c', 'a', 't', 'i', 'o', 'n', '=', 's', '\\', 'u', '1', 'x'};
        Files.write(file, damaged);
        Settings s = Settings.load(file);
        assertThat(s.get("data.location")).isEmpty();
        s.put("window.width", "900");
        s.save();
        assertThat(Files.readAllBytes(file)).as("the damaged file kept for the administrator").isEqualTo(damaged);
    }
}
