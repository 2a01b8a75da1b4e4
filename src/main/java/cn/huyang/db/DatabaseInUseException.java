package cn.huyang.db;

import java.nio.file.Path;

/** Another instance of the program holds the data folder; nothing was opened or changed. */
public class DatabaseInUseException extends RuntimeException {
    private final Path folder;

    public DatabaseInUseException(Path folder) {
        super("The data folder is in use by another instance: " + folder);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
