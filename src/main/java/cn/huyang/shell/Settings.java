package cn.huyang.shell;

import cn.huyang.common.Remembered;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's settings in {@code <data folder>/settings.properties}: language, window placement,
 * last filters, the printer used last. Kept beside the data so they survive upgrades; written to a
 * temporary file and renamed, so a crash never leaves half a file.
 */
public final class Settings implements Remembered {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);

    private final Path file;
    private final Properties values = new Properties();
    /** The file was there and could not be read: it is kept as it is, never overwritten by defaults. */
    private boolean unreadable;

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Settings unreadable, using defaults and keeping the file: {}", file, e);
                s.unreadable = true;
            }
        }
        return s;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public Optional<Double> getDouble(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** Writes the settings; a failure is logged (they are written again when the window closes). */
    public synchronized void save() {
        try {
            persist();
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
    }

    @Override
    public synchronized void persist() throws IOException {
        if (unreadable) {
            throw new IOException("The unreadable settings file is kept as it is: " + file);
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            values.store(out, "Huyang settings");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
