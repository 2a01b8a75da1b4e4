package cn.huyang.server;

import cn.huyang.common.Coded;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether the connection to the server is encrypted, as PostgreSQL's {@code sslmode} says it: not at
 * all, if the server offers it (the default), always, or always and only to the server whose
 * certificate this PC trusts under the host's name.
 */
public enum SslMode implements Coded {
    DISABLE("disable"),
    PREFER("prefer"),
    REQUIRE("require"),
    VERIFY_FULL("verify-full");

    private final String value;

    SslMode(String value) {
        this.value = value;
    }

    /** The value of the driver's {@code sslmode} parameter. */
    public String value() {
        return value;
    }

    /** The mode of a {@code sslmode} value (case ignored), if it is one of the four. */
    public static Optional<SslMode> of(String value) {
        return value == null ? Optional.empty() : Arrays.stream(values())
                .filter(m -> m.value.equalsIgnoreCase(value.strip())).findFirst();
    }

    @Override
    public String keyPrefix() {
        return "sslMode";
    }
}
