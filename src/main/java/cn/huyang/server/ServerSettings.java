package cn.huyang.server;

import cn.huyang.common.FieldError;
import cn.huyang.common.ValidationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Where a shared PostgreSQL database is and how to log in to it: host, port (5432 unless the college
 * chose another), database, login, its password and the SSL mode (prefer unless chosen). The
 * password may be null: not typed, or not readable any more from the settings ({@link #hasPassword}).
 * It never shows in {@link #toString} or in the {@link #jdbcUrl}.
 */
public record ServerSettings(String host, int port, String database, String user, String password, SslMode sslMode) {
    public static final int DEFAULT_PORT = 5432;
    /** PostgreSQL's names (databases, logins) are at most 63 bytes. */
    static final int MAX_NAME_BYTES = 63;
    static final int MAX_HOST = 253;

    public static final String FIELD_HOST = "field.server.host";
    public static final String FIELD_PORT = "field.server.port";
    public static final String FIELD_DATABASE = "field.server.database";
    public static final String FIELD_USER = "field.server.user";
    public static final String FIELD_PASSWORD = "field.server.password";
    public static final String FIELD_SSL = "field.server.sslMode";

    public ServerSettings {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        password = password == null || password.isEmpty() ? null : password;
        sslMode = sslMode == null ? SslMode.PREFER : sslMode;
    }

    /**
     * The settings a JDBC URL names ({@code jdbc:postgresql://host[:port]/database[?sslmode=…]}, as the
     * command line's {@code --server} gives it); empty when it is no such URL.
     */
    public static java.util.Optional<ServerSettings> fromUrl(String url, String user, String password) {
        try {
            java.net.URI u = java.net.URI.create(url.substring("jdbc:".length()));
            if (u.getHost() == null || !"postgresql".equalsIgnoreCase(u.getScheme())) {
                return java.util.Optional.empty();
            }
            SslMode ssl = SslMode.PREFER;
            for (String option : u.getQuery() == null ? new String[0] : u.getQuery().split("&")) {
                String[] kv = option.split("=", 2);
                if (kv.length == 2 && kv[0].equalsIgnoreCase("sslmode")) {
                    ssl = SslMode.of(kv[1]).orElse(ssl);
                }
            }
            String database = u.getPath() == null ? "" : u.getPath().replaceFirst("^/", "");
            return java.util.Optional.of(new ServerSettings(u.getHost(), u.getPort() < 0 ? DEFAULT_PORT : u.getPort(),
                    database, user, password, ssl));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return java.util.Optional.empty();
        }
    }

    /** The usual port (5432) and SSL mode (prefer). */
    public static ServerSettings of(String host, String database, String user, String password) {
        return new ServerSettings(host, DEFAULT_PORT, database, user, password, SslMode.PREFER);
    }

    public boolean hasPassword() {
        return password != null;
    }

    public ServerSettings withPassword(String newPassword) {
        return new ServerSettings(host, port, database, user, newPassword, sslMode);
    }

    /** Every refusal of these values, each naming its field (主机, 端口, 数据库名, 用户名); empty when they will do. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (host.isEmpty()) {
            errors.add(FieldError.of(FIELD_HOST, "validation.required"));
        } else if (host.length() > MAX_HOST) {
            errors.add(FieldError.of(FIELD_HOST, "validation.tooLong", MAX_HOST));
        } else if (!validHost(host)) {
            errors.add(FieldError.of(FIELD_HOST, "validation.server.host"));
        }
        if (port < 1 || port > 65535) {
            errors.add(FieldError.of(FIELD_PORT, "validation.server.port"));
        }
        name(errors, FIELD_DATABASE, database);
        name(errors, FIELD_USER, user);
        return errors;
    }

    /** These settings, or a refusal listing every field that will not do. */
    public ServerSettings validated() {
        List<FieldError> errors = problems();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return this;
    }

    private static void name(List<FieldError> errors, String field, String value) {
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            errors.add(FieldError.of(field, "validation.server.nameTooLong", MAX_NAME_BYTES));
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            errors.add(FieldError.of(field, "validation.server.name"));
        }
    }

    /** A host name or an IPv4 / IPv6 address: letters, digits, dots, hyphens, underscores, colons (IPv6), brackets. */
    private static boolean validHost(String h) {
        String bare = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        return !bare.isEmpty() && bare.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c)
                || c == '.' || c == '-' || c == '_' || c == ':' || c == '%'));
    }

    /** The address as a user reads it: {@code host:port/database}. */
    public String address() {
        return hostPart() + ":" + port + "/" + database;
    }

    /** The JDBC URL: host, port, database and SSL mode; the login and its password go separately ({@link #properties}). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostPart() + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20")
                + "?sslmode=" + sslMode.value();
    }

    /** The driver's properties for logging in: the login, its password and the program's name on the server. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "Huyang");
        return p;
    }

    private String hostPart() {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return "ServerSettings[" + address() + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", sslmode=" + sslMode.value() + "]";
    }
}
