package cn.huyang.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 15 for the tests (zonky's embedded binaries), set up as docs/server.md tells an
 * office to: the login {@code huyang} with a password (scram-sha-256 for connections over TCP), its
 * own database {@code huyang}, and optionally SSL with a self-signed certificate made by the JDK's
 * keytool. The superuser {@code postgres} is trusted from this machine so the test can prepare
 * things. The login {@code sslonly} may connect only over SSL.
 */
public final class PgServer implements AutoCloseable {
    public static final String USER = "huyang";
    public static final String PASSWORD = "Pg-Secret-2026";
    public static final String DATABASE = "huyang";

    final EmbeddedPostgres pg;
    final Path certificate;

    private PgServer(EmbeddedPostgres pg, Path certificate) {
        this.pg = pg;
        this.certificate = certificate;
    }

    public static PgServer start(Path work, boolean ssl) {
        try {
            Path cert = ssl ? selfSigned(work) : null;
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setDataDirectory(work.resolve("pgdata"))
                    .setCleanDataDirectory(true)
                    .setDataDirectoryCustomizer(dir -> hba(dir.toPath(), ssl));
            if (ssl) {
                b.setServerConfig("ssl", "on")
                        .setServerConfig("ssl_cert_file", cert.toString())
                        .setServerConfig("ssl_key_file", work.resolve("server.key").toString());
            }
            PgServer s = new PgServer(b.start(), cert);
            s.sql("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'",
                    "CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0",
                    "CREATE ROLE sslonly LOGIN PASSWORD '" + PASSWORD + "'");
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return pg.getPort();
    }

    /** The settings a PC would save for this server: localhost, the huyang login and database. */
    public ServerSettings settings(SslMode ssl) {
        return new ServerSettings("localhost", port(), DATABASE, USER, PASSWORD, ssl);
    }

    /** Statements run as the superuser in the database {@code postgres}. */
    public void sql(String... statements) {
        sqlIn("postgres", statements);
    }

    /** Statements run as the superuser in the given database. */
    public void sqlIn(String database, String... statements) {
        try (Connection c = pg.getDatabase("postgres", database).getConnection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void hba(Path data, boolean ssl) {
        String lines = String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                ssl ? "hostssl all sslonly 127.0.0.1/32 scram-sha-256" : "",
                ssl ? "hostssl all sslonly ::1/128 scram-sha-256" : "",
                "host all sslonly 0.0.0.0/0 reject",
                "host all sslonly ::/0 reject",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", "");
        try {
            Files.writeString(data.resolve("pg_hba.conf"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A self-signed certificate for localhost (keytool), its key as PKCS#8 PEM, owner-only. */
    private static Path selfSigned(Path work) throws IOException {
        Path store = work.resolve("server.p12");
        Files.deleteIfExists(store);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "pg", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit");
        Path cert = work.resolve("server.crt");
        run(keytool, "-exportcert", "-rfc", "-alias", "pg", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", cert.toString());
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                ks.load(in, "changeit".toCharArray());
            }
            PrivateKey key = (PrivateKey) ks.getKey("pg", "changeit".toCharArray());
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Path keyFile = work.resolve("server.key");
            Files.deleteIfExists(keyFile);
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(keyFile, pem, StandardCharsets.US_ASCII);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        return cert;
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + ": " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
