package cn.huyang.db;

import java.nio.file.Path;

/**
 * The data folder's settings file exists but cannot be read (damaged, no permission): whether the
 * data is on this PC or on the server is unknown, so the program does not guess — taking it as this
 * PC would show an office PC set up for the server an empty local database.
 */
public final class LocationUnreadableException extends RuntimeException {
    private final transient Path file;

    public LocationUnreadableException(Path file, Exception cause) {
        super("Settings file unreadable: " + file + " (" + cause + ")", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
