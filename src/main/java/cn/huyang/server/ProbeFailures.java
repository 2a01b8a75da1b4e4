package cn.huyang.server;

import cn.huyang.common.Messages;
import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Why a connection failed, in a user's words: read from the SQLState, the network exception under it
 * and the SSL mode — not from the driver's text, which the driver translates into the PC's language.
 * Only the server's own refusal by {@code pg_hba.conf} is recognised by its text, in English or Chinese.
 */
final class ProbeFailures {
    private ProbeFailures() {
    }

    static ProbeResult classify(SQLException e, ServerSettings s, int timeoutSeconds, Messages m) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = e.getMessage() == null ? "" : e.getMessage();
        ProbeResult network = network(e, s, timeoutSeconds, m);
        if (network != null) {
            return network;
        }
        if (find(e, FileNotFoundException.class) != null && s.sslMode() == SslMode.VERIFY_FULL) {
            return ProbeResult.failed(ProbeKind.SSL_NO_ROOT_CERTIFICATE, m.get("server.probe.sslNoRoot",
                    rootCertificate()));
        }
        if (find(e, SSLException.class) != null || find(e, CertificateException.class) != null
                || (s.sslMode() == SslMode.VERIFY_FULL && state.startsWith("08") && !state.equals("08004"))) {
            return ProbeResult.failed(ProbeKind.SSL_FAILED, m.get("server.probe.sslFailed", s.host()));
        }
        switch (state) {
            case "28P01":
                return ProbeResult.failed(ProbeKind.WRONG_LOGIN, m.get("server.probe.wrongLogin", s.user()));
            case "28000":
                if (text.contains("pg_hba.conf")) {
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (s.sslMode() == SslMode.DISABLE && (lower.contains("no encryption") || lower.contains("ssl off")
                            || text.contains("未加密") || text.contains("没有加密"))) {
                        return ProbeResult.failed(ProbeKind.SSL_REQUIRED, m.get("server.probe.sslRequired"));
                    }
                    return ProbeResult.failed(ProbeKind.NOT_ALLOWED, m.get("server.probe.notAllowed", s.user(),
                            s.database()));
                }
                return ProbeResult.failed(ProbeKind.WRONG_LOGIN, m.get("server.probe.wrongLogin", s.user()));
            case "3D000":
                return ProbeResult.failed(ProbeKind.DATABASE_MISSING, m.get("server.probe.databaseMissing",
                        s.database()));
            case "08004":
                // the driver's two refusals before logging in: no password to give, or no SSL on the server
                if (!s.hasPassword()) {
                    return ProbeResult.failed(ProbeKind.WRONG_LOGIN, m.get("server.probe.noPassword", s.user()));
                }
                if (s.sslMode() == SslMode.REQUIRE || s.sslMode() == SslMode.VERIFY_FULL) {
                    return ProbeResult.failed(ProbeKind.SSL_UNSUPPORTED, m.get("server.probe.sslUnsupported"));
                }
                break;
            case "08001":
                return ProbeResult.failed(ProbeKind.UNREACHABLE, m.get("server.probe.unreachable", s.host(),
                        port(s)));
            default:
                break;
        }
        String detail = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return ProbeResult.failed(ProbeKind.OTHER, state.isEmpty() ? m.get("server.probe.otherNoState", detail)
                : m.get("server.probe.other", state, detail));
    }

    /** Unknown host, refused, timed out, no route: the network's answer under the driver's. */
    private static ProbeResult network(Throwable e, ServerSettings s, int timeoutSeconds, Messages m) {
        if (find(e, UnknownHostException.class) != null) {
            return ProbeResult.failed(ProbeKind.UNREACHABLE, m.get("server.probe.unknownHost", s.host()));
        }
        if (find(e, ConnectException.class) != null) {
            return ProbeResult.failed(ProbeKind.UNREACHABLE, m.get("server.probe.refused", s.host(), port(s)));
        }
        if (find(e, SocketTimeoutException.class) != null) {
            return ProbeResult.failed(ProbeKind.UNREACHABLE, m.get("server.probe.timeout", s.host(), port(s),
                    timeoutSeconds));
        }
        if (find(e, NoRouteToHostException.class) != null) {
            return ProbeResult.failed(ProbeKind.UNREACHABLE, m.get("server.probe.noRoute", s.host()));
        }
        return null;
    }

    /** The port as typed, not as a formatted number ("5,432"). */
    private static String port(ServerSettings s) {
        return String.valueOf(s.port());
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    /**
     * Where the driver looks for the root certificate that verify-full checks the server against:
     * {@code %APPDATA%\postgresql\root.crt} on Windows, {@code ~/.postgresql/root.crt} elsewhere.
     */
    static Path rootCertificate() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("windows")) {
            String appData = System.getenv("APPDATA");
            if (appData != null && !appData.isBlank()) {
                return Path.of(appData, "postgresql", "root.crt");
            }
        }
        return Path.of(System.getProperty("user.home"), ".postgresql", "root.crt");
    }
}
