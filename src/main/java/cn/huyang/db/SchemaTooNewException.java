package cn.huyang.db;

import java.nio.file.Path;

/**
 * The database was written by a newer version of the program (its schema history names a migration
 * this build does not ship). It is not opened for writing and Flyway never runs against it.
 */
public class SchemaTooNewException extends RuntimeException {
    private final Path file;
    private final String location;
    private final String databaseVersion;
    private final String supportedVersion;

    /** A database file of a data folder on this PC. */
    public SchemaTooNewException(Path file, String databaseVersion, String supportedVersion) {
        this(file, file.toString(), databaseVersion, supportedVersion);
    }

    private SchemaTooNewException(Path file, String location, String databaseVersion, String supportedVersion) {
        super("Database " + location + " has schema version " + databaseVersion
                + ", newer than this program's " + supportedVersion);
        this.file = file;
        this.location = location;
        this.databaseVersion = databaseVersion;
        this.supportedVersion = supportedVersion;
    }

    /** A database on a server, named by its address (without the password). */
    public static SchemaTooNewException onServer(String location, String databaseVersion, String supportedVersion) {
        return new SchemaTooNewException(null, location, databaseVersion, supportedVersion);
    }

    /** The database file; null for a database on a server. */
    public Path file() {
        return file;
    }

    /** Where the database is: its file, or the server's address. */
    public String location() {
        return location;
    }

    /** Whether the database is on a server rather than in a file on this PC. */
    public boolean onServer() {
        return file == null;
    }

    public String databaseVersion() {
        return databaseVersion;
    }

    public String supportedVersion() {
        return supportedVersion;
    }
}
