package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ayi\\AppData\\Roaming";
        assertThat(DataFolder.defaultPath("Windows 10", Map.of("APPDATA", appData), "C:\\Users\\ayi"))
                .isEqualTo(Path.of(appData, "Huyang"));
        assertThat(DataFolder.defaultPath("Windows 11", Map.of("APPDATA", appData), "C:\\Users\\ayi")
                .getFileName().toString()).isEqualTo("Huyang");
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderOfHome() {
        assertThat(DataFolder.defaultPath("Windows 10", Map.of(), "/home/ayi"))
                .isEqualTo(Path.of("/home/ayi", "AppData", "Roaming", "Huyang"));
        assertThat(DataFolder.defaultPath("Windows 10", Map.of("APPDATA", "  "), "/home/ayi"))
                .isEqualTo(Path.of("/home/ayi", "AppData", "Roaming", "Huyang"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(DataFolder.defaultPath("Linux", Map.of("XDG_DATA_HOME", "/data/ayi"), "/home/ayi"))
                .isEqualTo(Path.of("/data/ayi/huyang"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(DataFolder.defaultPath("Linux", Map.of(), "/home/ayi"))
                .isEqualTo(Path.of("/home/ayi/.local/share/huyang"));
        // a relative XDG_DATA_HOME is invalid by the XDG spec and ignored
        assertThat(DataFolder.defaultPath("Linux", Map.of("XDG_DATA_HOME", "data"), "/home/ayi"))
                .isEqualTo(Path.of("/home/ayi/.local/share/huyang"));
        // APPDATA means nothing outside Windows
        assertThat(DataFolder.defaultPath("Mac OS X", Map.of("APPDATA", "/x"), "/Users/ayi"))
                .isEqualTo(Path.of("/Users/ayi/.local/share/huyang"));
    }

    @Test
    void explicitFolderIsMadeAbsoluteAndFilesLiveInIt() {
        DataFolder f = DataFolder.resolve(Path.of("some", "..", "data"));
        assertThat(f.path()).isAbsolute().isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(f.databaseFile()).isEqualTo(f.path().resolve("huyang.mv.db"));
        assertThat(f.lockFile()).isEqualTo(f.path().resolve("huyang.lock"));
        assertThat(f.logs()).isEqualTo(f.path().resolve("logs"));
    }
}
