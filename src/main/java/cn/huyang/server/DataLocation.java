package cn.huyang.server;

import cn.huyang.common.Coded;
import java.util.Objects;

/**
 * Where this PC keeps the office's data: in its own data folder (the embedded H2 database, as
 * always) or in the college's PostgreSQL database, shared by every PC of the office.
 */
public record DataLocation(Kind kind, ServerSettings server) {

    public enum Kind implements Coded {
        /** 本机: the data folder on this PC. */
        LOCAL,
        /** 服务器: the college's PostgreSQL server. */
        SERVER;

        @Override
        public String keyPrefix() {
            return "dataLocation.kind";
        }
    }

    public DataLocation {
        Objects.requireNonNull(kind);
        if (kind == Kind.SERVER) {
            Objects.requireNonNull(server, "a server location needs its settings");
        } else {
            server = null;
        }
    }

    public static DataLocation local() {
        return new DataLocation(Kind.LOCAL, null);
    }

    public static DataLocation server(ServerSettings settings) {
        return new DataLocation(Kind.SERVER, settings);
    }

    public boolean isServer() {
        return kind == Kind.SERVER;
    }

    /**
     * A server whose password is not at hand: never saved, or no longer readable (the settings
     * damaged, the key file gone). The program asks for it rather than failing.
     */
    public boolean passwordMissing() {
        return isServer() && !server.hasPassword();
    }
}
