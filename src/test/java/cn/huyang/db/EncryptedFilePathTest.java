package cn.huyang.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.security.FileKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real H2 on {@link EncryptedFilePath}: files written by H2's {@code CIPHER=AES} open through it and the
 * other way round, a wrong key is refused as H2 refuses it, and nothing but the database file is written.
 */
class EncryptedFilePathTest {
    private static final String CLOSE = ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";

    @TempDir
    Path dir;
    private final FileKey key = FileKey.generate();

    @Test
    void whatH2sCipherWroteOpensHereAndWhatThisWroteOpensWithH2sCipher() throws Exception {
        Path base = dir.resolve("huyang");
        try (Connection c = h2Cipher(base, key); Statement st = c.createStatement()) {
            st.execute("create table t(id int primary key, name varchar(200))");
            st.execute("insert into t select x, repeat('名字' || x, 20) from system_range(1, 20000)");
            st.execute("SHUTDOWN");
        }
        H2Access access = new H2Access(base, key);
        try (Connection c = access.connect(CLOSE); Statement st = c.createStatement()) {
            assertThat(rows(st, "select count(*), sum(id) from t")).containsExactly("20000 200010000");
            assertThat(rows(st, "select name from t where id = 9999")).containsExactly("名字9999".repeat(20));
            st.execute("insert into t select x, 'new ' || x from system_range(20001, 30000)");
            st.execute("delete from t where id <= 5000");
            st.execute("SHUTDOWN");
        } finally {
            access.forget();
        }
        assertThat(H2Access.isEncrypted(access.file())).isTrue();
        try (Connection c = h2Cipher(base, key); Statement st = c.createStatement()) {
            assertThat(rows(st, "select count(*), min(id), max(id) from t")).containsExactly("25000 5001 30000");
            assertThat(rows(st, "select name from t where id = 30000")).containsExactly("new 30000");
            st.execute("SHUTDOWN");
        }
        assertThat(files()).containsExactly("huyang.mv.db");
    }

    @Test
    void aWrongKeyIsRefusedWithH2sErrorAndTheRightOneStillOpens() throws Exception {
        Path base = dir.resolve("huyang");
        H2Access right = new H2Access(base, key);
        try (Connection c = right.connect(CLOSE); Statement st = c.createStatement()) {
            st.execute("create table t(id int primary key)");
            st.execute("insert into t values (1)");
            st.execute("SHUTDOWN");
        }
        H2Access wrong = new H2Access(base, FileKey.generate());
        assertThatThrownBy(() -> wrong.connect(CLOSE).close()).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(H2Access.WRONG_FILE_PASSWORD));
        assertThatThrownBy(() -> h2Cipher(base, FileKey.generate()).close()).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo(H2Access.WRONG_FILE_PASSWORD));
        try (Connection c = right.connect(CLOSE); Statement st = c.createStatement()) {
            assertThat(rows(st, "select count(*) from t")).containsExactly("1");
            st.execute("SHUTDOWN");
        }
        // a plain file is no encrypted one either
        Path plain = dir.resolve("plain");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + plain + CLOSE, H2Store.USER, "");
             Statement st = c.createStatement()) {
            st.execute("create table t(id int)");
            st.execute("SHUTDOWN");
        }
        assertThatThrownBy(() -> new H2Access(plain, key).connect(CLOSE).close()).isInstanceOfSatisfying(
                SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(H2Access.WRONG_FILE_PASSWORD));
    }

    @Test
    void withoutARegisteredKeyNothingIsWritten() throws Exception {
        Path base = dir.resolve("huyang");
        H2Access access = new H2Access(base, key);
        String url = access.url(CLOSE);
        access.forget();
        assertThatThrownBy(() -> DriverManager.getConnection(url, H2Store.USER, "").close())
                .isInstanceOf(SQLException.class).hasStackTraceContaining("No key for the encrypted database");
        assertThat(Files.exists(access.file())).isFalse();
    }

    @Test
    void compactionsKeepTheFileEncryptedAndWholeAndNoResultGoesToAPlainTemporaryFile() throws Exception {
        Path base = dir.resolve("huyang");
        H2Access access = new H2Access(base, key);
        try (Connection c = access.connect(CLOSE); Statement st = c.createStatement()) {
            assertThat(rows(st, "select setting_value from information_schema.settings "
                    + "where setting_name = 'MAX_MEMORY_ROWS'")).containsExactly(String.valueOf(Integer.MAX_VALUE));
            st.execute("create table t(id int primary key, name varchar(200))");
            st.execute("insert into t select x, repeat('x', 100) from system_range(1, 50000)");
            st.execute("delete from t where mod(id, 3) > 0");
            org.h2.mvstore.MVStore store = ((org.h2.jdbc.JdbcConnection) c).getSession() instanceof
                    org.h2.engine.SessionLocal s ? s.getDatabase().getStore().getMvStore() : null;
            store.compactFile(1000);
            st.execute("SHUTDOWN COMPACT"); // H2's offline compaction: huyang.mv.db.tempFile, then moved
        }
        assertThat(files()).containsExactly("huyang.mv.db");
        assertThat(H2Access.isEncrypted(access.file())).isTrue();
        try (Connection c = h2Cipher(base, key); Statement st = c.createStatement()) {
            assertThat(rows(st, "select count(*) from t")).containsExactly("16666");
            st.execute("SHUTDOWN");
        }
    }

    private static Connection h2Cipher(Path base, FileKey key) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath() + ";CIPHER=AES" + CLOSE,
                H2Store.USER, key.h2Password() + " ");
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
