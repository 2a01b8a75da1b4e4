package cn.huyang.server;

import cn.huyang.common.FieldError;
import cn.huyang.common.Messages;
import cn.huyang.common.ValidationException;
import cn.huyang.db.Migrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 测试连接: logs in to the server as the settings say and tells in one plain sentence what it found —
 * success with the server's version and whether the database is empty, Huyang's and up to date, or
 * older; else what is wrong (host unreachable, wrong login, database missing, server too old, schema
 * newer than this build, SSL). Reads only; never writes to the server. The password is never logged.
 */
public final class ServerProbe {
    /** PostgreSQL 14 and later are supported. */
    public static final int MINIMUM_VERSION_NUM = 140000;
    /** Seconds to wait for the server to answer the connection; the whole login may take twice that. */
    public static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ServerProbe.class);

    private final Messages m;

    public ServerProbe(Messages m) {
        this.m = m;
    }

    /**
     * Why the server could not be opened, in one sentence for the user: what the test finds, or a
     * general sentence when the test itself connects (the log has the details).
     */
    public String whyNot(ServerSettings s) {
        ProbeResult r = test(s);
        return r.ok() ? m.get("startup.server.failed", s.address()) : r.message();
    }

    /** Tests the settings (the password as given: the caller fills in a saved one). */
    public ProbeResult test(ServerSettings s) {
        List<FieldError> problems = s.problems();
        if (!problems.isEmpty()) {
            return ProbeResult.failed(ProbeKind.INVALID, new ValidationException(problems).render(m));
        }
        Properties p = s.properties();
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("loginTimeout", String.valueOf(2 * CONNECT_TIMEOUT_SECONDS));
        p.setProperty("socketTimeout", String.valueOf(3 * CONNECT_TIMEOUT_SECONDS));
        p.setProperty("readOnly", "true");
        ProbeResult result;
        try (Connection c = new org.postgresql.Driver().connect(s.jdbcUrl(), p)) {
            result = inspect(c, s);
        } catch (SQLException e) {
            result = ProbeFailures.classify(e, s, CONNECT_TIMEOUT_SECONDS, m);
            LOG.info("Connection test of {} failed: {} (SQLState {}: {})", s, result.kind(), e.getSQLState(),
                    e.getMessage());
            return result;
        }
        LOG.info("Connection test of {}: {} (PostgreSQL {}, schema {})", s, result.kind(), result.serverVersion(),
                result.schema());
        return result;
    }

    private ProbeResult inspect(Connection c, ServerSettings s) throws SQLException {
        int versionNum;
        String version;
        String schema;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT current_setting('server_version_num')::int, current_setting('server_version'), current_schema()")) {
            rs.next();
            versionNum = rs.getInt(1);
            version = shortVersion(rs.getString(2));
            schema = rs.getString(3);
        }
        Optional<ProbeResult> old = tooOld(versionNum, version, m);
        if (old.isPresent()) {
            return old.get();
        }
        if (schema == null) {
            return ProbeResult.failed(ProbeKind.NO_CREATE_RIGHT, m.get("server.probe.noCreateRight", s.user(),
                    s.database()));
        }
        String history = quote(schema) + ".flyway_schema_history";
        if (exists(c, history)) {
            return huyangSchema(c, history, s, version);
        }
        if (count(c, "SELECT count(*) FROM pg_catalog.pg_class k JOIN pg_catalog.pg_namespace n ON n.oid = k.relnamespace"
                + " WHERE n.nspname = current_schema() AND k.relkind IN ('r', 'p', 'v', 'm', 'f')") > 0) {
            return new ProbeResult(ProbeKind.OTHER_DATA, m.get("server.probe.otherData", s.database()), version,
                    SchemaState.OTHER);
        }
        if (count(c, "SELECT CASE WHEN has_schema_privilege(current_schema(), 'CREATE') THEN 1 ELSE 0 END") == 0) {
            return new ProbeResult(ProbeKind.NO_CREATE_RIGHT, m.get("server.probe.noCreateRight", s.user(),
                    s.database()), version, SchemaState.EMPTY);
        }
        return new ProbeResult(ProbeKind.SUCCESS, m.get("server.probe.success.EMPTY", version, s.database()),
                version, SchemaState.EMPTY);
    }

    /** The database's latest schema version against this build's. */
    private ProbeResult huyangSchema(Connection c, String history, ServerSettings s, String version) throws SQLException {
        MigrationVersion latest = null;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT version FROM " + history + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                latest = latest == null || v.isNewerThan(latest.getVersion()) ? v : latest;
            }
        }
        String shipped = Migrations.latest().getVersion();
        if (latest == null) {
            return new ProbeResult(ProbeKind.SUCCESS, m.get("server.probe.success.EMPTY", version, s.database()),
                    version, SchemaState.EMPTY);
        }
        if (Migrations.isNewerThanThisBuild(latest.getVersion())) {
            return new ProbeResult(ProbeKind.SCHEMA_TOO_NEW, m.get("server.probe.schemaTooNew", latest.getVersion(),
                    shipped), version, SchemaState.NEWER);
        }
        if (latest.equals(Migrations.latest())) {
            return new ProbeResult(ProbeKind.SUCCESS, m.get("server.probe.success.CURRENT", version, s.database(),
                    shipped), version, SchemaState.CURRENT);
        }
        return new ProbeResult(ProbeKind.SUCCESS, m.get("server.probe.success.OLDER", version, s.database(),
                latest.getVersion(), shipped), version, SchemaState.OLDER);
    }

    /** PostgreSQL before 14 is refused, naming the version found. */
    static Optional<ProbeResult> tooOld(int versionNum, String version, Messages m) {
        if (versionNum >= MINIMUM_VERSION_NUM) {
            return Optional.empty();
        }
        return Optional.of(new ProbeResult(ProbeKind.SERVER_TOO_OLD, m.get("server.probe.serverTooOld", version),
                version, null));
    }

    /** "14.10 (Ubuntu 14.10-0ubuntu0.22.04.1)" → "14.10". */
    static String shortVersion(String full) {
        String v = full == null ? "" : full.strip();
        int space = v.indexOf(' ');
        return space < 0 ? v : v.substring(0, space);
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (var st = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
