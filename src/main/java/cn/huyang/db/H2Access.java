package cn.huyang.db;

import cn.huyang.security.FileKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * How to reach one H2 database file: its URL and password, plain or encrypted. An encrypted file is
 * in H2's {@code CIPHER=AES} format, read and written through {@link EncryptedFilePath} (URL
 * {@code jdbc:h2:huyangaes:<path>}, the key registered in {@link StoreKeys} by {@link #url}, never in
 * the URL): the JDK's AES where H2's own is pure Java, several times slower on a first read. H2 writes
 * no trace file for it ({@code TRACE_LEVEL_FILE=0}), since a trace may quote the values of a refused
 * statement; and keeps every result in memory ({@code MAX_MEMORY_ROWS}), since the temporary file a
 * large result goes to would not be encrypted.
 */
record H2Access(Path base, FileKey key) {
    /** H2's encrypted files begin with this header. */
    private static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    /** H2's error for a file that does not open with the file password. */
    static final int WRONG_FILE_PASSWORD = 90049;
    private static final String ENCRYPTED_OPTIONS = ";TRACE_LEVEL_FILE=0;MAX_MEMORY_ROWS=" + Integer.MAX_VALUE;

    static H2Access of(DataFolder folder, FileKey key) {
        return new H2Access(folder.databaseBase(), key);
    }

    /** The URL; for an encrypted file, registers its key first (until {@link #forget}). */
    String url(String options) {
        if (key == null) {
            return "jdbc:h2:file:" + base.toAbsolutePath() + options;
        }
        EncryptedFilePath.register();
        StoreKeys.put(file(), key);
        return "jdbc:h2:" + EncryptedFilePath.SCHEME + ":" + base.toAbsolutePath() + ENCRYPTED_OPTIONS + options;
    }

    /** Drops the registered key: H2 cannot open the file again until the next {@link #url}. */
    void forget() {
        if (key != null) {
            StoreKeys.forget(file());
        }
    }

    String password() {
        return "";
    }

    Connection connect(String options) throws SQLException {
        return DriverManager.getConnection(url(options), H2Store.USER, password());
    }

    /** For Flyway (its own URL-and-password data source once lost the space of H2's {@code CIPHER} password). */
    DataSource dataSource(String options) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url(options));
        ds.setUser(H2Store.USER);
        ds.setPassword(password());
        return ds;
    }

    JdbcConnectionPool pool(String options) {
        return JdbcConnectionPool.create(url(options), H2Store.USER, password());
    }

    Path file() {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /** Whether the file is an H2 file encrypted with {@code CIPHER=AES} (false when missing or short). */
    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED.length), ENCRYPTED);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "H2Access[" + base + (key == null ? "" : ", encrypted") + "]";
    }
}
