package cn.huyang.server;

/**
 * A connection test's answer: its kind and the plain sentence for the user; when connected, the
 * server's version and what the database holds (else null).
 */
public record ProbeResult(ProbeKind kind, String message, String serverVersion, SchemaState schema) {

    public static ProbeResult failed(ProbeKind kind, String message) {
        return new ProbeResult(kind, message, null, null);
    }

    public boolean ok() {
        return kind == ProbeKind.SUCCESS;
    }
}
