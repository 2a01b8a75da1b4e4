package cn.huyang.db;

import cn.huyang.common.Messages;

/**
 * The database server runs a PostgreSQL older than the program supports ({@link ServerStore#MIN_MAJOR_VERSION}).
 * Nothing on it was touched: no migration ran.
 */
public final class ServerTooOldException extends RuntimeException {
    private final String location;
    private final String serverVersion;

    public ServerTooOldException(String location, String serverVersion) {
        super("The server " + location + " runs PostgreSQL " + serverVersion + "; Huyang needs "
                + ServerStore.MIN_MAJOR_VERSION + " or later");
        this.location = location;
        this.serverVersion = serverVersion;
    }

    /** The server's address, without the password. */
    public String location() {
        return location;
    }

    /** The version the server reported, as it reported it ("13.14"). */
    public String serverVersion() {
        return serverVersion;
    }

    public String render(Messages m) {
        return m.get("error.serverTooOld", location, serverVersion, ServerStore.MIN_MAJOR_VERSION);
    }
}
