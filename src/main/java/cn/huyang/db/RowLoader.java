package cn.huyang.db;

import cn.huyang.security.BackupUnlock;
import cn.huyang.security.FileKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Restores a verified backup into a scratch database: made by the program's own Flyway scripts at
 * exactly the backup's schema version, the rows loaded through the program's own parameterised
 * INSERTs (the database enforcing keys, NOT NULL, lengths and checks), identities set after the
 * highest id, the counts compared with the manifest, then migrated to the latest version.
 */
final class RowLoader implements LegacyScriptParser.Sink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RowLoader.class);

    private static final String OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
    private final Connection c;
    private final Map<String, PreparedStatement> inserts = new HashMap<>();

    private RowLoader(Connection c) {
        this.c = c;
    }

    /** What a restore into a scratch database gave: the backup's info, and for a sealed backup its key and key ring copy. */
    record Restored(BackupInfo info, FileKey databaseKey, byte[] keyRingCopy) {
    }

    /** Verifies an unencrypted backup, then restores it into {@code scratch/huyang.mv.db}; returns what it holds. */
    static BackupInfo restore(Path file, Path scratch) {
        return restore(file, scratch, null, null).info();
    }

    /**
     * Verifies the backup (unlocking a sealed one), then restores it into {@code scratch/huyang.mv.db},
     * encrypted with {@code targetKey} — the key of the database it is to replace — or, when that has
     * none, with the backup's own key (null for an unencrypted backup: an unencrypted database).
     */
    static Restored restore(Path file, Path scratch, BackupUnlock unlock, FileKey targetKey) {
        BackupReader reader = new BackupReader(file, unlock);
        reader.verify();
        FileKey key = targetKey != null ? targetKey : reader.fileKey();
        H2Access access = new H2Access(scratch.resolve("huyang"), key);
        String url = access.url(OPTIONS);
        try {
            OwnerOnly.createDirectories(scratch);
            try (Connection c = DriverManager.getConnection(url, H2Store.USER, access.password())) {
                Migrations.flyway(access.dataSource(OPTIONS)).target(reader.info().schemaVersion()).load().migrate();
                c.setAutoCommit(false);
                emptyTables(c, reader.catalog());
                try (RowLoader loader = new RowLoader(c)) {
                    reader.load(loader);
                }
                Identities.restartAfterMax(c, reader.catalog());
                c.commit();
                Map<String, Long> counts = BackupFile.tableCounts(c);
                if (!counts.equals(reader.info().tableCounts())) {
                    throw new BackupException(BackupException.Problem.CORRUPT, file,
                            "rows " + counts + " but the manifest says " + reader.info().tableCounts());
                }
                c.setAutoCommit(true);
                Migrations.flyway(access.dataSource(OPTIONS)).load().migrate();
                try (Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                }
            }
        } catch (SQLException | java.io.IOException e) {
            throw new BackupException(BackupException.Problem.CORRUPT, file, e.toString(), e);
        }
        return new Restored(reader.info(), key, reader.keyRingCopy());
    }

    @Override
    public void row(Catalog.Table table, Object[] values, long rowNo) throws BackupProblem {
        try {
            PreparedStatement ps = inserts.get(table.name());
            if (ps == null) {
                ps = c.prepareStatement("insert into " + Catalog.quote(table.sqlName()) + " ("
                        + table.columns().stream().map(col -> Catalog.quote(col.sqlName())).collect(Collectors.joining(", "))
                        + ") values (" + table.columns().stream().map(col -> "?").collect(Collectors.joining(", ")) + ")");
                inserts.put(table.name(), ps);
            }
            for (int i = 0; i < values.length; i++) {
                Values.bind(ps, i + 1, table.columns().get(i), values[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            // the database's message may quote the values (an ID number): only its code goes to the log
            throw BackupProblem.badRow(table.name(), rowNo, "refused by the database: SQLState " + e.getSQLState()
                    + " (" + e.getErrorCode() + ")");
        }
    }

    /**
     * Removes what the migrations seeded (the policy parameters' defaults): the backup holds those
     * rows too, as they stood, so the restored tables hold exactly the backup's rows. Children first.
     */
    private static void emptyTables(Connection c, Catalog catalog) throws SQLException {
        List<Catalog.Table> tables = new ArrayList<>(catalog.tables());
        Collections.reverse(tables);
        try (Statement st = c.createStatement()) {
            for (Catalog.Table t : tables) {
                st.executeUpdate("delete from " + Catalog.quote(t.sqlName()));
            }
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : inserts.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                LOG.debug("Closing an insert: {}", e.getMessage());
            }
        }
    }
}
