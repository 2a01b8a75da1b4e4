package cn.huyang.server;

/** What a connection test found: the one success, or what is wrong, each with its own plain sentence. */
public enum ProbeKind {
    /** Connected; the server is new enough and the database empty, Huyang's or older Huyang's. */
    SUCCESS,
    /** The fields will not do (no host, a port outside 1–65535, …). */
    INVALID,
    /** Unknown host, connection refused, timed out, no route. */
    UNREACHABLE,
    /** Login or password wrong (SQLState 28P01, 28000). */
    WRONG_LOGIN,
    /** The server's pg_hba.conf has no line letting this PC in. */
    NOT_ALLOWED,
    /** No database of that name (3D000). */
    DATABASE_MISSING,
    /** PostgreSQL before 14. */
    SERVER_TOO_OLD,
    /** The database was written by a newer Huyang. */
    SCHEMA_TOO_NEW,
    /** The database holds other tables but not Huyang's. */
    OTHER_DATA,
    /** The login may not create tables in an empty database. */
    NO_CREATE_RIGHT,
    /** The server takes only encrypted connections, and SSL is disabled here. */
    SSL_REQUIRED,
    /** SSL is required here, and the server has none. */
    SSL_UNSUPPORTED,
    /** verify-full needs the college's root certificate on this PC. */
    SSL_NO_ROOT_CERTIFICATE,
    /** The encrypted connection failed: the certificate is not trusted, or not for this host name. */
    SSL_FAILED,
    /** Anything else, with its SQLState. */
    OTHER
}
