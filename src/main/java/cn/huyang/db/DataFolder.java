package cn.huyang.db;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the user's data lives: {@code %APPDATA%\Huyang} on Windows, {@code $XDG_DATA_HOME/huyang}
 * or {@code ~/.local/share/huyang} elsewhere, or the folder given with {@code --data-dir}.
 * Never next to the program.
 */
public record DataFolder(Path path) {

    public static DataFolder resolve(Path explicit) {
        if (explicit != null) {
            return new DataFolder(explicit.toAbsolutePath().normalize());
        }
        return new DataFolder(defaultPath(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home")));
    }

    static Path defaultPath(String osName, Map<String, String> env, String home) {
        if (osName.toLowerCase().startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Huyang");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "huyang");
        }
        return Path.of(home, ".local", "share", "huyang");
    }

    /** The H2 database file name without its {@code .mv.db} suffix. */
    public Path databaseBase() {
        return path.resolve("huyang");
    }

    public Path databaseFile() {
        return path.resolve("huyang.mv.db");
    }

    public Path lockFile() {
        return path.resolve("huyang.lock");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    public Path settingsFile() {
        return path.resolve("settings.properties");
    }
}
