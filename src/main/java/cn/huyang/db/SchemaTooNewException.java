package cn.huyang.db;

import java.nio.file.Path;

/**
 * The database was written by a newer version of the program (its schema history names a migration
 * this build does not ship). It is not opened for writing and Flyway never runs against it.
 */
public class SchemaTooNewException extends RuntimeException {
    private final Path file;
    private final String databaseVersion;
    private final String supportedVersion;

    public SchemaTooNewException(Path file, String databaseVersion, String supportedVersion) {
        super("Database " + file + " has schema version " + databaseVersion
                + ", newer than this program's " + supportedVersion);
        this.file = file;
        this.databaseVersion = databaseVersion;
        this.supportedVersion = supportedVersion;
    }

    public Path file() {
        return file;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String supportedVersion() {
        return supportedVersion;
    }
}
