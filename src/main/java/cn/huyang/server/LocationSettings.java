package cn.huyang.server;

import cn.huyang.common.Remembered;
import cn.huyang.db.DataFolder;
import cn.huyang.db.LocationUnreadableException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The data location as the data folder's {@code settings.properties} keeps it:
 * {@code data.location=local|server} and the server's {@code server.host}, {@code server.port},
 * {@code server.database}, {@code server.user}, {@code server.sslMode}, and {@code server.password}
 * only sealed ({@link PasswordSeal}, key in {@code server.key}). Reading never fails: a missing or
 * unknown location is 本机, a port or SSL mode that cannot be read the default, and a password that
 * cannot be opened is missing ({@link DataLocation#passwordMissing}). The server's fields stay when
 * 本机 is chosen, for the next time.
 */
public final class LocationSettings {
    public static final String LOCATION = "data.location";
    static final String HOST = "server.host";
    static final String PORT = "server.port";
    static final String DATABASE = "server.database";
    static final String USER = "server.user";
    static final String SSL_MODE = "server.sslMode";
    static final String PASSWORD = "server.password";
    private static final List<String> KEYS = List.of(LOCATION, HOST, PORT, DATABASE, USER, SSL_MODE, PASSWORD);

    private final Remembered values;
    private final PasswordSeal seal;

    /**
     * @param values the settings of the data folder (the window's, written through {@link Remembered#persist})
     * @param folder the data folder, where the key file is
     */
    public LocationSettings(Remembered values, Path folder) {
        this.values = values;
        this.seal = new PasswordSeal(folder);
    }

    /**
     * The data location saved in a data folder, read from its settings file without the window (for the
     * start of the program and the command line).
     *
     * @throws LocationUnreadableException the settings file exists and cannot be read
     */
    public static DataLocation read(DataFolder folder) {
        Remembered values = Remembered.inMemory();
        Path file = folder.settingsFile();
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
            } catch (IOException | IllegalArgumentException e) {
                throw new LocationUnreadableException(file, e);
            }
        }
        return new LocationSettings(values, folder.path()).read();
    }

    /** The saved location; the server's password only if it can be opened. */
    public DataLocation read() {
        boolean server = values.get(LOCATION).map(v -> v.strip().equalsIgnoreCase("server")).orElse(false);
        return server ? DataLocation.server(server().orElseGet(() -> ServerSettings.of("", "", "", null)))
                : DataLocation.local();
    }

    /** The server's saved fields, also while 本机 is chosen (empty if none were ever saved). */
    public Optional<ServerSettings> server() {
        Optional<String> host = values.get(HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        int port = values.get(PORT).map(LocationSettings::port).orElse(ServerSettings.DEFAULT_PORT);
        SslMode ssl = values.get(SSL_MODE).flatMap(SslMode::of).orElse(SslMode.PREFER);
        String password = values.get(PASSWORD).flatMap(seal::open).orElse(null);
        return Optional.of(new ServerSettings(host.get(), port, values.get(DATABASE).orElse(""),
                values.get(USER).orElse(""), password, ssl));
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return ServerSettings.DEFAULT_PORT;
        }
    }

    /**
     * Saves the location and writes the settings file now. A server's password is sealed (a key file
     * made if there is none); a server without a password forgets the saved one. If the file cannot be
     * written, the settings are as they were (nothing is written later either).
     */
    void save(DataLocation location) throws IOException {
        Map<String, String> before = new LinkedHashMap<>();
        for (String key : KEYS) {
            before.put(key, values.get(key).orElse(null));
        }
        try {
            put(location);
            values.persist();
        } catch (IOException | RuntimeException e) {
            before.forEach(values::put);
            throw e;
        }
    }

    private void put(DataLocation location) throws IOException {
        if (!location.isServer()) {
            values.put(LOCATION, "local");
            return;
        }
        ServerSettings s = location.server();
        String sealed = s.hasPassword() ? seal.seal(s.password()) : null;
        values.put(LOCATION, "server");
        values.put(HOST, s.host());
        values.put(PORT, String.valueOf(s.port()));
        values.put(DATABASE, s.database());
        values.put(USER, s.user());
        values.put(SSL_MODE, s.sslMode().value());
        values.put(PASSWORD, sealed);
    }
}
