package cn.huyang.db;

import org.jooq.DSLContext;

/**
 * What the program needs of its database, wherever it lives: a {@link DSLContext} with the right
 * dialect and settings, transactions, backup and restore, the local folder for settings, logs and
 * backups, and the schema version. {@link H2Store} is a data folder on this PC, {@link ServerStore} a
 * PostgreSQL database shared by several PCs ({@code docs/stores.md}); the window, the command line and
 * the services ask this interface, never H2 or PostgreSQL.
 */
public interface Store extends AutoCloseable {
    /** jOOQ on this store: repositories build their queries with it. */
    DSLContext dsl();

    /** Runs work in one transaction on this store. */
    Transactor transactor();

    /** Automatic and manual backups of this store, and restore. */
    Backups backups();

    /** The local folder of settings, logs and backups on this PC. */
    DataFolder folder();

    /** Where the data lives, as a user reads it (a folder, or a server's URL without its password). */
    String location();

    /** The schema version the store is migrated to (a Flyway version such as "4"). */
    String schemaVersion();

    @Override
    void close();
}
